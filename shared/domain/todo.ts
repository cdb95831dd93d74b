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

export interface TodoSummary {
  periodId: string;
  label: string;
  stateLabel: string;
  /** What is due next and when (null once archived). */
  due: { what: string; date: string; days: number } | null;
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

const ratio = (done: number, of: number) => `${done}/${of}`;

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
  for (const u of progress) {
    const name = unitLabel(u.unitId);
    if (inputsOpen && (state === 'recording' || state === 'reviewing')) {
      const records = u.recordGaps.length;
      lines.push({
        key: `records:${u.unitId}`,
        level: records ? 'todo' : 'done',
        text: `${name}：工作纪实${unitWord}齐全 ${ratio(u.recordsComplete, u.people)} 人${records ? `，${records} 人不全` : ''}`,
        target: 'records',
        unitId: u.unitId,
      });
      lines.push({
        key: `summary:${u.unitId}`,
        level: u.summaryGaps.length ? 'todo' : 'done',
        text: `${name}：个人小结 ${ratio(u.summaries, u.people)} 人`,
        target: 'summary',
        unitId: u.unitId,
      });
    }
    if (inputsOpen && state !== 'recording' && u.reviewsNeeded > 0) {
      lines.push({
        key: `reviews:${u.unitId}`,
        level: u.reviewGaps.length ? 'todo' : 'done',
        text: `${name}：主管领导评鉴 ${ratio(u.reviews, u.reviewsNeeded)} 人`,
        target: 'reviews',
        unitId: u.unitId,
      });
    }
  }
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
  // The todo lines first (units in their order), then what is done.
  const rank = { todo: 0, info: 1, done: 2 } as const;
  lines.sort((a, b) => rank[a.level] - rank[b.level]);
  return { periodId: period.id, label: period.label, stateLabel: PERIOD_STATE_LABELS[state], due: next, lines };
}
