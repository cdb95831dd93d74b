import type { ReviewGrid, ReviewRow, ReviewSaved } from '../../../shared/api/appraisal-schemas';
import { GRADE_LABELS, type Grade } from '../../../shared/domain/grade';
import type { OrgData } from '../../../shared/domain/org';
import type { Participant, Period } from '../../../shared/domain/period';
import { ReviewSchema, type Review, type ReviewCheck, type UnitInputs } from '../../../shared/domain/period-inputs';
import { checkerFor, reviewerFor } from '../../../shared/domain/reviewer';
import { SUPERIOR_LABEL, superiorAppraisedIds } from '../../../shared/domain/superior';
import { checkText } from '../../../shared/forms/register-text';
import { band } from '../../../shared/grading/base';
import { unitLabel } from '../../../shared/domain/unit';
import { goodSeats, type AppraisalSettings } from '../../../shared/grading/settings';
import { rejected } from '../app-error';
import type { ChangeContext, ReadContext } from '../context';
import { inputsFor } from './inputs';
import { keptCheck } from './review-check';

/**
 * A review counts toward 好 when it proposes 好, or scores in the 好 band without a proposal; with
 * the second review step, a 分管领导's adjustment decides.
 */
export function proposesGood(r: Pick<Review, 'proposed' | 'score' | 'check'>, s: AppraisalSettings): boolean {
  if (s.reviewers.secondStep && r.check?.decision === 'adjust') return r.check.grade === 'good';
  return r.proposed === 'good' || (r.proposed === null && r.score !== null && r.score >= s.scoreBands.good);
}

function reviewRow(org: OrgData, period: Period, p: Participant, inputs: UnitInputs, superior: Set<string>): ReviewRow {
  const review = inputs.reviews.find((r) => r.personId === p.personId) ?? null;
  const reviewer = reviewerFor(org, p.personId, p.unitId, period.end);
  const checker = checkerFor(org, p.personId, p.unitId, period.end);
  const nameOf = (id: string) => org.people.find((x) => x.id === id)?.name ?? null;
  return {
    personId: p.personId,
    name: p.name,
    post: p.post,
    unitLabel: unitLabel(org.units, p.unitId),
    reviewerId: reviewer?.reviewerId ?? null,
    reviewerName: reviewer ? nameOf(reviewer.reviewerId) : null,
    relation: superior.has(p.personId) ? SUPERIOR_LABEL : (reviewer?.relation ?? null),
    undetermined: p.undetermined?.reason ?? null,
    superior: superior.has(p.personId),
    score: review?.score ?? null,
    proposed: review?.proposed ?? null,
    comment: review?.comment ?? null,
    checkerName: checker ? nameOf(checker.checkerId) : null,
    check: review?.check ?? null,
    records: inputs.workRecords.filter((r) => r.personId === p.personId).length,
    hasSummary: inputs.summaries.some((s) => s.personId === p.personId),
  };
}

/**
 * The live count the reviewer rates against: "好 名额 N，已提 M" in the bureau-wide pool (people
 * graded this period, 不确定等次 excluded), and how many of one unit's people are proposed 好.
 */
async function poolCount(ctx: ReadContext, period: Period, unitId: string): Promise<Omit<ReviewGrid, 'rows'>> {
  const org = ctx.view.org();
  const settings = org.settings.appraisal;
  const superior = superiorOf(org, period);
  // Who is graded, by unit, in one pass: a save asks this of a 5,000-person period every time.
  const gradedIn = new Map<string, Set<string>>();
  for (const p of period.participants)
    if (!p.undetermined && !superior.has(p.personId))
      (gradedIn.get(p.unitId) ?? gradedIn.set(p.unitId, new Set()).get(p.unitId)!).add(p.personId);
  let graded = 0;
  let proposedGood = 0;
  let unitProposedGood = 0;
  for (const [id, people] of gradedIn) {
    graded += people.size;
    let good = 0;
    for (const r of (await ctx.view.unit(period.id, id)).reviews) if (people.has(r.personId) && proposesGood(r, settings)) good++;
    proposedGood += good;
    if (id === unitId) unitProposedGood = good;
  }
  return { quota: { pool: '全局', graded, seats: goodSeats(graded, settings), proposedGood }, unitProposedGood };
}

/** The review grid of one unit, with its pool count. */
export async function reviewGrid(ctx: ReadContext, input: { periodId: string; unitId: string }): Promise<ReviewGrid> {
  const org = ctx.view.org();
  const period = await ctx.view.period(input.periodId);
  const inputs = await ctx.view.unit(period.id, input.unitId);
  const superior = superiorOf(org, period);
  const rows = period.participants.filter((p) => p.unitId === input.unitId).map((p) => reviewRow(org, period, p, inputs, superior));
  return { rows, ...(await poolCount(ctx, period, input.unitId)) };
}

