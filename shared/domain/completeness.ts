import type { Participant, Period, PeriodState } from './period';
import type { UnitInputs } from './period-inputs';
import { reviewKeys, slotKey } from './review-keys';
import { daysUntil, type Deadlines } from './deadlines';

/** Someone whose material is missing, and how much of it. */
export interface Gap {
  personId: string;
  name: string;
  unitId: string;
  /** Weeks (months) without a 工作纪实, for record gaps. */
  missing?: number;
}

/** A gap as the clerk reads it: the name, with the weeks (months) missing for a 纪实 gap. */
export function gapName(g: Gap, cadence: Deadlines['recordCadence']): string {
  return g.missing ? `${g.name}（缺${g.missing}${cadence === 'week' ? '周' : '个月'}）` : g.name;
}

/** How far one unit's people are with the period's material (issue 15: the 待办 page). */
export interface UnitProgress {
  unitId: string;
  /** Participants appraised in this unit this period (not 不确定等次). */
  people: number;
  /** Weeks (or months) of the period already over, each of which should have a 工作纪实. */
  recordSlots: number;
  /** People with a 工作纪实 in every slot that is over. */
  recordsComplete: number;
  recordGaps: Gap[];
  summaries: number;
  summaryGaps: Gap[];
  /** People who need a 主管领导评鉴 (not those appraised by the superior organisation). */
  reviewsNeeded: number;
  reviews: number;
  reviewGaps: Gap[];
}

export interface ProgressInput {
  period: Pick<Period, 'start' | 'end' | 'participants'>;
  /** The period's unit files (a unit without one has no material yet). */
  inputs: readonly UnitInputs[];
  today: string;
  cadence: Deadlines['recordCadence'];
  /** False for people appraised by the superior organisation (由上级党组织考核): no 评鉴 needed. */
  needsReview: (p: Participant) => boolean;
}

/** The weeks (months) of a period whose last day is before today: the ones a 工作纪实 is due for. */
export function dueSlots(period: { start: string; end: string }, today: string, cadence: Deadlines['recordCadence']): string[] {
  return reviewKeys(period)
    .filter((k) => k.cadence === cadence && k.to < today)
    .map((k) => k.key);
}

/** What one participant has handed in: the unit of account for the 待办 page and the step checks. */
export interface PersonMaterial {
  personId: string;
  name: string;
  unitId: string;
  /** 不确定等次 this period: nothing is asked of them. */
  undetermined: boolean;
  /** False for people appraised by the superior organisation (由上级党组织考核): no 评鉴 asked. */
  needsReview: boolean;
  /** Due weeks (months) with at least one 工作纪实. */
  slotsCovered: number;
  hasSummary: boolean;
  hasReview: boolean;
}

/** Each unit's progress from its people's material, `slots` weeks (months) being due; units in the order they first appear. */
export function progressOf(people: readonly PersonMaterial[], slots: number): UnitProgress[] {
  const out = new Map<string, UnitProgress>();
  for (const p of people) {
    if (p.undetermined) continue;
    const unit = out.get(p.unitId) ?? {
      unitId: p.unitId,
      people: 0,
      recordSlots: slots,
      recordsComplete: 0,
      recordGaps: [],
      summaries: 0,
      summaryGaps: [],
      reviewsNeeded: 0,
      reviews: 0,
      reviewGaps: [],
    };
    out.set(p.unitId, unit);
    const gap: Gap = { personId: p.personId, name: p.name, unitId: p.unitId };
    unit.people++;
    if (p.slotsCovered >= slots) unit.recordsComplete++;
    else unit.recordGaps.push({ ...gap, missing: slots - p.slotsCovered });
    if (p.hasSummary) unit.summaries++;
    else unit.summaryGaps.push(gap);
    if (!p.needsReview) continue;
    unit.reviewsNeeded++;
    if (p.hasReview) unit.reviews++;
    else unit.reviewGaps.push(gap);
  }
  return [...out.values()];
}

