import { boxCell, labelCell as label, signatureRow, SIGN_LINE, valueCell as value } from './grid-cells';
import type { GridForm, GridRow } from './grid-form';
import type { RegisterChoice } from './staff-group';

/** What the app fills in on a 年度考核登记表; the rest is written by hand. */
export interface AnnualRegisterData {
  year: number;
  name: string;
  gender: string | null;
  birth: string | null;
  political: string | null;
  /** 现任职时间 '2019.07'. */
  postSince: string | null;
  unit: string;
  /** 职务职级 (公务员) or 职务或岗位等级 (事业单位). */
  post: string | null;
  /** 从事或分管工作: the 岗位职责, or the units the person 分管 (see dutiesText). */
  duties: string | null;
  /** 个人总结: a draft from the year's 个人小结, for the person to rewrite; null leaves the box for the pen. */
  summary: string | null;
  /** 需要说明的情况, prefilled from the year's 平时考核. */
  note: string;
}

type Cell = Parameters<typeof boxCell<AnnualRegisterData>>[0];

/** A box with its label and its signature line under it (the template writes 签名 inside the box). */
const signedBox = (labelText: string, height: number, text: Cell, sign = SIGN_LINE): GridRow<AnnualRegisterData>[] => [
  { height, cells: [label(0, labelText, { rows: 2 }), boxCell(text, { minSize: 10, open: 'bottom' })] },
  signatureRow(sign),
];

/**
 * 年度考核登记表 as the provincial forms have it (reference §5A 公务员, §5B 事业单位; the bureau's own
 * staff — 机关工勤, 编外聘用 … — get the 事业单位 shape titled for them): a sheet printed on both
 * sides — page 1 the person, 从事或分管工作 and the 个人总结; page 2 the opinions and 需要说明的情况,
 * prefilled from the year's quarterly grades. The 事业单位 form splits 单位 and 职务或岗位等级.
 */
export function annualRegisterForm(choice: RegisterChoice): GridForm<AnnualRegisterData> {
  const civil = choice.variant === 'civil';
  const unitRows: GridRow<AnnualRegisterData>[] = civil
    ? [{ height: 38.7, cells: [label(0, '单 位 及\n职务职级'), value(1, (d) => [d.unit, d.post].filter(Boolean).join(' '), { span: 5 })] }]
    : [
        { height: 38.7, cells: [label(0, '单　位'), value(1, (d) => d.unit, { span: 5 })] },
        { height: 38.7, cells: [label(0, '职务或岗位等级'), value(1, (d) => d.post, { span: 5 })] },
      ];
  // Page 1 holds the 个人总结 whole (the template's box runs over onto the back), so the person signs it there.
  const summaryHeight = civil ? 220 : 200;
  const who = civil ? '公务员' : '工作人员';
  return {
    sheetName: (d) => d.name,
    title: () =>
      choice.variant === 'civil'
        ? '公务员年度考核登记表'
        : choice.variant === 'institution'
          ? '事业单位工作人员年度考核登记表'
          : `${choice.who}年度考核登记表`,
    subtitle: (d) => `（${d.year}年度）`,
    // The template's grid (twips 1695/1906/1610/1300/1400/1929) in Excel characters.
    columns: [15.43, 17.44, 14.62, 11.67, 12.62, 17.66],
    pages: [
      [
        {
          height: 39.4,
          cells: [
            label(0, '姓　　名'),
            value(1, (d) => d.name, { align: 'center' }),
            label(2, '性　别'),
            value(3, (d) => d.gender, { align: 'center' }),
            label(4, '出　生\n年　月'),
            value(5, (d) => d.birth, { align: 'center' }),
          ],
        },
        {
          height: 34,
          cells: [
            label(0, '政　治\n面　貌'),
            value(1, (d) => d.political, { align: 'center' }),
            label(2, '现 任 职\n时　　间'),
            value(3, (d) => d.postSince, { span: 3 }),
          ],
        },
        ...unitRows,
        { height: 41.4, cells: [label(0, '从 事 或\n分管工作'), value(1, (d) => d.duties, { span: 5, minSize: 9 })] },
        {
          height: summaryHeight,
          cells: [label(0, '个\n人\n总\n结', { rows: 3 }), boxCell((d) => d.summary, { rows: 2, minSize: 10, open: 'bottom' })],
        },
        { height: summaryHeight, cells: [] },
        signatureRow(SIGN_LINE),
      ],
      [
        { height: 100, cells: [label(0, '参加脱产\n培训情况'), boxCell(() => null)] },
        ...signedBox('主管领导\n评语和考\n核 等 次\n建　　议', 125, () => null),
        ...signedBox('机关负责\n人或考核\n委 员 会\n意　　见', 125, () => null),
        ...signedBox('本　　人\n意　　见', 75, () => null),
        ...signedBox('需要说明\n的 情 况', 115, (d) => d.note, '盖章或签名：　　　　　　年　　月　　日'),
      ],
    ],
    notes: [`备 注：此表一式二份。一份存入${who}本人档案，一份归入考核单位档案。`],
    page: { orientation: 'portrait', margins: { left: 2.0, right: 2.0, top: 2.0, bottom: 1.8 }, footer: '&R本表正反面打印' },
    fonts: {
      title: { name: '方正小标宋简体', size: 22 },
      subtitle: { name: '方正小标宋简体', size: 14 },
      // The templates set the labels in the title's 方正小标宋简体 (they print heavier than the 仿宋 values).
      label: { name: '方正小标宋简体', size: 14 },
      value: { name: '仿宋_GB2312', size: 14 },
      note: { name: '仿宋_GB2312', size: civil ? 14 : 12 },
    },
  };
}
