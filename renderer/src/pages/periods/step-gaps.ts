import type { ParticipantRow, PeriodDetail } from '@shared/api/appraisal-schemas';
import { dueSlots, gapsBefore, progressOf, type PersonMaterial, type StepGap } from '@shared/domain/completeness';
import { publicityEnds, type Deadlines } from '@shared/domain/deadlines';
import type { PeriodState } from '@shared/domain/period';
import { publicityStart } from '@shared/domain/todo';

/** 党组主要负责人 are appraised by the superior organisation (DOMAIN.md §1): no 评鉴 is asked of them here. */
export function superiorAppraised(roles: readonly { personId: string; kind: string; current: boolean }[]): Set<string> {
  return new Set(roles.filter((r) => r.current && r.kind === 'principal').map((r) => r.personId));
}

/** What the 考核名单 says each person has handed in (entries count against the weeks due). */
export function materialOf(participants: readonly ParticipantRow[], slots: number, bySuperior: ReadonlySet<string>): PersonMaterial[] {
  return participants.map((p) => ({
    personId: p.personId,
    name: p.name,
    unitId: p.unitId,
    undetermined: p.undetermined !== null,
    needsReview: !bySuperior.has(p.personId),
    slotsCovered: Math.min(p.records, slots),
    hasSummary: p.hasSummary,
    hasReview: p.hasReview,
  }));
}

/** The gaps before moving `detail`'s period into `to`, as the clerk is shown them. */
export function stepGaps(
  detail: PeriodDetail,
  to: PeriodState,
  ctx: { today: string; deadlines: Deadlines; bySuperior: ReadonlySet<string>; ties: number; unconfirmed: string[] },
): StepGap[] {
  const slots = dueSlots(detail.period, ctx.today, ctx.deadlines.recordCadence).length;
  const started = publicityStart({ history: detail.history });
  return gapsBefore(to, {
    progress: progressOf(materialOf(detail.participants, slots, ctx.bySuperior), slots),
    ties: ctx.ties,
    unconfirmed: ctx.unconfirmed,
    publicityEnd: started ? publicityEnds(started, ctx.deadlines) : null,
    today: ctx.today,
    cadence: ctx.deadlines.recordCadence,
  });
}