/** Saves one 评鉴; answers the row and the pool count as they now stand, so the grid need not read the period again. */
export async function saveReview(
  ctx: ChangeContext,
  input: { periodId: string; personId: string; score: number | null; proposed: Grade | null; comment: string | null },
): Promise<ReviewSaved> {
  const org = ctx.view.org();
  const { period, name, unitId } = await inputsFor(ctx, input.periodId, input.personId, true);
  const p = period.participants.find((x) => x.personId === input.personId)!;
  if (p.undetermined && (input.score !== null || input.proposed !== null)) {
    throw rejected(`${name}本期为不确定等次（${p.undetermined.reason}），不评分、不提等次；如需评鉴，请先取消不确定等次。`);
  }
  if (superiorOf(org, period).has(input.personId)) throw rejected(`${name}${SUPERIOR_LABEL}，不在本局评鉴。`);
  const reviewer = reviewerFor(org, input.personId, p.unitId, period.end);
  const { before, dropped } = await ctx.tx.changeUnit(
    period.id,
    unitId,
    (d) => {
      const i = d.reviews.findIndex((r) => r.personId === input.personId);
      const old = i >= 0 ? d.reviews[i] : null;
      const review: Review = ReviewSchema.parse({
        personId: input.personId,
        reviewerId: reviewer?.reviewerId ?? null,
        score: input.score,
        proposed: input.proposed,
        comment: input.comment,
        check: keptCheck(old, input, undefined, null, ctx.tx.now),
        updatedAt: ctx.tx.now,
      });
      if (i >= 0) d.reviews[i] = review;
      else d.reviews.push(review);
      return {
        before: old ? { score: old.score, proposed: old.proposed, comment: old.comment } : null,
        dropped: old?.check != null && review.check === null,
      };
    },
    'lists',
  );
  const shown =
    [input.score !== null ? `${input.score} 分` : '', input.proposed ? `拟评“${GRADE_LABELS[input.proposed]}”` : '']
      .filter(Boolean)
      .join('，') || '仅评语';
  ctx.tx.audit({
    action: 'review.save',
    target: `${input.periodId}/${input.personId}`,
    summary: `${period.label} ${name} 主管领导评鉴：${shown}${dropped ? '（分数或等次有改动，原分管领导审核作废，须重新审核）' : ''}`,
    before,
    after: { score: input.score, proposed: input.proposed, comment: input.comment },
  });
  return savedRow(ctx, org, period, p, unitId);
}

const savedRow = async (ctx: ChangeContext, org: OrgData, period: Period, p: Participant, unitId: string): Promise<ReviewSaved> => ({
  row: reviewRow(org, period, p, await ctx.view.unit(period.id, unitId), superiorOf(org, period)),
  ...(await poolCount(ctx, period, unitId)),
});

const superiorOf = (org: OrgData, period: Period) => superiorAppraisedIds(org.roles, org.settings.appraisal.superiorAppraised, period);

/**
 * The 分管领导's 审核 of a 科室负责人's 评鉴 of an 一般工作人员 (second review step, DOMAIN.md §1):
 * agree, or adjust the grade with an opinion (the 审核评价意见 on the 登记表); null clears it.
 */
export async function checkReview(
  ctx: ChangeContext,
  input: { periodId: string; personId: string; decision: ReviewCheck['decision'] | null; grade: Grade | null; opinion: string | null },
): Promise<ReviewSaved> {
  const org = ctx.view.org();
  const { period, name, unitId, inputs } = await inputsFor(ctx, input.periodId, input.personId, true);
  const p = period.participants.find((x) => x.personId === input.personId)!;
  if (!org.settings.appraisal.reviewers.secondStep) throw rejected('考核设置中没有开启“一般工作人员的评鉴由分管领导审核”，不需要审核。');
  const checker = checkerFor(org, input.personId, p.unitId, period.end);
  if (!checker) throw rejected(`${name}的评鉴不由分管领导审核（不是科室负责人评鉴的一般工作人员，或没有登记分管该单位的领导）。`);
  const review = inputs.reviews.find((r) => r.personId === input.personId);
  if (input.decision !== null && (!review || (review.score === null && review.proposed === null)))
    throw rejected(`${name}还没有科室负责人的评鉴（分数或拟评等次），请先评鉴再审核。`);
  const reviewed = review?.proposed ?? (review?.score != null ? band(review.score, org.settings.appraisal.scoreBands) : null);
  const opinion = input.opinion?.trim() || null;
  let check: ReviewCheck | null = null;
  if (input.decision === 'adjust') {
    if (!input.grade) throw rejected('调整等次须选择调整后的等次。');
    if (input.grade === reviewed) throw rejected(`调整后的等次与评鉴的“${GRADE_LABELS[input.grade]}”相同，请选择“同意”。`);
    if (!opinion) throw rejected('调整等次须写明审核意见。');
    check = { checkerId: checker.checkerId, decision: 'adjust', grade: input.grade, opinion, at: ctx.tx.now };
  } else if (input.decision === 'agree') check = { checkerId: checker.checkerId, decision: 'agree', grade: null, opinion, at: ctx.tx.now };
  const before = review?.check ?? null;
  await ctx.tx.changeUnit(
    period.id,
    unitId,
    (d) => {
      const r = d.reviews.find((x) => x.personId === input.personId);
      if (r) r.check = check;
    },
    'lists',
  );
  ctx.tx.audit({
    action: 'review.check',
    target: `${input.periodId}/${input.personId}`,
    summary: `${period.label} ${name} 分管领导审核：${check ? checkText(check) : '撤销审核'}`,
    before,
    after: check,
  });
  return savedRow(ctx, org, period, p, unitId);
}
