import { SUPERIOR_LABEL } from '../domain/superior';
import { SHARE_BASE, sharePercent } from '../grading/share';
import { GRADE_LABELS } from '../domain/grade';
import { gradeChange } from '../grading/grade-change';
import type { GradeOrUndetermined, Outcome } from '../grading/types';
import { formatChineseDate } from '../text/ym-date';
import type { TableColumn, TableForm } from './table-form';

export interface SummaryRow {
  name: string;
  gender: string | null;
  unitLabel: string;
  /** 职务（职级） as printed. */
  post: string | null;
  /** 评鉴得分, when the 评鉴 gave one. */
  score: number | null;
  /** Place by score among the section's people with a score (people with the same score share it). */
  rank: number | null;
  /** The grade the 评鉴 proposed (or its score's band); null without a 评鉴. */
  proposed: GradeOrUndetermined | null;
  /** The grade decided; null: not graded yet (a period still at 评定 may have someone without a review). */
  grade: GradeOrUndetermined | null;
  /** 说明: why there is no grade, why it is not the proposed one, a 人工调整. */
  note: string | null;
}

export interface SummaryContext {
  organisation: string;
  periodLabel: string;
  /** The staff group of this section (公务员, 事业单位工作人员 …). */
  group: string;
  /** 填报单位: the unit the table covers, or the organisation. */
  filer: string;
  /** 填报日期, 'YYYY-MM-DD'. */
  date: string;
  /** The 好 share the bureau allows (settings), printed in the note. */
  goodRatio: number;
  /** Every section's rows, on the last section of a table with several: its 总计 row. */
  overall: SummaryRow[] | null;
}

const gradeText = (g: GradeOrUndetermined | null) => (g === null ? '未评定' : g === 'undetermined' ? '不确定等次' : GRADE_LABELS[g]);

/** 0.4 → '40%', 1/3 → '33.3%'. */
const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/**
 * 合计 of the rows. The share of 好 is taken over the people given one of the four grades, as
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

/** Competition ranking by score (92, 92, 90 → 1, 1, 3); people without a score get none. */
export function rankByScore<R extends { score: number | null }>(rows: readonly R[]): (number | null)[] {
  return rows.map((r) => (r.score === null ? null : 1 + rows.filter((x) => x.score !== null && x.score > r.score!).length));
}

/**
 * 说明 of a person: why there is no grade, why the grade is not the one the 评鉴 proposed (the
 * reasons of the grading, as on the 登记表 and the 反馈), or the clerk's reason for a 人工调整
 * that kept the proposal (it may use a seat beyond the quota).
 */
export function summaryNote(
  o: Pick<Outcome, 'grade' | 'steps'> & Partial<Pick<Outcome, 'superior'>>,
  undetermined: { reason: string; note: string | null } | null,
): string | null {
  if (o.superior) return SUPERIOR_LABEL;
  if (o.grade === 'undetermined' && undetermined) return `${undetermined.reason}${undetermined.note ? `（${undetermined.note}）` : ''}`;
  const change = gradeChange(o);
  if (change) return change.reasons.join('；');
  const override = [...o.steps].reverse().find((s) => s.rule === 'override');
  return override ? override.reason : null;
}

/** The grade at each stage, left to right; a bureau with more stages (科室, 分管领导) adds them here. */
const STAGES: { key: string; label: string; grade: (r: SummaryRow) => GradeOrUndetermined | null }[] = [
  { key: 'proposed', label: '评鉴建议', grade: (r) => r.proposed },
  { key: 'grade', label: '审定等次', grade: (r) => r.grade },
];

// §1.1: Excel data cells are 宋体 11 in the real templates.
const body = { name: '宋体', size: 11 };

/**
 * 平时考核结果汇总表 of one staff group (reference §4B: a sheet per group, scores and 排名 when the
 * 评鉴 gave scores, the grade at each stage; §4E: 填报 line, 合计, the 40% note and the signature
 * line): A4 landscape, so the 说明 column has room for the reasons.
 */
export function summaryForm(opts: { scores: boolean }): TableForm<SummaryRow, SummaryContext> {
  const scoreColumns: TableColumn<SummaryRow>[] = opts.scores
    ? [
        { key: 'score', group: null, label: '评鉴得分', width: 7, value: (r) => r.score, align: 'center' },
        { key: 'rank', group: null, label: '排名', width: 6, value: (r) => r.rank, align: 'center' },
      ]
    : [];
  return {
    sheetName: '平时考核结果汇总表',
    title: (c) => `${c.organisation}平时考核结果汇总表`,
    subtitle: { text: (c) => `（${c.periodLabel}　${c.group}）`, font: { name: '楷体_GB2312', size: 16 } },
    infoLine: (c) => [`填报单位（盖章）：${c.filer}`, `填报日期：${formatChineseDate(c.date)}`],
    columns: [
      { key: 'seq', group: null, label: '序号', width: 5.5, value: (_r, i) => i + 1, align: 'center' },
      { key: 'name', group: null, label: '姓名', width: 9, value: (r) => r.name, align: 'center' },
      { key: 'gender', group: null, label: '性别', width: 5.5, value: (r) => r.gender, align: 'center' },
      { key: 'unit', group: null, label: '科室（单位）', width: 16, value: (r) => r.unitLabel },
      { key: 'post', group: null, label: '职务（职级）', width: 20, value: (r) => r.post },
      ...scoreColumns,
      ...STAGES.map((s): TableColumn<SummaryRow> => ({
        key: s.key,
        group: '考核等次',
        label: s.label,
        width: 12,
        value: (r) => (s.key === 'proposed' && r.proposed === null ? null : gradeText(s.grade(r))),
        align: 'center',
      })),
      { key: 'note', group: null, label: '说明', width: opts.scores ? 39 : 52, value: (r) => r.note },
    ],
    closing: (rows, c) => [
      { label: '合计', text: summaryTotal(rows) },
      ...(c.overall ? [{ label: '总计', text: `各类人员合计：${summaryTotal(c.overall)}` }] : []),
    ],
    notes: (_rows, c) => [
      // The base of every percentage on the form, said once (one share everywhere, its base stated).
      {
        text: `注：“好”等次人数一般不超过${SHARE_BASE}人数（不含不确定等次）的${percent(c.goodRatio)}；本表百分比均以${SHARE_BASE}人数为基数；等次与评鉴建议不同的，“说明”栏写明原因。`,
      },
      { text: '单位负责人：        审核人：        填表人：        联系电话：' },
    ],
    page: { orientation: 'landscape', margins: { left: 1.8, right: 1.8, top: 2.0, bottom: 1.8 }, footer: '&C— &P —' },
    fonts: {
      title: { name: '方正小标宋简体', size: 20 },
      info: body,
      header: { ...body, bold: true },
      body,
    },
    rowHeight: 24,
  };
}
