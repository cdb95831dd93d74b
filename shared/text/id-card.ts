/**
 * 公民身份号码 (GB 11643-1999): 6-digit area code, 8-digit birth date,
 * 3-digit sequence (odd = male), 1 check character (ISO 7064 MOD 11-2).
 */
import { toHalfWidth } from './normalize';
import { parseYearMonth } from './ym-date';

export type IdCheckResult =
  { ok: true; id: string; birth: string; birthDate: string; gender: '男' | '女' } | { ok: false; message: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CODES = '10X98765432';

/** Check character for the first 17 digits. */
function checkCode(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CODES[sum % 11];
}

function isValidDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Local calendar date as 'YYYYMMDD' (the office's clock is what "today" means). */
function yyyymmdd(d: Date): string {
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

/** Trim, drop all whitespace (incl. U+3000), full-width → ASCII, x → X. */
export function normalizeIdNumber(raw: string): string {
  return toHalfWidth(raw ?? '')
    .replace(/\s+/g, '')
    .replace(/x/g, 'X');
}

/**
 * Validates an 18-digit ID and extracts birth date and gender.
 * `today` exists for tests; birth dates after it are refused.
 */
export function checkIdNumber(raw: string, today: Date = new Date()): IdCheckResult {
  const id = normalizeIdNumber(raw);
  if (id === '') return { ok: false, message: '身份证号不能为空' };
  if (/^\d{15}$/.test(id)) {
    return { ok: false, message: '这是15位的旧身份证号，请填写18位身份证号' };
  }
  if (id.length !== 18) return { ok: false, message: `身份证号应为18位，现为${id.length}位` };
  if (!/^\d{17}[\dX]$/.test(id)) {
    return { ok: false, message: '身份证号只能由数字组成，仅最后一位可以是X' };
  }
  const birthRaw = id.slice(6, 14);
  const y = +birthRaw.slice(0, 4);
  const m = +birthRaw.slice(4, 6);
  const d = +birthRaw.slice(6, 8);
  if (y < 1900 || !isValidDate(y, m, d)) {
    return { ok: false, message: `身份证号中的出生日期${birthRaw}无效` };
  }
  if (birthRaw > yyyymmdd(today)) {
    return { ok: false, message: `身份证号中的出生日期${birthRaw}晚于今天，无效` };
  }
  const expected = checkCode(id);
  if (id[17] !== expected) {
    return { ok: false, message: `身份证号校验位错误：应为${expected}，实为${id[17]}` };
  }
  return {
    ok: true,
    id,
    birth: `${birthRaw.slice(0, 4)}.${birthRaw.slice(4, 6)}`,
    birthDate: `${birthRaw.slice(0, 4)}-${birthRaw.slice(4, 6)}-${birthRaw.slice(6, 8)}`,
    gender: (id.charCodeAt(16) - 48) % 2 === 1 ? '男' : '女',
  };
}

/**
 * Compares a roster row's 出生年月 / 性别 with what its ID says.
 * Returns [] when consistent, when a field is absent/unparseable, or when the
 * ID itself is invalid (checkIdNumber reports that separately).
 */
export function crossCheckIdNumber(id: string, fields: { birth?: string | null; gender?: '男' | '女' | null }): string[] {
  const r = checkIdNumber(id);
  if (!r.ok) return [];
  const problems: string[] = [];
  if (fields.birth) {
    const b = parseYearMonth(fields.birth);
    if (b.ok && b.value !== null && b.value !== r.birth) {
      problems.push(`身份证号中的出生年月为${r.birth}，与出生年月${b.value}不一致`);
    }
  }
  if (fields.gender && fields.gender !== r.gender) {
    problems.push(`身份证号显示性别为${r.gender}，与性别${fields.gender}不一致`);
  }
  return problems;
}

/**
 * '450802198503121234' → '4508**********1234'. Shows min(4, ⌊len/4⌋)
 * characters at each end, so at most 8 and never more than half are visible
 * (a truncated or 15-digit number is masked as well).
 */
export function maskIdNumber(id: string): string {
  const s = normalizeIdNumber(id ?? '');
  const keep = Math.min(4, Math.floor(s.length / 4));
  if (keep === 0) return '*'.repeat(s.length);
  return s.slice(0, keep) + '*'.repeat(s.length - 2 * keep) + s.slice(-keep);
}

/**
 * Builds a valid ID (demo data). The 17th digit is the last digit of `seq`,
 * so an odd seq gives a male ID and an even seq a female one.
 */
export function makeIdNumber(areaCode: string, birthDate: string, seq: number): string {
  if (!/^\d{6}$/.test(areaCode)) throw new RangeError(`地区码应为6位数字，现为“${areaCode}”`);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!m || !isValidDate(+m[1], +m[2], +m[3])) throw new RangeError(`“${birthDate}”不是有效的日期`);
  if (!Number.isInteger(seq) || seq < 0 || seq > 999) throw new RangeError(`顺序码应为0-999，现为${seq}`);
  const first17 = `${areaCode}${m[1]}${m[2]}${m[3]}${String(seq).padStart(3, '0')}`;
  return first17 + checkCode(first17);
}
