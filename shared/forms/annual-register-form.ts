import type { GridCell, GridForm, GridRow } from './grid-form';
import type { RegisterVariant } from './register-form';

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
  /** 需要说明的情况, prefilled from the year's 平时考核. */
  note: string;
}

const label = (col: number, text: string, extra: Partial<GridCell<AnnualRegisterData>> = {}): GridCell<AnnualRegisterData> => ({
  col,
  text,
  kind: 'label',
  ...extra,
});
const value = (
  col: number,
  text: GridCell<AnnualRegisterData>['text'],
  extra: Partial<GridCell<AnnualRegisterData>> = {},
): GridCell<AnnualRegisterData> => ({
  col,
  text,
  kind: 'value',
  valign: 'middle',
  ...extra,
});
const box = (text: GridCell<AnnualRegisterData>['text']): GridCell<AnnualRegisterData> => ({
  col: 1,
  span: 5,
  text,
  kind: 'value',
  valign: 'top',
  minSize: 10,
  open: 'bottom',
});
const signature = (text: string): GridRow<AnnualRegisterData> => ({
  height: 30,
  cells: [{ col: 1, span: 5, text, kind: 'value', align: 'right', valign: 'middle', open: 'top' }],
});
/** A box with its label and its signature line under it. */
const signedBox = (
  labelText: string,
  height: number,
  text: GridCell<AnnualRegisterData>['text'],
  sign = SIGN,
): GridRow<AnnualRegisterData>[] => [{ height, cells: [label(0, labelText, { rows: 2 }), box(text)] }, signature(sign)];
const SIGN = '签名：　　　　　　　年　　月　　日';

/**
 * 年度考核登记表 (reference §5A 公务员, §5B 事业单位): a sheet printed on both sides — page 1 the
 * person and the 个人总结, page 2 the opinions and 需要说明的情况, prefilled from the year's
 * quarterly grades. The 事业单位 form splits 单位 and 职务或岗位等级 over two rows.
 */
export function annualRegisterForm(variant: RegisterVariant): GridForm<AnnualRegisterData> {
  const civil = variant === 'civil';
  const unitRows: GridRow<AnnualRegisterData>[] = civil
    ? [{ height: 40, cells: [label(0, '单 位 及\n职务职级'), value(1, (d) => [d.unit, d.post].filter(Boolean).join(' '), { span: 5 })] }]
    : [
        { height: 34, cells: [label(0, '单　位'), value(1, (d) => d.unit, { span: 5 })] },
        { height: 34, cells: [label(0, '职务或岗\n位等级'), value(1, (d) => d.post, { span: 5 })] },
      ];
  const who = civil ? '公务员' : '工作人员';
  return {
    sheetName: (d) => d.name,
    title: () => (civil ? '公务员年度考核登记表' : '事业单位工作人员年度考核登记表'),
    subtitle: (d) => `（${d.year}年度）`,
    columns: [15, 17, 14, 12, 12, 17],
    pages: [
      [
        {
          height: 40,
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
          height: 40,
          cells: [
            label(0, '政　治\n面　貌'),
            value(1, (d) => d.political, { align: 'center' }),
            label(2, '现 任 职\n时　　间'),
            value(3, (d) => d.postSince, { span: 3 }),
          ],
        },
        ...unitRows,
        { height: 42, cells: [label(0, '从 事 或\n分管工作'), value(1, () => null, { span: 5 })] },
        { height: civil ? 200 : 183, cells: [label(0, '个\n人\n总\n结', { rows: 3 }), { ...box(() => null), rows: 2 }] },
        { height: civil ? 200 : 183, cells: [] },
        signature(SIGN),
      ],
      [
        { height: 100, cells: [label(0, '参加脱产\n培训情况'), { ...box(() => null), open: undefined }] },
        ...signedBox(civil ? '主管领导\n评语和考\n核等次建\n议' : '主管领导\n评语和考\n核档次建\n议', 125, () => null),
        ...signedBox(civil ? '机关负责\n人或考核\n委员会意\n见' : '单位负责\n人或考核\n委员会意\n见', 125, () => null),
        ...signedBox('本　人\n意　见', 75, () => null),
        ...signedBox('需要说明\n的 情 况', 115, (d) => d.note, '盖章或签名：　　　　　　年　　月　　日'),
      ],
    ],
    notes: [`备 注：此表一式二份。一份存入${who}本人档案，一份归入考核单位档案。`],
    page: { orientation: 'portrait', margins: { left: 2.0, right: 2.0, top: 2.0, bottom: 1.8 }, footer: '&R本表正反面打印' },
    fonts: {
      title: { name: '方正小标宋简体', size: 22 },
      subtitle: { name: '方正小标宋简体', size: 14 },
      label: { name: '仿宋_GB2312', size: 14 },
      value: { name: '仿宋_GB2312', size: 14 },
      note: { name: '仿宋_GB2312', size: civil ? 14 : 12 },
    },
  };
}
