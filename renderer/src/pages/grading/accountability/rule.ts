import { ACCOUNTABILITY_READING_LABELS } from '@shared/grading/settings';
import type { AccountabilityView } from '@shared/api/appraisal-schemas';

export { ACCOUNTABILITY_RULE_TEXT as RULE } from '@shared/forms/accountability-form';

/** “张三（科室负责人，办公室）”: who a result is about, as the lists and the confirm dialog name it. */
export const whoAndScope = (r: Pick<AccountabilityView, 'name' | 'role' | 'scope'>) => `${r.name}（${r.role}，${r.scope}）`;

/** The verdict: applied here, or recommended to the superior organisation. */
export const verdict = (r: Pick<AccountabilityView, 'superior'>) => (r.superior ? '建议上级党组织评为“较差”' : '直接评为“较差”');

export const readingLabel = (r: Pick<AccountabilityView, 'reading'>) => ACCOUNTABILITY_READING_LABELS[r.reading];
