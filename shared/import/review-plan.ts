import type { ImportIssue } from '../api/contract';
import { GRADE_BY_LABEL, GRADE_LABELS, type Grade } from '../domain/grade';
import type { Period } from '../domain/period';
import { INPUTS_OPEN, PERIOD_STATE_LABELS } from '../domain/period';
import type { Review, ReviewCheck } from '../domain/period-inputs';
import { cellText, type WorkbookGrid } from '../excel/cells';
import { toHalfWidth } from '../text/normalize';
import { readCode, readName, readText } from './cell-values';
import { emptyPlan, forEachDataRow, noTableError, type FieldChange, type ImportPlan, type ImportRowBase, type RowReader } from './plan';
import { CHECK_AGREE, NO_CHECK, REVIEW_FIELD_MAP, REVIEW_META_MARK, REVIEW_META_SHEET, type ReviewColumn } from './review-sheet';

/** A 审核 as read from the sheet: null when the 分管领导 has not filled it in yet. */
export type SheetCheck = Pick<ReviewCheck, 'decision' | 'grade' | 'opinion'> | null;

export interface ReviewRowPlan extends ImportRowBase {
  periodId: string;
  unitId: string;
  personId: string | null;
  review: Pick<Review, 'score' | 'proposed' | 'comment'> | null;
  /** The 审核 columns of this row; undefined when the sheet has none for this person (the stored 审核 is kept). */
  check?: SheetCheck;
}

export interface ReviewSheetStamp {
  periodId: string;
  unitId: string;
  periodLabel: string;
  unitLabel: string;
  /** The 评鉴人 whose sheet this is (only his people on it); null for a whole unit's sheet. */
  reviewer: { id: string; name: string } | null;
}

/** The period and unit an exported 评鉴表 belongs to, from its hidden sheet. */
export function readStamp(grid: WorkbookGrid): ReviewSheetStamp | null {
  const meta = grid.sheets.find((s) => s.name === REVIEW_META_SHEET);
  const cell = (r: number, c: number) => cellText(meta?.rows[r]?.[c] ?? null);
  if (!meta || cell(0, 0) !== REVIEW_META_MARK) return null;
  const reviewerId = cell(6, 1);
  const reviewer = reviewerId ? { id: reviewerId, name: cell(7, 1) } : null;
  return { periodId: cell(1, 1), unitId: cell(2, 1), periodLabel: cell(3, 1), unitLabel: cell(4, 1), reviewer };
}

/**
 * A 评鉴表 filled in by a 科室负责人: matched to people by the hidden 编号, never by row
 * position; refused whole when it belongs to another period or unit than the one expected. A
 * 评鉴人's sheet applies only to the people he rates now (`reviewerOf`, who-rates-whom): a row
 * added for anyone else (himself, a leader) is refused.
 */
