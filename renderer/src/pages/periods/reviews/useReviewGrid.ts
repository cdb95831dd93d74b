import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReviewGrid, ReviewRow } from '@shared/api/appraisal-schemas';
import type { Input } from '@shared/api/contract';
import { call } from '../../../api';

export type SaveState = { at: 'saving' } | { at: 'saved' } | { at: 'failed'; message: string };
export type ReviewPatch = Partial<Pick<ReviewRow, 'score' | 'proposed' | 'comment'>>;
/** The 分管领导's 审核 of a row: agree, adjust with a grade and an opinion, or null to withdraw it. */
export type CheckInput = Omit<Input<'reviews:check'>, 'periodId' | 'personId'>;

/**
 * The 评鉴 grid of one unit, saved one cell at a time. Saves run one after another, each on top of
 * the row the service confirmed last, so quick edits of the same row never overwrite each other;
 * each save answers the 好 count as it now stands. The rows themselves change only by the service's
 * answers (a refused value stays in its cell, marked, for the clerk to correct).
 */
export function useReviewGrid(periodId: string, unitId: string | null) {
  const { message } = App.useApp();
  const [grid, setGrid] = useState<ReviewGrid | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const confirmed = useRef(new Map<string, ReviewRow>());
  const queue = useRef(Promise.resolve());
  const current = `${periodId}|${unitId}`;
  const shown = useRef(current);
  shown.current = current;

  const reload = useCallback(async () => {
    if (!unitId) return;
    const key = `${periodId}|${unitId}`;
    setLoading(true);
    const r = await call('reviews:grid', { periodId, unitId });
    if (shown.current !== key) return;
    setLoading(false);
    setError(r.ok ? null : r.message);
    if (!r.ok) return;
    confirmed.current = new Map(r.data.rows.map((row) => [row.personId, row]));
    setGrid(r.data);
  }, [periodId, unitId]);

  useEffect(() => {
    setGrid(null);
    setStates({});
    void reload();
  }, [reload]);

  const save = useCallback(
    (personId: string, patch: ReviewPatch) => {
      if (!unitId) return;
      const key = `${periodId}|${unitId}`;
      const mark = (s: SaveState) => setStates((all) => ({ ...all, [personId]: s }));
      mark({ at: 'saving' });
      queue.current = queue.current.then(async () => {
        const row = confirmed.current.get(personId);
        if (!row || shown.current !== key) return;
        const r = await call('reviews:save', {
          periodId,
          personId,
          score: row.score,
          proposed: row.proposed,
          comment: row.comment,
          ...patch,
        });
        if (shown.current !== key) return;
        if (!r.ok) {
          // A refused value: the field's own sentence (分数不能超过100) says more than the summary.
          const why = r.issues?.length ? r.issues.map((i) => i.message).join('；') : r.message;
          mark({ at: 'failed', message: why });
          void message.error(`${row.name}：${why}`);
          return;
        }
        const { row: saved, quota, unitProposedGood } = r.data;
        confirmed.current.set(personId, saved);
        setGrid((g) => g && { rows: g.rows.map((x) => (x.personId === personId ? saved : x)), quota, unitProposedGood });
        mark({ at: 'saved' });
      });
    },
    [periodId, unitId, message],
  );

  /** The 分管领导's 审核 (second review step), queued behind the row's saves like they are. */
  const check = useCallback(
    (personId: string, input: CheckInput) => {
      if (!unitId) return;
      const key = `${periodId}|${unitId}`;
      queue.current = queue.current.then(async () => {
        const r = await call('reviews:check', { periodId, personId, ...input });
        if (shown.current !== key) return;
        if (!r.ok) return void message.error(r.message);
        confirmed.current.set(personId, r.data.row);
        setGrid(
          (g) =>
            g && {
              rows: g.rows.map((x) => (x.personId === personId ? r.data.row : x)),
              quota: r.data.quota,
              unitProposedGood: r.data.unitProposedGood,
            },
        );
      });
    },
    [periodId, unitId, message],
  );

  return { grid, loading, error, states, save, check, reload };
}
