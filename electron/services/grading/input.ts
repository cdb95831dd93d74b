import type { PeriodSummary } from '../../../shared/api/appraisal-schemas';
import type { Period } from '../../../shared/domain/period';
import { checkerFor } from '../../../shared/domain/reviewer';
import { gradePeriod } from '../../../shared/grading/engine';
import type { AppraisalSettings } from '../../../shared/grading/settings';
import type { EarlierPeriod, GradingInput } from '../../../shared/grading/types';
import type { ReadContext } from '../context';

/** The engine's input for a period as it stands (also used by the benchmark). */
export async function gradingInput(ctx: ReadContext, periodId: string): Promise<GradingInput> {
  return inputFor(ctx, await ctx.view.period(periodId), true);
}

/** The earlier periods of the same kind the accountability window reaches back to, newest first. */
export function windowBefore(ctx: ReadContext, period: Pick<Period, 'kind' | 'start'>, settings: AppraisalSettings): PeriodSummary[] {
  const n = settings.accountabilityWindow - 1;
  if (n <= 0) return [];
  return ctx.view
    .periods()
    .filter((p) => p.kind === period.kind && p.end < period.start)
    .slice(-n)
    .reverse();
}

/**
 * Everything the engine needs about one period, read from the stores; `settings` when it is
 * worked out again under the settings it was graded with. Each 评鉴 carries its 审核, and
 * whether it waits for one (the second review step).
 */
export async function inputFor(
  ctx: ReadContext,
  period: Period,
  withEarlier: boolean,
  settings: AppraisalSettings = ctx.view.org().settings.appraisal,
): Promise<GradingInput> {
  const org = ctx.view.org();
  const reviews = [];
  for (const unitId of new Set(period.participants.map((p) => p.unitId))) reviews.push(...(await ctx.view.unit(period.id, unitId)).reviews);
  const unitOf = new Map(period.participants.map((p) => [p.personId, p.unitId]));
  const secondStep = settings.reviewers.secondStep;
  const earlier: EarlierPeriod[] = [];
  if (withEarlier)
    for (const summary of windowBefore(ctx, period, settings)) earlier.push(await earlierOutcomes(ctx, await ctx.view.period(summary.id)));
  return {
    period: { id: period.id, label: period.label, start: period.start, end: period.end },
    participants: period.participants,
    reviews: reviews.map((r) => ({
      personId: r.personId,
      score: r.score,
      proposed: r.proposed,
      check: r.check,
      needsCheck: secondStep && checkerFor(org, r.personId, unitOf.get(r.personId) ?? '', period.end) !== null,
    })),
    incidents: ctx.view.incidents(),
    roles: org.roles,
    units: org.units,
    settings,
    earlier,
  };
}

/** An earlier period's grades before the accountability rule: its stored result, or worked out now. */
export async function earlierOutcomes(ctx: ReadContext, period: Period): Promise<EarlierPeriod> {
  const stored = period.grading.result;
  return { period: periodOf(period), outcomes: stored ? stored.outcomes : await freshOutcomes(ctx, period) };
}

/**
 * A period's grades before the accountability rule worked out again from its inputs as they are
 * now, under the settings it was graded with (the rule and the quota do not change them).
 */
export async function freshOutcomes(ctx: ReadContext, period: Period) {
  return gradePeriod(await inputFor(ctx, period, false, period.grading.result?.settings)).outcomes;
}

export const periodOf = (p: Pick<Period, 'id' | 'label' | 'start' | 'end'>) => ({ id: p.id, label: p.label, start: p.start, end: p.end });