export function planReviewImport(
  grid: WorkbookGrid,
  fileName: string,
  ctx: {
    period: Period | null;
    periodLabel: (id: string) => string | null;
    unitLabel: (id: string) => string | null;
    reviews: (unitId: string) => readonly Review[];
    /** The stored 审核 of a person's 评鉴, if any (the second review step). */
    checkOf?: (personId: string) => SheetCheck;
    /** The grade a score gives (the 考核设置's bands): a 审核 choosing it agrees. */
    gradeOfScore?: (score: number) => Grade;
    /** Who rates this person of the unit (reviewerFor at the period's end), null when nobody. */
    reviewerOf: (personId: string, unitId: string) => string | null;
  },
  expect: { periodId?: string; unitId?: string },
): ImportPlan<ReviewRowPlan> {
  const plan = emptyPlan<ReviewRowPlan>(fileName);
  const stamp = readStamp(grid);
  const fileError = (message: string) =>
    plan.fileErrors.push({ sheet: grid.sheets.find((s) => !s.hidden)?.name ?? '', row: 0, column: '', message });
  if (!stamp) {
    fileError('这不是本程序导出的评鉴表（找不到隐藏的考核周期和单位标记）。请用“导出评鉴表”生成的文件填写后再导入。');
    return plan;
  }
  const theirs = `${stamp.periodLabel}“${stamp.unitLabel}”`;
  if ((expect.periodId && expect.periodId !== stamp.periodId) || (expect.unitId && expect.unitId !== stamp.unitId)) {
    const want = [
      ctx.periodLabel(expect.periodId ?? stamp.periodId) ?? '',
      expect.unitId ? `“${ctx.unitLabel(expect.unitId) ?? ''}”` : '',
    ].join('');
    fileError(`这份评鉴表属于${theirs}，不是当前的${want}，已拒绝导入。`);
    return plan;
  }
  const period = ctx.period;
  if (!period || period.id !== stamp.periodId) {
    fileError(`评鉴表所属的考核周期${stamp.periodLabel}不存在。`);
    return plan;
  }
  if (!INPUTS_OPEN.includes(period.state)) {
    fileError(`${period.label}已处于“${PERIOD_STATE_LABELS[period.state]}”状态，不能再导入评鉴。`);
    return plan;
  }
  const unitLabel = ctx.unitLabel(stamp.unitId) ?? stamp.unitLabel;
  const existing = ctx.reviews(stamp.unitId);
  const seen = new Map<string, number>();
  forEachDataRow(grid, REVIEW_FIELD_MAP, plan, (r) => {
    const errors: ImportIssue[] = [];
    const issue = (k: ReviewColumn, message: string) => errors.push(r.issue(k, message));
    const name = readName(r.cell('name')) ?? '';
    const row: ReviewRowPlan = {
      sheet: r.sheet,
      row: r.row,
      name,
      status: 'invalid',
      unitLabel,
      changes: [],
      errors,
      warnings: [],
      periodId: period.id,
      unitId: stamp.unitId,
      personId: null,
      review: null,
    };
    plan.rows.push(row);
    const id = readText(r.cell('id'));
    const who = period.participants.find((p) => p.personId === id && p.unitId === stamp.unitId);
    if (!who) {
      issue('id', id ? `编号 ${id} 对应的人员不在${period.label}“${unitLabel}”的考核名单中` : '编号为空（请勿删除或改动隐藏的编号列）');
      return;
    }
    row.personId = who.personId;
    if (name !== who.name) issue('name', `姓名“${name}”与编号对应的“${who.name}”不一致（请勿调换行的顺序或改动姓名）`);
    if (stamp.reviewer && ctx.reviewerOf(who.personId, stamp.unitId) !== stamp.reviewer.id)
      issue('name', `${who.name}不由${stamp.reviewer.name}评鉴，这份${stamp.reviewer.name}的评鉴表不能为其填写等次`);
    if (seen.has(who.personId)) issue('id', `与第${seen.get(who.personId)}行是同一人`);
    seen.set(who.personId, row.row);
    if (who.undetermined || readText(r.cell('proposed'))?.startsWith('不确定等次')) {
      row.status = errors.length ? 'invalid' : 'unchanged';
      return;
    }
    const score = readScore(r.cell('score'), (m) => issue('score', m));
    const proposed = readCode<Grade>(r.cell('proposed'), GRADE_BY_LABEL, '拟评等次', Object.keys(GRADE_BY_LABEL));
    if (!proposed.ok) issue('proposed', proposed.message);
    if (errors.length || !proposed.ok) return;
    const review = { score, proposed: proposed.value, comment: readText(r.cell('comment')) };
    const check = readCheck(r, review, ctx.gradeOfScore, (k, m) => issue(k, m));
    if (errors.length) return;
    const before = existing.find((x) => x.personId === who.personId) ?? null;
    row.review = review;
    if (check !== undefined) row.check = check;
    row.changes = [...diffReview(before, review), ...(check === undefined ? [] : diffCheck(ctx.checkOf?.(who.personId) ?? null, check))];
    row.status = row.changes.length === 0 ? 'unchanged' : before ? 'changed' : 'new';
  });
  if (plan.rows.length === 0)
    plan.fileErrors.push(
      noTableError(
        grid.sheets.filter((s) => !s.hidden).map((s) => s.name),
        plan.sheets,
        '评鉴',
        '',
      ),
    );
  return plan;
}

