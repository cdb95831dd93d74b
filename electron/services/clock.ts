/**
 * The desk's clock: what "now" and "today" are for every record, audit entry and rule.
 * APPRAISAL_DESK_NOW (an ISO date-time) starts it at a fixed instant — tests use it so demo data
 * and date rules do not follow the calendar; it then runs on from there, so order and durations
 * stay real. File mechanics (lock ages, temp-file names) keep the machine's time.
 */
function startOffset(raw: string | undefined): number {
  if (!raw) return 0;
  const start = Date.parse(raw);
  if (Number.isNaN(start)) throw new Error(`APPRAISAL_DESK_NOW 不是有效的时间：${raw}`);
  return start - Date.now();
}

const offset = startOffset(process.env.APPRAISAL_DESK_NOW);

export const now = (): Date => new Date(Date.now() + offset);

export const nowIso = (): string => now().toISOString();

/** 'YYYY-MM-DD' of the local calendar day. */
export function todayIso(at: Date = now()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
