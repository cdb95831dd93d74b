import type { GradingView, ParticipantRow, PeriodDetail } from '@shared/api/appraisal-schemas';
import { dueSlots, gapsBefore, progressOf, type PersonMaterial, type StepGap } from '@shared/domain/completeness';
import { publicityEnds, type Deadlines } from '@shared/domain/deadlines';
import type { PeriodState } from '@shared/domain/period';
import { publicityStart } from '@shared/domain/todo';

/**
 * The names of the accountability results that still hold up 公示: each result is confirmed as it
 * stands (by its fingerprint), and a recommendation to the superior organisation never holds it up
 * (the service leaves those out of `unconfirmed`).
 */
export function unconfirmedNames(view: Pick<GradingView, 'accountability' | 'unconfirmed'> | null | undefined): string[] {
  return view ? view.accountability.filter((a) => view.unconfirmed.includes(a.fingerprint)).map((a) => a.name) : [];
}

/**
 * What the 考核名单 says each person has handed in (entries count against the weeks due). Those
 * 由上级党组织考核 (as the service marks them: 党组主要负责人 in the period, or named in 考核设置) need no 评鉴.
 */
export function materialOf(participants: readonly ParticipantRow[], slots: number): PersonMaterial[] {
  return participants.map((p) => ({
    personId: p.personId,
    name: p.name,
    unitId: p.unitId,
    undetermined: p.undetermined !== null,
    needsReview: !p.superior,
    slotsCovered: Math.min(p.records, slots),
    hasSummary: p.hasSummary,
    hasReview: p.hasReview,
  }));
}

/** The gaps before moving `detail`'s period into `to`, as the clerk is shown them. */
export function stepGaps(
  detail: PeriodDetail,
  to: PeriodState,
  ctx: { today: string; deadlines: Deadlines; ties: number; unconfirmed: string[] },
): StepGap[] {
  const slots = dueSlots(detail.period, ctx.today, ctx.deadlines.recordCadence).length;
  const started = publicityStart({ history: detail.history });
  return gapsBefore(to, {
    progress: progressOf(materialOf(detail.participants, slots), slots),
    ties: ctx.ties,
    unconfirmed: ctx.unconfirmed,
    publicityEnd: started ? publicityEnds(started, ctx.deadlines) : null,
    today: ctx.today,
    cadence: ctx.deadlines.recordCadence,
  });
}