/** Each unit's progress from the period's unit files: a week counts when any entry falls in it. */
export function unitProgress({ period, inputs, today, cadence, needsReview }: ProgressInput): UnitProgress[] {
  const slots = dueSlots(period, today, cadence);
  const byUnit = new Map(inputs.map((u) => [u.unitId, u]));
  const people = period.participants.map((p): PersonMaterial => {
    const files = byUnit.get(p.unitId);
    const covered = new Set((files?.workRecords ?? []).filter((r) => r.personId === p.personId).map((r) => slotKey(r.date, cadence)));
    const summary = files?.summaries.find((s) => s.personId === p.personId);
    const review = files?.reviews.find((r) => r.personId === p.personId);
    return {
      personId: p.personId,
      name: p.name,
      unitId: p.unitId,
      undetermined: p.undetermined !== null,
      needsReview: needsReview(p),
      slotsCovered: slots.filter((s) => covered.has(s)).length,
      hasSummary: Boolean(summary?.text.trim()),
      hasReview: Boolean(review && (review.score !== null || review.proposed !== null)),
    };
  });
  return progressOf(people, slots.length);
}

/** One thing missing before a step, as the clerk is told it: what, how many, and who. */
export interface StepGap {
  key: 'records' | 'summaries' | 'reviews' | 'ties' | 'accountability' | 'publicity';
  text: string;
  count: number;
  names: string[];
}

export interface StepContext {
  progress: readonly UnitProgress[];
  /** Pools whose tie at the cut is not decided. */
  ties: number;
  /** Names of accountability results not yet confirmed. */
  unconfirmed: readonly string[];
  /** Last day of the 公示期, once it started. */
  publicityEnd: string | null;
  today: string;
  cadence: Deadlines['recordCadence'];
}

const all = <K extends 'recordGaps' | 'summaryGaps' | 'reviewGaps'>(progress: readonly UnitProgress[], key: K): Gap[] =>
  progress.flatMap((u) => u[key]);

/**
 * What is missing before moving a period into `to` (issue 15): the clerk is shown these, with
 * names, and may go on only with a written reason — except where the service itself refuses
 * (公示 with open ties or unconfirmed results; those are listed so the clerk sees why).
 */
export function gapsBefore(to: PeriodState, c: StepContext): StepGap[] {
  const gaps: StepGap[] = [];
  const unit = c.cadence === 'week' ? '周' : '个月';
  const add = (key: StepGap['key'], text: string, people: Gap[]) => {
    if (people.length) gaps.push({ key, text, count: people.length, names: people.map((p) => gapName(p, c.cadence)) });
  };
  if (to === 'reviewing') {
    add('records', `${all(c.progress, 'recordGaps').length} 人的工作纪实不全（每${unit}至少一条）`, all(c.progress, 'recordGaps'));
    add('summaries', `${all(c.progress, 'summaryGaps').length} 人还没有个人小结`, all(c.progress, 'summaryGaps'));
  }
  if (to === 'grading' || to === 'publicity') {
    add('reviews', `${all(c.progress, 'reviewGaps').length} 人还没有主管领导评鉴`, all(c.progress, 'reviewGaps'));
  }
  if (to === 'publicity') {
    if (c.ties) gaps.push({ key: 'ties', text: `${c.ties} 个名额池的同分待决定`, count: c.ties, names: [] });
    if (c.unconfirmed.length)
      gaps.push({
        key: 'accountability',
        text: `${c.unconfirmed.length} 个管理责任结果未确认`,
        count: c.unconfirmed.length,
        names: [...c.unconfirmed],
      });
  }
  if (to === 'archived' && c.publicityEnd && c.today <= c.publicityEnd) {
    const left = daysUntil(c.today, c.publicityEnd) + 1;
    gaps.push({
      key: 'publicity',
      text: `公示期到 ${c.publicityEnd.replaceAll('-', '.')} 才结束，还有 ${left} 天`,
      count: left,
      names: [],
    });
  }
  return gaps;
}
