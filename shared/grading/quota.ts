import { goodSeats, type AppraisalSettings } from './settings';
import type { Outcome } from './types';

export interface PoolResult {
  key: string;
  label: string;
  graded: number;
  seats: number;
  used: number;
  /** People who would all keep 好 or all lose it: equal scores straddling the cut. */
  tie: { personIds: string[]; seatsLeft: number } | null;
}

/**
 * The 好 quota of one pool (DOMAIN.md §4.1): seats from the people graded in it; when more keep 好
 * than there are seats, the lowest-ranked by score move to 较好. People with the same score at the
 * cut are never separated by the engine: they stay 好 and the tie is reported for the clerk to
 * decide (`resolved` lists whom the clerk chose to keep 好).
 */
export function applyQuota(
  key: string,
  label: string,
  pool: Outcome[],
  settings: AppraisalSettings,
  resolved: string[] | null,
): PoolResult {
  const graded = pool.filter((o) => o.grade !== null && o.grade !== 'undetermined');
  const seats = goodSeats(graded.length, settings);
  const good = graded.filter((o) => o.grade === 'good').sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  const result: PoolResult = { key, label, graded: graded.length, seats, used: Math.min(good.length, seats), tie: null };
  if (good.length <= seats) return result;
  const cutScore = good[seats - 1]?.score ?? null;
  const above = seats === 0 ? [] : good.filter((o) => (o.score ?? -1) > (cutScore ?? -1));
  const atCut = seats === 0 ? [] : good.filter((o) => (o.score ?? -1) === (cutScore ?? -1));
  const seatsLeft = seats - above.length;
  let keep = new Set(above.map((o) => o.personId));
  if (atCut.length > seatsLeft) {
    const chosen = resolved?.filter((id) => atCut.some((o) => o.personId === id)) ?? [];
    if (chosen.length === seatsLeft) {
      keep = new Set([...keep, ...chosen]);
    } else {
      // Undecided tie: nobody at the cut is moved yet; the clerk must choose.
      result.tie = { personIds: atCut.map((o) => o.personId), seatsLeft };
      for (const o of atCut) keep.add(o.personId);
    }
  } else {
    for (const o of atCut) keep.add(o.personId);
  }
  // Competition ranking: people with the same score share a place.
  const rankOf = (o: Outcome) => 1 + good.filter((x) => (x.score ?? -1) > (o.score ?? -1)).length;
  const decided = new Set(atCut.length > seatsLeft && !result.tie ? atCut.map((o) => o.personId) : []);
  for (const o of good) {
    if (keep.has(o.personId)) continue;
    const why = decided.has(o.personId)
      ? `第 ${rankOf(o)} 位同分（${o.score ?? '无分数'}），经决定由他人保留“好”`
      : `按分数排第 ${rankOf(o)} 位（${o.score ?? '无分数'}），超出名额`;
    o.steps.push({ rule: 'quota', from: 'good', to: 'fair', reason: `${label}“好”等次名额 ${seats} 个，${why}，评为“较好”` });
    o.grade = 'fair';
  }
  result.used = good.filter((o) => keep.has(o.personId)).length;
  return result;
}
