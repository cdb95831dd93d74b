import { SHARE_BASE, sharePercent } from '../grading/share';
import { GRADE_LABELS } from '../domain/grade';
import type { GradeOrUndetermined } from '../grading/types';
import { formatChineseDate } from '../text/ym-date';
import type { TableForm } from './table-form';

export interface SummaryRow {
  name: string;
  gender: string | null;
  unitLabel: string;
  /** 职务（职级） as printed. */
  post: string | null;
  category: string | null;
  /** null: not graded yet (a period still at 评定 may have someone without a review). */
  grade: GradeOrUndetermined | null;
  /** The 不确定等次 reason, 人工调整 … */
  note: string | null;
}

export interface SummaryContext {
  organisation: string;
  periodLabel: string;
  /** 填报单位: the unit the table covers, or the organisation. */
  filer: string;
  /** 填报日期, 'YYYY-MM-DD'. */
  date: string;
  /** The 好 share the bureau allows (settings), printed in the note. */
  goodRatio: number;
}

const gradeText = (g: GradeOrUndetermined | null) => (g === null ? '未评定' : g === 'undetermined' ? '不确定等次' : GRADE_LABELS[g]);

/** 0.4 → '40%', 1/3 → '33.3%'. */
const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/**
 * 合计 of the table. The share of 好 is taken over the people given one of the four grades, as
 * the quota is (不确定等次 people are not counted in it), so the line and the 40% note agree.
 */
function summaryTotal(rows: readonly SummaryRow[]): string {
  const n = (g: GradeOrUndetermined) => rows.filter((r) => r.grade === g).length;
  const graded = n('good') + n('fair') + n('average') + n('poor');
  const ungraded = rows.filter((r) => r.grade === null).length;
  return (
    `参加考核 ${rows.length} 人；好 ${n('good')} 人（占 ${sharePercent(n('good'), graded)}），较好 ${n('fair')} 人，一般 ${n('average')} 人，较差 ${n('poor')} 人；` +
    `不确定等次 ${n('undetermined')} 人${ungraded ? `；尚未评定 ${ungraded} 人` : ''}`
  );
}

// §1.1: Excel data cells are 宋体 11 in the real templates; 12 (§4E) wraps most 职务 on portrait A4.
const body = { name: '宋体', size: 11 };

/**
 * 平时考核结果汇总表 (reference/templates.md §4E): A4 portrait, header repeated on every page,
 * 方正小标宋简体 title, 楷体 period line, 宋体 11 table, the 合计 row, the 40% note and the
 * signature line.
 */
export const SUMMARY_FORM: TableForm<SummaryRow, SummaryContext> = {
  sheetName: '平时考核结果汇总表',
  title: (c) => `${c.organisation}平时考核结果汇总表`,
  subtitle: { text: (c) => `（${c.periodLabel}）`, font: { name: '楷体_GB2312', size: 16 } },
  infoLine: (c) => [`填报单位（盖章）：${c.filer}`, `填报日期：${formatChineseDate(c.date)}`],
  columns: [
    { key: 'seq', group: null, label: '序号', width: 5.5, value: (_r, i) => i + 1, align: 'center' },
    { key: 'name', group: null, label: '姓名', width: 9.5, value: (r) => r.name, align: 'center' },
    { key: 'gender', group: null, label: '性别', width: 5.5, value: (r) => r.gender, align: 'center' },
    { key: 'unit', group: null, label: '科室（单位）', width: 14.5, value: (r) => r.unitLabel },
    { key: 'post', group: null, label: '职务（职级）', width: 19, value: (r) => r.post },
    { key: 'category', group: null, label: '人员类别', width: 14, value: (r) => r.category },
    { key: 'grade', group: null, label: '考核等次', width: 12, value: (r) => gradeText(r.grade), align: 'center' },
    { key: 'note', group: null, label: '备注', width: 14, value: (r) => r.note },
  ],
  closing: (rows) => [{ label: '合计', text: summaryTotal(rows) }],
  notes: (_rows, c) => [
    // The base of every percentage on the form, said once (issue 15: one share everywhere, base stated).
    {
      text: `注：“好”等次人数一般不超过${SHARE_BASE}人数（不含不确定等次）的${percent(c.goodRatio)}；本表百分比均以${SHARE_BASE}人数为基数。`,
    },
    { text: '单位负责人：        审核人：        填表人：        联系电话：' },
  ],
  page: { orientation: 'portrait', margins: { left: 1.8, right: 1.8, top: 2.0, bottom: 2.0 }, footer: '&C— &P —' },
  fonts: {
    title: { name: '方正小标宋简体', size: 20 },
    info: body,
    header: { ...body, bold: true },
    body,
  },
  rowHeight: 24,
};
