import type { Incident } from './incident';
import { ACCOUNTABILITY_KINDS } from './incident';
import type { Period, PeriodState } from './period';
import { PERIOD_STATE_LABELS } from './period';
import { gapName, type UnitProgress } from './completeness';
import { daysUntil, publicityEnds, reviewsDue, type Deadlines } from './deadlines';

export const TODO_TARGETS = ['records', 'summary', 'reviews', 'participants', 'grading', 'incidents', 'period', 'periods'] as const;
/** Where a line of the 待办 page takes the clerk ('periods': the list, to open the next period). */
export type TodoTarget = (typeof TODO_TARGETS)[number];

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
  /** Negative records of this unit's people that no 容错 decision covers yet (while inputs are open). */
  tolerance: number;
  /** Who is missing what — 纪实 with the weeks (months) missing — for the hover text; at most MISSING_SHOWN names each. */
  missing: { records: string[]; summaries: string[]; reviews: string[] };
  /** Something is still missing in this unit. */
  open: boolean;
}

/** Names listed per count on hover; the count itself says how many there are. */
export const MISSING_SHOWN = 30;

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
  /** Negative records of the period that the accountability rule reads and no 容错 decision covers, each with its unit. */
  awaitingTolerance: readonly { unitId: string }[];
  /** Each pool's undecided tie at the cut, as the clerk reads it. */
  ties: readonly string[];
  unconfirmed: readonly string[];
  /** The period has a grading result (评定 has been run). */
  graded: boolean;
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

/** The period the clerk is working on: the newest not yet archived, else the newest. */
export function currentPeriod<P extends { start: string; state: PeriodState }>(periods: readonly P[]): P | null {
  const newest = periods.slice().sort((a, b) => b.start.localeCompare(a.start));
  return newest.find((p) => p.state !== 'archived') ?? newest[0] ?? null;
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
  const tolerance = new Map<string, number>();
  for (const i of input.awaitingTolerance) tolerance.set(i.unitId, (tolerance.get(i.unitId) ?? 0) + 1);
  const names = (gaps: UnitProgress['recordGaps']) => gaps.slice(0, MISSING_SHOWN).map((g) => gapName(g, deadlines.recordCadence));
  const units: UnitTodo[] = progress.map((u) => {
    const records = asksRecords ? { done: u.recordsComplete, of: u.people } : null;
    const summaries = asksRecords ? { done: u.summaries, of: u.people } : null;
    const reviews = asksReviews && u.reviewsNeeded > 0 ? { done: u.reviews, of: u.reviewsNeeded } : null;
    const waiting = inputsOpen ? (tolerance.get(u.unitId) ?? 0) : 0;
    const open = waiting > 0 || [records, summaries, reviews].some((c) => c !== null && c.done < c.of);
    const missing = {
      records: records ? names(u.recordGaps) : [],
      summaries: summaries ? names(u.summaryGaps) : [],
      reviews: reviews ? names(u.reviewGaps) : [],
    };
    return {
      unitId: u.unitId,
      label: unitLabel(u.unitId),
      people: u.people,
      records,
      summaries,
      reviews,
      tolerance: waiting,
      missing,
      open,
    };
  });
  units.sort((a, b) => Number(b.open) - Number(a.open));
  const complete = (key: 'records' | 'summaries' | 'reviews') => units.every((u) => u[key] === null || u[key].done >= u[key].of);

  if (input.awaitingTolerance.length > 0 && inputsOpen)
    lines.push({
      key: 'tolerance',
      level: 'info',
      text: `本期有 ${input.awaitingTolerance.length} 条负面事项未作容错认定：需要容错的，请在评定前登记`,
      target: 'incidents',
    });
  if (state === 'grading') {
    if (!input.graded) lines.push({ key: 'grade', level: 'todo', text: '还没有运行评定：评鉴齐了就运行评定', target: 'grading' });
    if (input.ties.length)
      lines.push({
        key: 'ties',
        level: 'todo',
        text: `${input.ties.length} 个名额池的同分待决定：${input.ties.join('；')}`,
        target: 'grading',
      });
    if (input.unconfirmed.length)
      lines.push({
        key: 'accountability',
        level: 'todo',
        text: `管理责任结果待确认：${input.unconfirmed.join('、')}`,
        target: 'grading',
      });
    if (input.graded && !input.ties.length && !input.unconfirmed.length && complete('reviews'))
      lines.push({ key: 'next', level: 'todo', text: '评定已完成：核对结果后公示（公示前会按当前数据重新评定）', target: 'grading' });
  }
  // Where the material is complete, or the period is over, the next step is the thing to do.
  if (state === 'recording' && (today > period.end || (complete('records') && complete('summaries'))))
    lines.push({
      key: 'next',
      level: today > period.end ? 'todo' : 'info',
      text: `${today > period.end ? '本期已结束' : '工作纪实和个人小结已齐'}：在考核周期中点“下一步”进入评鉴`,
      target: 'period',
    });
  if (state === 'reviewing' && complete('reviews'))
    lines.push({ key: 'next', level: 'todo', text: '主管领导评鉴已齐：在考核周期中点“下一步”进入评定', target: 'period' });
  if (state === 'publicity' && next)
    lines.push({
      key: 'publicity',
      level: next.days >= 0 ? 'info' : 'todo',
      text: next.days >= 0 ? `公示中，还有 ${next.days + 1} 天期满；期满无异议后归档` : '公示期已满，可以归档：在考核周期中点“下一步”',
      target: 'period',
    });
  if (state === 'archived')
    lines.push({ key: 'next', level: 'info', text: `${period.label}已归档：下一期请新建考核周期`, target: 'periods' });
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
