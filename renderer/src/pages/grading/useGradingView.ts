import { useCallback, useEffect, useState } from 'react';
import type { GradingView } from '@shared/api/appraisal-schemas';
import { call } from '../../api';

export type Moved = GradingView['moved'];

/**
 * One period's grading as the page shows it. Every change answers with the new view, which
 * replaces the shown one (`apply`); a re-run also says whose grade moved since the previous run.
 * Mount it per period (keyed), so an answer never lands on another period.
 */
export function useGradingView(periodId: string) {
  const [view, setView] = useState<GradingView | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** What the last re-run changed; null when there is nothing to tell (or the clerk closed it). */
  const [moved, setMoved] = useState<Moved | null>(null);

  const reload = useCallback(async () => {
    const r = await call('grading:get', { periodId });
    if (r.ok) setView(r.data);
    setError(r.ok ? null : r.message);
  }, [periodId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Shows a changed view; `rerun` when the engine ran again (the first run has nothing to compare with). */
  const apply = useCallback(
    (next: GradingView, rerun: boolean) => {
      if (rerun && view?.ranAt) setMoved(next.moved);
      setView(next);
    },
    [view],
  );

  return { view, error, reload, apply, moved, dismissMoved: () => setMoved(null) };
}
