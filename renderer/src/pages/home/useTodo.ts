import { useMemo } from 'react';
import type { PeriodSummary } from '@shared/api/appraisal-schemas';
import { dueSlots, progressOf } from '@shared/domain/completeness';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { awaitingTolerance, todoSummary, type TodoSummary } from '@shared/domain/todo';
import dayjs from 'dayjs';
import { useQuery } from '../../hooks/useQuery';
import { materialOf, unconfirmedNames } from '../periods/step-gaps';

/** The period the clerk is working on: the newest not yet archived, else the newest. */
export function currentPeriod(periods: readonly PeriodSummary[]): PeriodSummary | null {
  const newest = periods.slice().sort((a, b) => b.start.localeCompare(a.start));
  return newest.find((p) => p.state !== 'archived') ?? newest[0] ?? null;
}

/**
 * The 待办 of the current period, from what the services already give: the 考核名单 with each
 * person's counts, the grading view (ties, results to confirm) and the 表现记录. A week counts as
 * covered by the number of entries (an entry per week due); the unit files themselves are not read here.
 */
export function useTodo() {
  const periods = useQuery('periods:list', {});
  const units = useQuery('units:list', {});
  const period = periods.data ? currentPeriod(periods.data) : null;
  const detail = useQuery('periods:get', { id: period?.id ?? '' }, period !== null);
  const grading = useQuery('grading:get', { periodId: period?.id ?? '' }, period?.state === 'grading');
  const incidents = useQuery('incidents:list', {}, period !== null);
  const today = dayjs().format('YYYY-MM-DD');

  const summary = useMemo((): TodoSummary | null => {
    if (!period || !detail.data || !units.data) return null;
    const deadlines = DEFAULT_DEADLINES;
    const slots = dueSlots(period, today, deadlines.recordCadence).length;
    const people = materialOf(detail.data.participants, slots);
    const labels = new Map(units.data.map((u) => [u.id, u.label]));
    const view = grading.data;
    return todoSummary({
      period: { ...period, history: detail.data.history },
      progress: progressOf(people, slots),
      unitLabel: (id) => labels.get(id) ?? id,
      deadlines,
      today,
      awaitingTolerance: awaitingTolerance(incidents.data ?? [], period).length,
      ties: view ? view.pools.filter((p) => p.tie).length : 0,
      unconfirmed: unconfirmedNames(view),
    });
  }, [period, detail.data, units.data, grading.data, incidents.data, today]);

  const error = periods.error ?? units.error ?? detail.error ?? grading.error ?? incidents.error;
  return { period, periods: periods.data, units: units.data, summary, error, loading: periods.loading || detail.loading };
}
