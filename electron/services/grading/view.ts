import type { GradingView } from '../../../shared/api/appraisal-schemas';
import { maskedReason } from '../../../shared/domain/incident';
import type { Period } from '../../../shared/domain/period';
import { unconfirmed } from '../../../shared/grading/confirmations';
import type { ReadContext } from '../context';
import { staleCheck } from './stale-check';

/**
 * What every grading channel answers: the period's result with its confirmations, the results
 * still holding up 公示, what changed since it ran, and the earlier periods changed under it. The
 * 事由 of the events behind a result are masked, as in the 表现记录 list, for every user and
 * transport (the CLI's --json too); incidents:revealReason shows one and logs it.
 */
export async function gradingView(ctx: ReadContext, period: Period, moved: GradingView['moved'] = []): Promise<GradingView> {
  const record = period.grading;
  const result = record.result;
  const accountability = (result?.accountability ?? []).map((a) => {
    const confirmation = record.confirmations.find((c) => c.fingerprint !== '' && c.fingerprint === a.fingerprint) ?? null;
    return {
      ...a,
      incidents: a.incidents.map((i) => ({ ...i, reason: maskedReason(i.reason), reasonMasked: true })),
      confirmation,
      superseded: !confirmation && record.confirmations.some((c) => c.personId === a.personId && c.role === a.role),
    };
  });
  return {
    periodId: period.id,
    state: period.state,
    ranAt: result?.ranAt ?? null,
    reading: (result?.settings ?? ctx.view.org().settings.appraisal).accountabilityReading,
    outcomes: result?.outcomes ?? [],
    pools: result?.pools ?? [],
    accountability,
    openDecisions: result?.openDecisions ?? [],
    unconfirmed: unconfirmed(accountability, record.confirmations).map((a) => a.fingerprint),
    stale: await staleCheck(ctx, period),
    overrides: record.overrides,
    moved,
  };
}
