import { addDays } from './dates';

/** A week or month of a period: what a 科室负责人 comments on and what a 工作纪实表 covers. */
export interface ReviewKey {
  /** '2025-02' (a month) or '2025-W07' (an ISO week), as records:review takes it. */
  key: string;
  cadence: 'week' | 'month';
  label: string;
  /** Its days within the period. */
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const md = (iso: string) => `${Number(iso.slice(5, 7))}.${Number(iso.slice(8, 10))}`;

/** The ISO week of a date: the week belongs to the year of its Thursday. */
export function isoWeek(iso: string): { year: number; week: number; monday: string } {
  const day = (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = addDays(iso, 3 - day);
  const year = Number(thursday.slice(0, 4));
  const firstThursdayDiff = (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000;
  return { year, week: Math.floor(firstThursdayDiff / 7) + 1, monday: addDays(iso, -day) };
}

/** The months, then the weeks, a 科室负责人 can comment on in a period. */
export function reviewKeys(period: { start: string; end: string }): ReviewKey[] {
  const months: ReviewKey[] = [];
  const weeks: ReviewKey[] = [];
  for (let d = period.start; d <= period.end; d = addDays(d, 1)) {
    const month = d.slice(0, 7);
    if (months.at(-1)?.key !== month)
      months.push({ key: month, cadence: 'month', label: `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月`, from: d, to: d });
    const w = isoWeek(d);
    const key = `${w.year}-W${pad(w.week)}`;
    if (weeks.at(-1)?.key !== key)
      weeks.push({ key, cadence: 'week', label: `第${w.week}周（${md(w.monday)}—${md(addDays(w.monday, 6))}）`, from: d, to: d });
    months.at(-1)!.to = d;
    weeks.at(-1)!.to = d;
  }
  return [...months, ...weeks];
}

/** The week ('2025-W07') or month ('2025-02') a date falls in, keyed as reviewKeys keys them. */
export function slotKey(iso: string, cadence: 'week' | 'month'): string {
  if (cadence === 'month') return iso.slice(0, 7);
  const w = isoWeek(iso);
  return `${w.year}-W${pad(w.week)}`;
}
