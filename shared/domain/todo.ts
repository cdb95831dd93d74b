import type { Incident } from './incident';
import { ACCOUNTABILITY_KINDS } from './incident';
import type { Period } from './period';
import { PERIOD_STATE_LABELS } from './period';
import type { UnitProgress } from './completeness';
import { daysUntil, publicityEnds, reviewsDue, type Deadlines } from './deadlines';

/** Where a line of the 待办 page takes the clerk. */
export type TodoTarget = 'records' | 'summary' | 'reviews' | 'participants' | 'grading' | 'incidents' | 'period';

export interface TodoLine {
  key: string;
  /** todo: must be done for this step; info: worth a look; done: nothing left. */
  level: 'todo' | 'info' | 'done';
  text: string;
  target: TodoTarget;
  unitId?: string;
}

/** done of `of` people; null when the step does not ask for it now. */
export type Count = { done: number; of: number } | null;

/** One unit's row of the 待办 table: each count opens the screen for that unit. */
export interface UnitTodo {
  unitId: string;
  label: string;
  people: number;
  records: Count;
  summaries: Count;
  reviews: Count;
  /** Something is still missing in this unit. */
  open: boolean;
}

export interface TodoSummary {
  periodId: string;
  label: string;
  stateLabel: string;
  /** What is due next and when (null once archived). */
  due: { what: string; date: string; days: number } | null;
  /** Per unit, those with something missing first. */
  units: UnitTodo[];
  /** Matters of the whole period: ties, results to confirm, 容错, the 公示期. */
  lines: TodoLine[];
}

export interface TodoInput {
  period: Pick<Period, 'id' | 'label' | 'state' | 'start' | 'end' | 'history'>;
  progress: readonly UnitProgress[];
  unitLabel: (unitId: string) => string;
  deadlines: Deadlines;
  today: string;
  /** Negative records of the period that the accountability rule reads and no 容错 decision covers. */
  awaitingTolerance: number;
  ties: number;
  unconfirmed: readonly string[];
}

/** Negative records of the kinds the accountability rule reads, dated in the period, with no 容错 decision. */
export function awaitingTolerance<T extends Pick<Incident, 'date'> & { kind: string; tolerance: unknown }>(
  incidents: readonly T[],
  period: { start: string; end: string },
): T[] {
  return incidents.filter(
    (i) => (ACCOUNTABILITY_KINDS as readonly string[]).includes(i.kind) && !i.tolerance && i.date >= period.start && i.date <= period.end,
  );
}

/** The day the period went into 公示 (its last move there). */
export function publicityStart(period: Pick<Period, 'history'>): string | null {
  const moved = period.history.filter((h) => h.to === 'publicity').at(-1);
  return moved ? moved.at.slice(0, 10) : null;
}

/** The 待办 page of one period: its deadline and, per unit, what is still missing — each line one click from its screen. */
export function todoSummary(input: TodoInput): TodoSummary {
  const { period, progress, unitLabel, deadlines, today } = input;
  const lines: TodoLine[] = [];
  const state = period.state;
  const unitWord = deadlines.recordCadence === 'week' ? '每周' : '每月';
  const due = (what: string, date: string) => ({ what, date, days: daysUntil(today, date) });

  let next: TodoSummary['due'] = null;
  if (state === 'recording') next = due(`工作纪实（${unitWord}至少一条）、个人小结，本期截止`, period.end);
  if (state === 'reviewing' || state === 'grading') next = due('主管领导评鉴', reviewsDue(period, deadlines));
  const started = publicityStart(period);
  if (state === 'publicity' && started) next = due('公示期结束，之后可归档', publicityEnds(started, deadlines));

  const inputsOpen = state === 'recording' || state === 'reviewing' || state === 'grading';
  const asksRecords = state === 'recording' || state === 'reviewing';
  const asksReviews = state === 'reviewing' || state === 'grading';
  const units: UnitTodo[] = progress.map((u) => {
    const records = asksRecords ? { done: u.recordsComplete, of: u.people } : null;
    const summaries = asksRecords ? { done: u.summaries, of: u.people } : null;
    const reviews = asksReviews && u.reviewsNeeded > 0 ? { done: u.reviews, of: u.reviewsNeeded } : null;
    const open = [records, summaries, reviews].some((c) => c !== null && c.done < c.of);
    return { unitId: u.unitId, label: unitLabel(u.unitId), people: u.people, records, summaries, reviews, open };
  });
  units.sort((a, b) => Number(b.open) - Number(a.open));
  if (input.awaitingTolerance > 0 && inputsOpen)
    lines.push({
      key: 'tolerance',
      level: 'info',
      text: `本期有 ${input.awaitingTolerance} 条负面事项未作容错认定：需要容错的，请在评定前登记`,
      target: 'incidents',
    });
  if (state === 'grading') {
    if (input.ties) lines.push({ key: 'ties', level: 'todo', text: `${input.ties} 个名额池的同分待决定`, target: 'grading' });
    if (input.unconfirmed.length)
      lines.push({
        key: 'accountability',
        level: 'todo',
        text: `管理责任结果待确认：${input.unconfirmed.join('、')}`,
        target: 'grading',
      });
  }
  if (state === 'publicity' && next)
    lines.push({
      key: 'publicity',
      level: next.days >= 0 ? 'info' : 'todo',
      text: next.days >= 0 ? `公示中，还有 ${next.days + 1} 天期满；期满无异议后归档` : '公示期已满，可以归档',
      target: 'period',
    });
  const rank = { todo: 0, info: 1, done: 2 } as const;
  lines.sort((a, b) => rank[a.level] - rank[b.level]);
  return {
    periodId: period.id,
    label: period.label,
    stateLabel: PERIOD_STATE_LABELS[state],
    due: next,
    units: inputsOpen ? units : [],
    lines,
  };
}
