import type { Review, ReviewCheck } from '../../../shared/domain/period-inputs';
import type { SheetCheck } from '../../../shared/import/review-plan';

/**
 * The 审核 a 评鉴 keeps when it is saved (second review step): the one given with it (a 评鉴表
 * carrying the 审核 columns), else the one it had — unless the score or the proposed grade changed,
 * for then the 分管领导 checked something else and must check again.
 */
export function keptCheck(
  old: Pick<Review, 'score' | 'proposed' | 'check'> | null,
  next: Pick<Review, 'score' | 'proposed'>,
  given: SheetCheck | undefined,
  checkerId: string | null,
  now: string,
): ReviewCheck | null {
  if (given !== undefined) return given === null || checkerId === null ? null : { ...given, checkerId, at: now };
  if (!old?.check || old.score !== next.score || old.proposed !== next.proposed) return null;
  return old.check;
}
