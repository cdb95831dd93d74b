import type { OrgData } from '../../../shared/domain/org';
import type { Period } from '../../../shared/domain/period';
import type { Outcome } from '../../../shared/grading/types';
import { rejected } from '../app-error';
import type { ReadContext } from '../context';
import { inFormOrder } from './form-scope';

/**
 * A period's stored grading result as the forms list it (see inFormOrder). The forms print what
 * was decided and published; they never re-run the grading.
 */
export async function gradedPeriod(
  ctx: ReadContext,
  periodId: string,
  unitId?: string,
): Promise<{ org: OrgData; period: Period; outcomes: Outcome[] }> {
  const org = ctx.view.org();
  const period = await ctx.view.period(periodId);
  const result = period.grading.result;
  if (!result) throw rejected(`${period.label}还没有评定结果，请先在“等次评定”中运行评定。`);
  return { org, period, outcomes: inFormOrder(org, result.outcomes, { unitId }, (o) => o) };
}
