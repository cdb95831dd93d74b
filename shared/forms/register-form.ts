import type { Attendance } from '../domain/period-inputs';
import { boxCell, labelCell as label, signatureRow, SIGN_LINE, valueCell as value } from './grid-cells';
import type { GridForm, GridRow } from './grid-form';
import type { RegisterChoice } from './staff-group';
import type { WorkRecordPlacement } from './form-settings';

/**
 * What one 平时考核登记表 can show: a person in a period, from the roster, the period's inputs and
 * its result. The built-in forms print what the provincial form has; the rest (性别, 考核时段 …)
 * is here for forms a bureau lays out itself.
 */
export interface RegisterData {
  periodLabel: string;
  /** 考核时段: '2025年1月1日至2025年3月31日'. */
  span: string;
  name: string;
  gender: string | null;
  /** 出生年月 as written on forms: '1985.03'. */
  birth: string | null;
  political: string | null;
  /** 部门及职务（职级）: '办公室 科员（四级主任科员）'. */
  unitAndPost: string;
  /** 从事或分管工作: the 岗位职责, or the units the person 分管 (see dutiesText). */
  duties: string | null;
  /** 工作纪实: the period's records, one line each (see workRecordLines); null when there are none. */
  workRecords: string | null;
  /** 个人总结 (the period's 个人小结). */
  selfSummary: string | null;
  attendance: Attendance | null;
  /** 奖惩情况与不良行为记录. */
  incidents: string;
  /** 主管领导审核评价意见 with the proposed grade. */
  review: string | null;
  /** 机关审定意见: the grade decided, once published, and why it differs from the proposal. */
  decision: string | null;
  /** 未确定等次或不参加考核情况说明. */
  undetermined: string | null;
}

export interface RegisterFormOptions extends RegisterChoice {
  /** Where the period's 工作纪实 goes (settings): its own 附页, a box on the form, or nowhere (the 工作纪实表 is printed apart). */
  workRecords: WorkRecordPlacement;
}

/** Column widths of the provincial form (twips 1614/1987/400/2146/360/2600), in Excel characters. */
const COLUMNS = [14.66, 18.21, 3.1, 19.72, 2.71, 24.05];
/** 个人总结 box of the provincial form, 9371 twips: two rows, as Excel rows stop at 409 pt. */
const SUMMARY_HEIGHT = 468.6;
/** The 工作纪实 box when the bureau keeps it on the form: taken from the 个人总结 box. */
const RECORDS_IN_FORM_HEIGHT = 190;

const VARIANTS = {
  civil: {
    title: () => '公务员平时考核登记表',
    titleSize: 18,
    post: '部门及职务（职级）',
    duties: '从 事 或\n分管工作',
    review: '主管领导审核评价意见和考核等次\n建议',
    decision: '机关审定\n意见',
    who: () => '公务员',
    noteSize: 14,
  },
  institution: {
    title: () => '事业单位工作人员平时考核登记表',
    titleSize: 22,
    post: '部门及职务（岗位）',
    duties: '分管（担）工作',
    review: '主管领导点评和考核等次\n建议',
    decision: '机关\n审定意见',
    who: () => '工作人员',
    noteSize: 12,
  },
  // The bureau's own form for 机关工勤, 编外聘用 …: the 公务员 form's shape, titled for them.
  staff: {
    title: (who: string) => `${who}平时考核登记表`,
    titleSize: 18,
    post: '部门及职务（岗位）',
    duties: '从 事 或\n分管工作',
    review: '主管领导审核评价意见和考核等次\n建议',
    decision: '机关审定\n意见',
    who: () => '工作人员',
    noteSize: 14,
  },
} as const;

const attendance = (a: Attendance | null, key: keyof Attendance, unit: string, what: string) => `${what}${a ? a[key] : '　'}${unit}`;
export const NO_WORK_RECORDS = '本期没有工作纪实记录。';

