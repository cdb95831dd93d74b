import type { OrgData } from '../../../shared/domain/org';
import type { Period } from '../../../shared/domain/period';
import { unitSubtree, unitsInTreeOrder } from '../../../shared/domain/unit';
import type { Outcome } from '../../../shared/grading/types';
import { sortByStroke } from '../../../shared/text/stroke-order';
import { notFound, rejected } from '../app-error';
import type { DeskContext } from '../context';
import { requireOrg, requirePeriods } from '../store/data-folder';

/**
 * A period's stored grading result as the forms list it: by unit in tree order, 姓氏笔画 inside
 * each unit, only the unit's subtree when one is given. The forms print what was decided and
 * published; they never re-run the grading.
 */
export async function gradedPeriod(ctx: DeskContext, periodId: string, unitId?: string): Promise<{ org: OrgData; period: Period; outcomes: Outcome[] }> {
  const org = requireOrg(ctx.folder).data;
  const period = (await requirePeriods(ctx.folder).period(periodId)).data;
  const result = period.grading.result;
  if (!result) throw rejected(`${period.label}还没有评定结果，请先在“等次评定”中运行评定。`);
  // A unit closed since the period still has its people in it: look it up among all units.
  if (unitId && !org.units.some((u) => u.id === unitId)) throw notFound('该单位');
  const scope = unitId ? unitSubtree(org.units, unitId) : null;
  const order = new Map(unitsInTreeOrder(org.units).map((u, i) => [u.id, i]));
  const outcomes = sortByStroke(
    result.outcomes.filter((o) => !scope || scope.has(o.unitId)),
    (o) => o.name,
  ).sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
  return { org, period, outcomes };
}
