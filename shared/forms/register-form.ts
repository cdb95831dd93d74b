import type { Attendance } from '../domain/period-inputs';
import type { GridCell, GridForm, GridRow } from './grid-form';

/** What one 平时考核登记表 shows: a person in a period, from the roster, the period's inputs and its result. */
export interface RegisterData {
  periodLabel: string;
  /** 考核时段: '2025年1月1日至2025年3月31日'. */
  span: string;
  name: string;
  gender: string | null;
  /** 出生年月 as written on forms: '1985.03'. */
  birth: string | null;
  political: string | null;
  /** 单位及职务职级: '办公室 科员（四级主任科员）'. */
  unitAndPost: string;
  /** 工作纪实: the period's records, one line each (see workRecordLines). */
  workRecords: string;
  selfSummary: string | null;
  attendance: Attendance | null;
  /** 奖惩情况与不良行为记录. */
  incidents: string;
  /** 主管领导评鉴意见 with the proposed grade. */
  review: string | null;
  /** 机关审定意见: the grade decided, once graded. */
  decision: string | null;
  /** 未确定等次或不参加考核情况说明. */
  undetermined: string | null;
}

/** 公务员 (and 参照管理) or 事业单位 (everyone else), as reference §2A / §2A′. */
export type RegisterVariant = 'civil' | 'institution';

/** By 人员类别; without one (an imported roster often lacks it), by 编制类型: 行政编制 and 参公 are civil servants. */
export function registerVariant(category: string | null, establishment: string | null): RegisterVariant {
  if (category) return category === '公务员' || category.startsWith('参照管理') ? 'civil' : 'institution';
  return establishment === '行政编制' || establishment === '事业编制（参公）' ? 'civil' : 'institution';
}

const SIGN = '签名：　　　　　　　年　　月　　日';
const SEAL = '（盖章）　　　　　　　年　　月　　日';

const label = <D>(col: number, text: string, extra: Partial<GridCell<D>> = {}): GridCell<D> => ({ col, text, kind: 'label', ...extra });
const value = <D>(col: number, text: GridCell<D>['text'], extra: Partial<GridCell<D>> = {}): GridCell<D> => ({
  col,
  text,
  kind: 'value',
  valign: 'middle',
  ...extra,
});
/** A tall text box (top-left aligned, shrinking long text) whose bottom row is left open for a signature line. */
const box = <D>(text: GridCell<D>['text'], open?: 'bottom'): GridCell<D> => ({
  col: 1,
  span: 5,
  text,
  kind: 'value',
  valign: 'top',
  minSize: 9,
  ...(open ? { open } : {}),
});
/** The signature line closing a box: the box's lower part, no line between them. */
const signature = <D>(text: string): GridRow<D> => ({
  height: 30,
  cells: [{ col: 1, span: 5, text, kind: 'value', align: 'right', valign: 'middle', open: 'top' }],
});

const attendance = (a: Attendance | null, key: keyof Attendance, unit: string, what: string) => `${what} ${a ? a[key] : '　'} ${unit}`;

const VARIANTS = {
  civil: {
    title: '公务员平时考核登记表',
    titleSize: 18,
    post: '单位及\n职务职级',
    review: '主管领导\n评鉴意见和\n考核等次\n建议',
    who: '公务员',
    noteSize: 14,
  },
  institution: {
    title: '事业单位工作人员平时考核登记表',
    titleSize: 22,
    post: '单位及职务\n（岗位）',
    review: '主管领导\n点评和考核\n等次建议',
    who: '工作人员',
    noteSize: 12,
  },
} as const;

/**
 * 平时考核登记表 (reference §2A geometry with the fields of §2D): two A4 pages, the break after
 * 个人小结 — page 1 who the person is and what they did, page 2 attendance, incidents, the
 * supervisor's view and the bureau's decision. Boxes taller than Excel's 409 pt limit span rows.
 */
export function registerForm(variant: RegisterVariant): GridForm<RegisterData> {
  const v = VARIANTS[variant];
  return {
    sheetName: (d) => d.name,
    title: () => v.title,
    subtitle: (d) => `（${d.periodLabel}）`,
    columns: [15, 13, 15, 12, 12, 15],
    pages: [
      [
        {
          height: 40,
          cells: [
            label(0, '姓　名'),
            value(1, (d) => d.name, { align: 'center' }),
            label(2, '性　别'),
            value(3, (d) => d.gender, { align: 'center' }),
            label(4, '出生年月'),
            value(5, (d) => d.birth, { align: 'center' }),
          ],
        },
        {
          height: 44,
          cells: [
            label(0, '政治面貌'),
            value(1, (d) => d.political, { align: 'center' }),
            label(2, v.post),
            value(3, (d) => d.unitAndPost, { span: 3 }),
          ],
        },
        { height: 34, cells: [label(0, '考核时段'), value(1, (d) => d.span, { span: 5 })] },
        { height: 140, cells: [label(0, '工作纪实\n（主要工作\n完成情况）', { rows: 2 }), { ...box((d) => d.workRecords), rows: 2 }] },
        { height: 140, cells: [] },
        { height: 176, cells: [label(0, '个\n人\n小\n结', { rows: 2 }), box((d) => d.selfSummary, 'bottom')] },
        signature(SIGN),
      ],
      [
        {
          height: 56,
          cells: [
            label(0, '出勤情况'),
            value(1, (d) => attendance(d.attendance, 'absentDays', '天', '旷工'), { span: 2, align: 'center' }),
            value(3, (d) => attendance(d.attendance, 'leaveDays', '天', '病事假'), { span: 2, align: 'center' }),
            value(5, (d) => attendance(d.attendance, 'lateTimes', '次', '迟到、早退'), { align: 'center' }),
          ],
        },
        { height: 110, cells: [label(0, '奖惩情况与\n不良行为\n记录'), box((d) => d.incidents)] },
        { height: 150, cells: [label(0, v.review, { rows: 2 }), box((d) => d.review, 'bottom')] },
        signature(SIGN),
        { height: 80, cells: [label(0, '机关审定\n意见', { rows: 2 }), box((d) => d.decision, 'bottom')] },
        signature(SEAL),
        { height: 80, cells: [label(0, '未确定等次\n或不参加考\n核情况说明'), box((d) => d.undetermined)] },
        { height: 44, cells: [label(0, '备　注'), box(() => null)] },
      ],
    ],
    notes: [
      `备注：1. 此表一式两份，一份由单位组织（干部、人事）部门保存，一份由${v.who}所在处（科、室）或党支部保存；`,
      `　　　2. 考核结束，由${v.who}所在处（科、室）或党支部负责人，将考核结果和主管领导点评内容反馈考核对象。`,
    ],
    page: { orientation: 'portrait', margins: { left: 2.2, right: 2.2, top: 2.0, bottom: 1.8 }, footer: '&R本表正反面打印' },
    fonts: {
      title: { name: '方正小标宋简体', size: v.titleSize },
      subtitle: { name: '楷体_GB2312', size: 16 },
      label: { name: '仿宋_GB2312', size: 14 },
      value: { name: '仿宋_GB2312', size: 14 },
      note: { name: '仿宋_GB2312', size: v.noteSize },
    },
  };
}
