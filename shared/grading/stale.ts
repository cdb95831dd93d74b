import { digest } from '../text/digest';
import type { EarlierPeriod, GradingInput, Outcome } from './types';

/** An earlier period's grades as a result used them: which period, and a digest of who had which grade where. */
export interface GradingBasis {
  periodId: string;
  label: string;
  digest: string;
}

/** The digest of the grades the accountability rule reads (before the rule and the quota), in any order of people. */
export function outcomesDigest(outcomes: readonly Pick<Outcome, 'personId' | 'unitId' | 'gradeBeforeAccountability'>[]): string {
  const rows = outcomes.map((o) => `${o.personId}\t${o.unitId}\t${o.gradeBeforeAccountability ?? '-'}`).sort();
  return digest(rows.join('\n'));
}

/** What a result keeps of the earlier periods it was computed on (the window, newest first). */
export function basisOf(input: Pick<GradingInput, 'earlier' | 'settings'>): GradingBasis[] {
  return input.earlier
    .slice(0, input.settings.accountabilityWindow - 1)
    .map((e: EarlierPeriod) => ({ periodId: e.period.id, label: e.period.label, digest: outcomesDigest(e.outcomes) }));
}

/** An earlier period in the window as it stands now. */
export interface EarlierNow {
  periodId: string;
  label: string;
  /** Whether it can be re-graded as it is (in 评定). */
  gradable: boolean;
  /** Digest of its stored result, null when it has none (the later period then computes its grades on the fly). */
  stored: string | null;
  /** Digest of its grades worked out again from its inputs as they are now. */
  fresh: string;
}

export interface StaleWarning {
  periodId: string;
  label: string;
  kind: 'regraded' | 'inputsChanged';
  message: string;
}

/**
 * Stale inputs (issue 16 §3): a period graded on the stored grades of an earlier period which
 * has since been re-graded with other grades, or reopened and changed but not re-graded. Each
 * warning names the earlier period and what to do; `order` lists the periods to re-grade, oldest
 * first (an earlier period not in 评定 must be moved back first, its warning says so). A result
 * kept before its basis was recorded is only checked for changed inputs.
 */
export function staleInputs(
  period: { id: string; label: string },
  basis: readonly GradingBasis[] | undefined,
  earlierNow: readonly EarlierNow[],
): { warnings: StaleWarning[]; order: string[] } {
  const warnings: StaleWarning[] = [];
  const order: string[] = [];
  const used = new Map((basis ?? []).map((b) => [b.periodId, b.digest]));
  for (const e of [...earlierNow].reverse()) {
    const now = e.stored ?? e.fresh;
    if (e.stored !== null && e.fresh !== e.stored) {
      warnings.push({
        periodId: e.periodId,
        label: e.label,
        kind: 'inputsChanged',
        message: `${e.label}评定后，其评鉴、考核名单或表现记录有改动，但还没有重新评定；${period.label}的评定用的是它改动前的等次。${
          e.gradable ? `请按顺序重新评定${e.label}和${period.label}。` : `请先将${e.label}退回“评定”并重新评定，再重新评定${period.label}。`
        }`,
      });
      if (e.gradable) order.push(e.periodId);
    } else if (basis && used.get(e.periodId) !== now) {
      warnings.push({
        periodId: e.periodId,
        label: e.label,
        kind: 'regraded',
        message: !used.has(e.periodId)
          ? `${period.label}评定时没有用到${e.label}的等次（它当时还没有建立或不在所看的周期内），请重新评定${period.label}。`
          : e.stored === null
            ? `${e.label}还没有评定结果，${period.label}评定时按它当时的材料推算了等次；此后它的材料有改动，请重新评定${period.label}。`
            : `${period.label}评定后，${e.label}重新评定过，等次有变化；${period.label}的管理责任规则用的是它此前的等次，请重新评定${period.label}。`,
      });
    }
  }
  if (warnings.length) order.push(period.id);
  return { warnings, order };
}
