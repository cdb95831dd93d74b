import { boxCell, labelCell as label, signatureRow, valueCell as value } from './grid-cells';
import type { GridForm } from './grid-form';

/**
 * 管理责任规则适用情况: one accountability result on paper with its evidence — what the clerk
 * files with the confirmation, and, for someone appraised by the superior organisation (党组主要
 * 负责人 …), the recommendation sent to that organisation (DOMAIN.md §1, §4.4).
 */
export interface AccountabilityData {
  organisation: string;
  periodLabel: string;
  name: string;
  role: string;
  /** '按职责范围：科室负责人看本科室，班子成员看全局和所分管的各单位合在一起'. */
  reading: string;
  scope: string;
  /** The periods looked at and each one's grade counts, a line each. */
  counts: string;
  /** The events, a line each, with their 事由 and 处理方式. */
  events: string;
  /** What follows from the rule: applied here, or recommended to the superior organisation. */
  conclusion: string;
  /** Who confirmed it, when, with the note; null while not confirmed. */
  confirmation: string | null;
}

/** The bureau's own rule (DOMAIN.md §4.4), verbatim. */
export const ACCOUNTABILITY_RULE_TEXT =
  '在两个考核周期内本单位干部职工没有被评为“一般”或“较差”等次，但干部职工昏庸懒散拖问题突出、工作推进不理想或其他问题造成不良影响的，' +
  '党组主要负责人及班子成员、二层单位班子成员、组织人事负责人以及科室负责人均应直接评为“较差”等次。';

const SEAL = '（盖章）　　　　　　　年　　月　　日';

/** The form for a result applied here (结论), or recommended to the superior organisation (建议). */
export const accountabilityForm = (superior: boolean): GridForm<AccountabilityData> => ({
  sheetName: (d) => d.name,
  title: () => (superior ? '管理责任规则适用情况（报上级党组织）' : '管理责任规则适用情况'),
  subtitle: (d) => `（${d.organisation}　${d.periodLabel}）`,
  columns: [15, 13, 15, 12, 12, 15],
  pages: [
    [
      {
        height: 40,
        cells: [
          label(0, '姓　名'),
          value(1, (d) => d.name, { align: 'center' }),
          label(2, '管理职责'),
          value(3, (d) => d.role, { span: 3, align: 'center' }),
        ],
      },
      { height: 50, cells: [label(0, '适用口径'), boxCell((d) => d.reading, { valign: 'middle' })] },
      { height: 34, cells: [label(0, '责任范围'), value(1, (d) => d.scope, { span: 5 })] },
      { height: 70, cells: [label(0, '各期等次\n情况'), boxCell((d) => d.counts)] },
      { height: 150, cells: [label(0, '未予容错的\n问题'), boxCell((d) => d.events)] },
      { height: 80, cells: [label(0, '制度规定'), boxCell(() => ACCOUNTABILITY_RULE_TEXT)] },
      { height: 90, cells: [label(0, superior ? '建　议' : '结　论', { rows: 2 }), boxCell((d) => d.conclusion, { open: 'bottom' })] },
      signatureRow(SEAL),
      { height: 46, cells: [label(0, '确认情况'), boxCell((d) => d.confirmation)] },
    ],
  ],
  notes: ['注：本表由平时考核程序按本局干部职工日常管理（平时）考核工作制度的管理责任规则生成，所列问题以表现记录为准。'],
  page: { orientation: 'portrait', margins: { left: 2.2, right: 2.2, top: 2.0, bottom: 1.8 }, footer: '' },
  fonts: {
    title: { name: '方正小标宋简体', size: 18 },
    subtitle: { name: '楷体_GB2312', size: 14 },
    label: { name: '仿宋_GB2312', size: 14 },
    value: { name: '仿宋_GB2312', size: 13 },
    note: { name: '仿宋_GB2312', size: 11 },
  },
});
