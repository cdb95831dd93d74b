import type { ReviewGrid, ReviewRow, ReviewSaved } from '../../../shared/api/appraisal-schemas';
import { GRADE_LABELS, type Grade } from '../../../shared/domain/grade';
import type { OrgData } from '../../../shared/domain/org';
import type { Participant, Period } from '../../../shared/domain/period';
import { ReviewSchema, type Review, type UnitInputs } from '../../../shared/domain/period-inputs';
import { reviewerFor } from '../../../shared/domain/reviewer';
import { unitLabel } from '../../../shared/domain/unit';
import { goodSeats, type AppraisalSettings } from '../../../shared/grading/settings';
import { rejected } from '../app-error';
import type { ChangeContext, ReadContext } from '../context';
import { inputsFor } from './inputs';

/** A review counts toward 好 when it proposes 好, or scores in the 好 band without a proposal. */
export function proposesGood(r: Pick<Review, 'proposed' | 'score'>, s: AppraisalSettings): boolean {
  return r.proposed === 'good' || (r.proposed === null && r.score !== null && r.score >= s.scoreBands.good);
}

function reviewRow(org: OrgData, period: Period, p: Participant, inputs: UnitInputs): ReviewRow {
  const review = inputs.reviews.find((r) => r.personId === p.personId) ?? null;
  const reviewer = reviewerFor(org, p.personId, p.unitId, period.end);
  return {
    personId: p.personId,
    name: p.name,
    post: p.post,
    unitLabel: unitLabel(org.units, p.unitId),
    reviewerId: reviewer?.reviewerId ?? null,
    reviewerName: reviewer ? (org.people.find((x) => x.id === reviewer.reviewerId)?.name ?? null) : null,
    relation: reviewer?.relation ?? null,
    undetermined: p.undetermined?.reason ?? null,
    score: review?.score ?? null,
    proposed: review?.proposed ?? null,
    comment: review?.comment ?? null,
    records: inputs.workRecords.filter((r) => r.personId === p.personId).length,
    hasSummary: inputs.summaries.some((s) => s.personId === p.personId),
  };
}

/**
 * The live count the reviewer rates against: "好 名额 N，已提 M" in the bureau-wide pool (people
 * graded this period, 不确定等次 excluded), and how many of one unit's people are proposed 好.
 */
async function poolCount(ctx: ReadContext, period: Period, unitId: string): Promise<Omit<ReviewGrid, 'rows'>> {
  const settings = ctx.view.org().settings.appraisal;
  // Who is graded, by unit, in one pass: a save asks this of a 5,000-person period every time.
  const gradedIn = new Map<string, Set<string>>();
  for (const p of period.participants)
    if (!p.undetermined) (gradedIn.get(p.unitId) ?? gradedIn.set(p.unitId, new Set()).get(p.unitId)!).add(p.personId);
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
  const rows = period.participants.filter((p) => p.unitId === input.unitId).map((p) => reviewRow(org, period, p, inputs));
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
  const reviewer = reviewerFor(org, input.personId, p.unitId, period.end);
  const review: Review = ReviewSchema.parse({
    personId: input.personId,
    reviewerId: reviewer?.reviewerId ?? null,
    score: input.score,
    proposed: input.proposed,
    comment: input.comment,
    updatedAt: ctx.tx.now,
  });
  const before = await ctx.tx.changeUnit(
    period.id,
    unitId,
    (d) => {
      const i = d.reviews.findIndex((r) => r.personId === input.personId);
      const old = i >= 0 ? { score: d.reviews[i].score, proposed: d.reviews[i].proposed, comment: d.reviews[i].comment } : null;
      if (i >= 0) d.reviews[i] = review;
      else d.reviews.push(review);
      return old;
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
    summary: `${period.label} ${name} 主管领导评鉴：${shown}`,
    before,
    after: { score: input.score, proposed: input.proposed, comment: input.comment },
  });
  return { row: reviewRow(org, period, p, await ctx.view.unit(period.id, unitId)), ...(await poolCount(ctx, period, unitId)) };
}
