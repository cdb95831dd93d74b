import { unitLabel, unitsInTreeOrder } from '../../../shared/domain/unit';
import type { GradeOrUndetermined } from '../../../shared/grading/types';
import type { ReadContext } from '../context';

type Counts = Record<GradeOrUndetermined, number>;
const empty = (): Counts => ({ good: 0, fair: 0, average: 0, poor: 0, undetermined: 0 });

/**
 * Figures for the charts: the grade distribution of every graded period (the trend) with its quota
 * use, and for one period the distribution per unit.
 */
export async function gradeStatistics(ctx: ReadContext, input: { periodId?: string }) {
  const org = ctx.view.org();
  const trend = [];
  for (const summary of ctx.view.periods()) {
    const result = (await ctx.view.period(summary.id)).grading.result;
    if (!result) continue;
    const counts = empty();
    for (const o of result.outcomes) if (o.grade) counts[o.grade]++;
    trend.push({
      periodId: summary.id,
      label: summary.label,
      counts,
      seats: result.pools.reduce((n, p) => n + p.seats, 0),
      used: result.pools.reduce((n, p) => n + p.used, 0),
    });
  }
  // By default the latest period in which anybody was graded (an untouched new period shows nothing).
  const graded = trend.filter((t) => t.counts.good + t.counts.fair + t.counts.average + t.counts.poor > 0);
  const chosen = input.periodId ?? graded.at(-1)?.periodId ?? trend.at(-1)?.periodId;
  const byUnit: { unitId: string; unitLabel: string; counts: Counts }[] = [];
  if (chosen) {
    const result = (await ctx.view.period(chosen)).grading.result;
    const order = new Map(unitsInTreeOrder(org.units).map((u, i) => [u.id, i]));
    const map = new Map<string, Counts>();
    for (const o of result?.outcomes ?? []) {
      const c = map.get(o.unitId) ?? empty();
      if (o.grade) c[o.grade]++;
      map.set(o.unitId, c);
    }
    for (const [unitId, counts] of [...map].sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0)))
      byUnit.push({ unitId, unitLabel: unitLabel(org.units, unitId), counts });
  }
  return { periodId: chosen ?? null, trend, byUnit };
}
