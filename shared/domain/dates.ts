import { z } from 'zod';

/** 'YYYY.MM' — how rosters write 出生年月, 参加工作时间 … (DOMAIN.md §6). */
export const YearMonthSchema = z.string().regex(/^(19|20|21)\d{2}\.(0[1-9]|1[0-2])$/, '年月应写成“1985.03”的形式');

/** 'YYYY-MM-DD' — a calendar date (transfers, role terms). */
export const IsoDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期应写成“2025-04-10”的形式');

/** An ISO date `days` calendar days later (earlier when negative). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The calendar day before an ISO date (a stay in a unit ends the day before the move). */
export const dayBefore = (iso: string): string => addDays(iso, -1);

/** The same day `months` later (earlier when negative), clamped to the month's length: 08-31 + 6 → 02-28. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const days = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, days))).toISOString().slice(0, 10);
}

/** Whether something held from `from` to `until` (open-ended when null) covers any day of [start, end]. */
export function heldDuring(x: { from: string; until: string | null }, start: string, end: string = start): boolean {
  return x.from <= end && (x.until === null || x.until >= start);
}