/**
 * 平时考核登记表 as the provincial forms have it (reference §2A 公务员, §2A′ 事业单位): row for row,
 * the labels, and the boxes in their proportions — page 1 who the person is, 从事或分管工作 and a
 * 个人总结 box of 16.5 cm; page 2 出勤情况, 奖惩情况, the supervisor's view and the bureau's decision.
 * The 工作纪实 goes on an 附页 (or, when the bureau wants it, into a box cut from the 个人总结 one).
 */
export function registerForm(opts: RegisterFormOptions): GridForm<RegisterData> {
  const v = VARIANTS[opts.variant];
  const who = v.who();
  const inForm = opts.workRecords === 'inForm';
  const summaryHeight = inForm ? SUMMARY_HEIGHT - RECORDS_IN_FORM_HEIGHT : SUMMARY_HEIGHT;
  const summaryRows: GridRow<RegisterData>[] = [
    {
      height: summaryHeight / 2,
      cells: [label(0, '个\n人\n总\n结', { rows: 2 }), boxCell((d) => d.selfSummary, { rows: 2 })],
    },
    { height: summaryHeight / 2, cells: [] },
  ];
  const recordRows: GridRow<RegisterData>[] = inForm
    ? [{ height: RECORDS_IN_FORM_HEIGHT, cells: [label(0, '工\n作\n纪\n实'), boxCell((d) => d.workRecords ?? NO_WORK_RECORDS)] }]
    : [];
  return {
    sheetName: (d) => d.name,
    title: () => v.title(opts.who),
    subtitle: (d) => `（${d.periodLabel}）`,
    columns: COLUMNS,
    pages: [
      [
        {
          height: 50.1,
          cells: [
            label(0, '姓　名'),
            value(1, (d) => d.name, { align: 'center' }),
            label(2, v.post, { span: 2 }),
            value(4, (d) => d.unitAndPost, { span: 2 }),
          ],
        },
        { height: 46.8, cells: [label(0, v.duties), value(1, (d) => d.duties, { span: 5, minSize: 9 })] },
        ...recordRows,
        ...summaryRows,
      ],
      [
        {
          height: 77.4,
          cells: [
            label(0, '出勤情况'),
            value(1, (d) => attendance(d.attendance, 'absentDays', '天', '旷工'), { span: 2, align: 'center' }),
            value(3, (d) => attendance(d.attendance, 'leaveDays', '天', '病事假'), { span: 2, align: 'center' }),
            value(5, (d) => attendance(d.attendance, 'lateTimes', '次', '迟到、早退'), { align: 'center' }),
          ],
        },
        { height: 120.2, cells: [label(0, '奖惩情况与不良行为记录'), boxCell((d) => d.incidents)] },
        { height: 176, cells: [label(0, v.review, { rows: 2 }), boxCell((d) => d.review, { open: 'bottom' })] },
        signatureRow(SIGN_LINE),
        { height: 77.7, cells: [label(0, v.decision), boxCell((d) => d.decision)] },
        { height: 94.1, cells: [label(0, '未确定等次或不参加考核情况说明'), boxCell((d) => d.undetermined)] },
      ],
    ],
    notes: [
      `备注：1. 此表一式两份，一份由单位组织（干部、人事）部门保存，一份由${who}所在处（科、室）或党支部保存；`,
      `　　　2. 考核结束，由${who}所在处（科、室）或党支部负责人，将考核结果和主管领导点评内容反馈考核对象。`,
    ],
    ...(opts.workRecords === 'appendix' && {
      appendix: (d: RegisterData) => (d.workRecords ? [{ label: '本期工作纪实', text: d.workRecords }] : []),
    }),
    page: { orientation: 'portrait', margins: { left: 2.2, right: 2.2, top: 2.2, bottom: 2.0 }, footer: '&R本表正反面打印' },
    fonts: {
      title: { name: '方正小标宋简体', size: v.titleSize },
      subtitle: { name: '楷体_GB2312', size: 16 },
      label: { name: '仿宋_GB2312', size: 14 },
      value: { name: '仿宋_GB2312', size: 14 },
      note: { name: '仿宋_GB2312', size: v.noteSize },
    },
  };
}