function readScore(cell: Parameters<typeof readText>[0], fail: (m: string) => void): number | null {
  const t = readText(cell);
  if (t === null) return null;
  const n = cell?.kind === 'number' ? cell.num : Number(toHalfWidth(t).replace(/分$/, ''));
  if (!Number.isFinite(n) || n < 0 || n > 100) {
    fail(`分数“${t}”应为0到100之间的数字`);
    return null;
  }
  return Math.round(n * 10) / 10;
}

function diffReview(before: Review | null, after: Pick<Review, 'score' | 'proposed' | 'comment'>): FieldChange[] {
  const shown = {
    score: (r: Pick<Review, 'score'> | null) => ((r?.score ?? null) === null ? null : String(r!.score)),
    proposed: (r: Pick<Review, 'proposed'> | null) => (r?.proposed ? GRADE_LABELS[r.proposed] : null),
    comment: (r: Pick<Review, 'comment'> | null) => r?.comment ?? null,
  };
  const labels = { score: '分数', proposed: '拟评等次', comment: '评鉴意见' } as const;
  return (['score', 'proposed', 'comment'] as const)
    .filter((k) => shown[k](before) !== shown[k](after))
    .map((k) => ({ field: k, label: labels[k], before: shown[k](before), after: shown[k](after) }));
}

/**
 * The 审核结果 and 审核意见 cells (second review step): blank = not checked yet; 同意, or the
 * grade the 评鉴 gives = agreed; another grade = adjusted, which needs an opinion. Undefined when
 * the sheet has no such columns or marks the row as not checked (—).
 */
function readCheck(
  r: RowReader<ReviewColumn>,
  review: Pick<Review, 'score' | 'proposed'>,
  gradeOfScore: ((score: number) => Grade) | undefined,
  issue: (k: ReviewColumn, message: string) => void,
): SheetCheck | undefined {
  if (!r.has('checkResult')) return undefined;
  const result = readText(r.cell('checkResult'))?.replace(/\s/g, '') ?? null;
  const opinion = r.has('checkOpinion') ? readText(r.cell('checkOpinion')) : null;
  if (result === NO_CHECK) return undefined;
  if (result === null) {
    if (opinion) issue('checkResult', '填了审核意见，但没有选择审核结果（同意或调整后的等次）');
    return null;
  }
  if (result === CHECK_AGREE) return { decision: 'agree', grade: null, opinion };
  const grade = GRADE_BY_LABEL[result.replace(/^调整为/, '')];
  if (!grade) {
    issue('checkResult', `审核结果“${result}”应为“同意”或“好、较好、一般、较差”中的一个`);
    return undefined;
  }
  const reviewed = review.proposed ?? (review.score !== null && gradeOfScore ? gradeOfScore(review.score) : null);
  if (grade === reviewed) return { decision: 'agree', grade: null, opinion };
  if (!opinion) {
    issue('checkOpinion', `审核结果调整为“${GRADE_LABELS[grade]}”，须填写审核意见`);
    return undefined;
  }
  return { decision: 'adjust', grade, opinion };
}

const checkShown = (c: SheetCheck) =>
  c === null ? null : c.decision === 'agree' ? CHECK_AGREE : `调整为${c.grade ? GRADE_LABELS[c.grade] : ''}`;

function diffCheck(before: SheetCheck, after: SheetCheck): FieldChange[] {
  const changes: FieldChange[] = [];
  if (checkShown(before) !== checkShown(after))
    changes.push({ field: 'checkResult', label: '审核结果', before: checkShown(before), after: checkShown(after) });
  if ((before?.opinion ?? null) !== (after?.opinion ?? null))
    changes.push({ field: 'checkOpinion', label: '审核意见', before: before?.opinion ?? null, after: after?.opinion ?? null });
  return changes;
}
