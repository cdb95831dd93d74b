import { ACCOUNTABILITY_READING_LABELS } from '@shared/grading/settings';
import type { AccountabilityView } from '@shared/api/appraisal-schemas';

/** The bureau's own rule (DOMAIN.md §4.4), verbatim. */
export const RULE =
  '在两个考核周期内本单位干部职工没有被评为“一般”或“较差”等次，但干部职工昏庸懒散拖问题突出、工作推进不理想或其他问题造成不良影响的，' +
  '党组主要负责人及班子成员、二层单位班子成员、组织人事负责人以及科室负责人均应直接评为“较差”等次。';

/** “张三（科室负责人，办公室）”: who a result is about, as the lists and the confirm dialog name it. */
export const whoAndScope = (r: Pick<AccountabilityView, 'name' | 'role' | 'scope'>) => `${r.name}（${r.role}，${r.scope}）`;

/** The verdict: applied here, or recommended to the superior organisation. */
export const verdict = (r: Pick<AccountabilityView, 'superior'>) => (r.superior ? '建议上级党组织评为“较差”' : '直接评为“较差”');

export const readingLabel = (r: Pick<AccountabilityView, 'reading'>) => ACCOUNTABILITY_READING_LABELS[r.reading];
