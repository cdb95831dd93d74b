/**
 * Roster dates. Personnel rosters record 出生年月 / 参加工作时间 etc. as year-month,
 * canonical form 'YYYY.MM'. Input comes from hand-typed text, Excel/WPS cells
 * (numbers, date serials, Date objects) and must be read without guessing.
 */
import { toHalfWidth } from './normalize';

export type YearMonthResult = { ok: true; value: string } | { ok: true; value: null } | { ok: false; message: string; ambiguous?: boolean };

export type IsoDateResult = { ok: true; value: string } | { ok: false; message: string };

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const CANONICAL_YM = /^(\d{4})\.(\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const ym = (y: number, m: number): string => `${y}.${pad2(m)}`;

function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC maps years 0–99 to 1900+; our years are 4-digit ≥ 1000 so this is safe.
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const badMonth = (shown: string): YearMonthResult => ({
  ok: false,
  message: `“${shown}”不是有效的年月（月份应为1-12）`,
});
const badYear = (shown: string): YearMonthResult => ({
  ok: false,
  message: `“${shown}”不是有效的年月（年份应在${MIN_YEAR}-${MAX_YEAR}之间）`,
});
const badFormat = (shown: string): YearMonthResult => ({
  ok: false,
  message: `“${shown}”不是有效的年月，请按“1985.03”的格式填写`,
});

/** Validates numeric parts; `day` is checked only when present. */
function fromParts(y: number, m: number, d: number | undefined, shown: string): YearMonthResult {
  if (y < MIN_YEAR || y > MAX_YEAR) return badYear(shown);
  if (m < 1 || m > 12) return badMonth(shown);
  if (d !== undefined && !isValidDay(y, m, d)) {
    return { ok: false, message: `“${shown}”不是有效的日期` };
  }
  return { ok: true, value: ym(y, m) };
}

/** Excel 1900 date system → UTC y/m/d. Serial 60 is Lotus' fake 1900-02-29. */
export function fromExcelSerial(serial: number): { y: number; m: number; d: number } {
  const s = Math.floor(serial);
  if (s === 60) return { y: 1900, m: 2, d: 29 };
  const base = s < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const t = new Date(base + s * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const MAX_SERIAL = 80_000;

function parseNumber(n: number, shown: string): YearMonthResult {
  if (!Number.isFinite(n) || n <= 0) return badFormat(shown);
  if (Number.isInteger(n)) {
    if (n >= 10_000_000 && n <= 99_999_999) {
      return fromParts(Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100, shown);
    }
    if (n >= 100_000 && n <= 999_999) return fromParts(Math.floor(n / 100), n % 100, undefined, shown);
    if (n <= MAX_SERIAL) {
      const { y, m } = fromExcelSerial(n);
      return fromParts(y, m, undefined, shown);
    }
    return badFormat(shown);
  }
  const whole = Math.trunc(n);
  if (whole >= MIN_YEAR && whole <= MAX_YEAR) {
    // Year.month typed into a numeric cell. Work in hundredths to dodge float noise.
    const cents = Math.round(n * 100);
    if (Math.abs(n * 100 - cents) > 1e-6) return badFormat(shown);
    const frac = cents % 100;
    if (frac % 10 === 0) {
      const month = frac / 10;
      // x.1 may be a text "x.10" that WPS/Excel turned into a number; never guess.
      if (month === 1) {
        return {
          ok: false,
          ambiguous: true,
          message: `“${shown}”可能是被表格软件改写的${whole}.10，也可能是${whole}.01，请把该列设为文本后重新填写`,
        };
      }
      return fromParts(whole, month, undefined, shown);
    }
    return fromParts(whole, frac, undefined, shown);
  }
  // A fractional Excel serial is a date with a time of day.
  if (n >= 1 && n < MAX_SERIAL + 1) {
    const { y, m } = fromExcelSerial(n);
    return fromParts(y, m, undefined, shown);
  }
  return badFormat(shown);
}

/** Full-width → ASCII, Chinese full stop → '.', trim. */
function cleanText(s: string): string {
  return toHalfWidth(s).replace(/[。｡]/g, '.').trim();
}

// Separator must be the same between all parts ('1985.03.01', '1985-3-1', '1985/03').
const SEP_DATE = /^(\d{4})\s*([./-])\s*(\d{1,2})(?:\s*\2\s*(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?)?$/;
const CN_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;

function parseText(s: string, shown: string): YearMonthResult {
  let m = SEP_DATE.exec(s);
  if (m) return fromParts(+m[1], +m[3], m[4] === undefined ? undefined : +m[4], shown);
  m = CN_DATE.exec(s);
  if (m) return fromParts(+m[1], +m[2], m[3] === undefined ? undefined : +m[3], shown);
  if (/^\d{8}$/.test(s)) return fromParts(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6, 8), shown);
  if (/^\d{6}$/.test(s)) return fromParts(+s.slice(0, 4), +s.slice(4, 6), undefined, shown);
  return badFormat(shown);
}

/**
 * Parses a year-month from anything a roster cell may hold.
 *
 * - Text: '1985.03', '1985.3', '1985-03', '1985/3', '1985.03.01', '1985-3-1',
 *   '1985年3月', '1985年03月01日', '198503', '19850301' (full-width accepted).
 *   Text '1985.1' means 1985.01; text '1985.10' means October.
 * - Date: its UTC year/month (exceljs yields UTC-midnight dates).
 * - number (always treated as a numeric cell): 198503 / 19850301 compact forms;
 *   1985.03 / 1985.12 / 1985.2 … 1985.9 as year.month; 1985.1 is refused as
 *   ambiguous (could be 1985.10 rewritten by the spreadsheet); other integers
 *   1–80000 are Excel 1900-system date serials.
 * - `opts.numeric`: the text came from a numeric cell (e.g. its displayed text),
 *   so plain decimal text is judged by the number rules above.
 * - Blank ('' / whitespace / null / undefined) → `{ ok: true, value: null }`.
 */
export function parseYearMonth(input: string | number | Date | null | undefined, opts?: { numeric?: boolean }): YearMonthResult {
  if (input === null || input === undefined) return { ok: true, value: null };
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { ok: false, message: '日期无效' };
    const y = input.getUTCFullYear();
    return fromParts(y, input.getUTCMonth() + 1, undefined, `${y}.${pad2(input.getUTCMonth() + 1)}`);
  }
  if (typeof input === 'number') return parseNumber(input, String(input));
  const s = cleanText(input);
  if (s === '') return { ok: true, value: null };
  if (opts?.numeric && DECIMAL.test(s)) return parseNumber(Number(s), s);
  return parseText(s, s);
}

/** Returns the canonical 'YYYY.MM'; throws RangeError for anything else (a programming error). */
export function formatYearMonth(ymValue: string): string {
  const m = CANONICAL_YM.exec(ymValue);
  const r = m ? fromParts(+m[1], +m[2], undefined, ymValue) : badFormat(ymValue);
  if (!r.ok) throw new RangeError(r.message);
  return ymValue;
}

/** Orders canonical 'YYYY.MM' values (fixed width, so text order is date order). */
export function compareYearMonth(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** '2025-04-10' → '2025年4月10日' (no zero padding, as in official documents). */
export function formatChineseDate(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m || !isValidDay(+m[1], +m[2], +m[3])) throw new RangeError(`“${isoDate}”不是有效的日期`);
  return `${+m[1]}年${+m[2]}月${+m[3]}日`;
}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

/** (2025, 1) → '2025年第一季度'. */
export function formatPeriodLabel(year: number, quarter: 1 | 2 | 3 | 4): string {
  const name = QUARTER_NAMES[quarter - 1];
  if (name === undefined) throw new RangeError(`季度应为1-4，现为${quarter}`);
  return `${year}年第${name}季度`;
}

/** (2025, 1) → '2025年1月'. */
export function formatMonthLabel(year: number, month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`月份应为1-12，现为${month}`);
  return `${year}年${month}月`;
}

const FULL_SEP = /^(\d{4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const FULL_CN = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

/**
 * Full date → 'YYYY-MM-DD'. Accepts 'YYYY-MM-DD', 'YYYY.MM.DD', 'YYYY/MM/DD',
 * 'YYYY年M月D日', 'YYYYMMDD' (single-digit month/day and full-width allowed).
 */
export function toIsoDate(input: string): IsoDateResult {
  const s = cleanText(input ?? '');
  if (s === '') return { ok: false, message: '日期不能为空' };
  let parts: [number, number, number] | null = null;
  let m = FULL_SEP.exec(s);
  if (m) parts = [+m[1], +m[3], +m[4]];
  else if ((m = FULL_CN.exec(s))) parts = [+m[1], +m[2], +m[3]];
  else if (/^\d{8}$/.test(s)) parts = [+s.slice(0, 4), +s.slice(4, 6), +s.slice(6, 8)];
  if (!parts) return { ok: false, message: `“${s}”不是有效的日期，请按“2025-04-10”的格式填写` };
  const [y, mo, d] = parts;
  if (y < MIN_YEAR || y > MAX_YEAR || !isValidDay(y, mo, d)) {
    return { ok: false, message: `“${s}”不是有效的日期` };
  }
  return { ok: true, value: `${y}-${pad2(mo)}-${pad2(d)}` };
}
