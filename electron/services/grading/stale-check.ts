import type { Period } from '../../../shared/domain/period';
import { outcomesDigest, staleInputs, type EarlierNow, type StaleWarning } from '../../../shared/grading/stale';
import type { ReadContext } from '../context';
import { freshOutcomes, windowBefore } from './input';

/**
 * Whether a graded period's result still rests on its earlier periods as they are (issue 16 §3):
 * each earlier period in the window, its stored grades against what this result used, and its
 * grades worked out again from its inputs now. Nothing to say before the period is graded.
 */
export async function staleCheck(ctx: ReadContext, period: Period): Promise<{ warnings: StaleWarning[]; order: string[] }> {
  const result = period.grading.result;
  if (!result) return { warnings: [], order: [] };
  const now: EarlierNow[] = [];
  for (const summary of windowBefore(ctx, period, result.settings ?? ctx.view.org().settings.appraisal)) {
    const e = await ctx.view.period(summary.id);
    now.push({
      periodId: e.id,
      label: e.label,
      gradable: e.state === 'grading',
      stored: e.grading.result ? outcomesDigest(e.grading.result.outcomes) : null,
      fresh: outcomesDigest(await freshOutcomes(ctx, e)),
    });
  }
  return staleInputs(period, result.basis, now);
}
