import { z } from 'zod';
import { addDays } from './dates';

/**
 * When the steps of a period are due (issue 15, a bureau setting): 工作纪实 every week (or month)
 * while the period runs, 主管领导评鉴 within N days after it ends, and the 公示期 in days.
 */
export const DeadlinesSchema = z.object({
  recordCadence: z.enum(['week', 'month']),
  reviewDays: z.number().int().min(0, '天数不能为负').max(60, '评鉴期限不能超过60天'),
  publicityDays: z.number().int().min(1, '公示期至少1天').max(30, '公示期不能超过30天'),
});
export type Deadlines = z.infer<typeof DeadlinesSchema>;
export const DEFAULT_DEADLINES: Deadlines = { recordCadence: 'week', reviewDays: 10, publicityDays: 7 };

/** The day the 评鉴 of a period are due. */
export const reviewsDue = (period: { end: string }, d: Deadlines): string => addDays(period.end, d.reviewDays);

/** The last day of a 公示期 that starts on `start` (both days count). */
export const publicityEnds = (start: string, d: Deadlines): string => addDays(start, d.publicityDays - 1);

/** Whole days from `today` to `day` (negative once past). */
export function daysUntil(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
