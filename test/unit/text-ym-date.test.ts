import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareYearMonth,
  formatChineseDate,
  formatMonthLabel,
  formatPeriodLabel,
  formatYearMonth,
  parseYearMonth,
  toIsoDate,
} from '../../shared/text/ym-date';

const ok = (value: string | null) => ({ ok: true, value });

describe('parseYearMonth: text', () => {
  it.each([
    ['1985.03', '1985.03'],
    ['1985.3', '1985.03'],
    ['1985.1', '1985.01'], // typed text: one digit means the month itself
    ['1985.10', '1985.10'],
    ['1985.12', '1985.12'],
    ['1985.03.01', '1985.03'],
    ['1985-03', '1985.03'],
    ['1985/03', '1985.03'],
    ['1985/3/1', '1985.03'],
    ['1985-3-1', '1985.03'],
    ['1985-03-01 00:00:00', '1985.03'],
    ['1985-03-01T00:00:00.000Z', '1985.03'],
    ['1985年3月', '1985.03'],
    ['1985年03月', '1985.03'],
    ['1985年03月01日', '1985.03'],
    ['1985 年 3 月', '1985.03'],
    ['198503', '1985.03'],
    ['19850301', '1985.03'],
    ['１９８５．０３', '1985.03'],
    ['１９８５年３月', '1985.03'],
    ['1985。03', '1985.03'],
    ['  1985.03  ', '1985.03'],
    ['\u30001985.03\u3000', '1985.03'],
    ['1900.01', '1900.01'],
    ['2100.12', '2100.12'],
  ])('%j → %s', (input, expected) => {
    expect(parseYearMonth(input)).toEqual(ok(expected));
  });

  it.each(['', '   ', '\u3000', null, undefined])('blank %j → null', (input) => {
    expect(parseYearMonth(input)).toEqual(ok(null));
  });

  it.each([
    ['1985.13', '“1985.13”不是有效的年月（月份应为1-12）'],
    ['1985.00', '“1985.00”不是有效的年月（月份应为1-12）'],
    ['1985年13月', '“1985年13月”不是有效的年月（月份应为1-12）'],
    ['198513', '“198513”不是有效的年月（月份应为1-12）'],
    ['1899.12', '“1899.12”不是有效的年月（年份应在1900-2100之间）'],
    ['2101.01', '“2101.01”不是有效的年月（年份应在1900-2100之间）'],
    ['1985.02.30', '“1985.02.30”不是有效的日期'],
    ['19850230', '“19850230”不是有效的日期'],
  ])('rejects %j', (input, message) => {
    expect(parseYearMonth(input)).toEqual({ ok: false, message });
  });

  it.each(['abc', '85.03', '1985', '1985.03-01', '1985..03', '1985.3.', '31107'])('rejects format %j', (input) => {
    const r = parseYearMonth(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(`“${input}”`);
      expect(r.ambiguous).toBeUndefined();
    }
  });
});

describe('parseYearMonth: numbers and dates from spreadsheets', () => {
  const AMBIGUOUS = '“1985.1”可能是被表格软件改写的1985.10，也可能是1985.01，请把该列设为文本后重新填写';

  it('refuses 1985.1 as ambiguous', () => {
    expect(parseYearMonth(1985.1, { numeric: true })).toEqual({ ok: false, ambiguous: true, message: AMBIGUOUS });
    // A JS number is numeric whatever the flag says.
    expect(parseYearMonth(1985.1)).toEqual({ ok: false, ambiguous: true, message: AMBIGUOUS });
    // The displayed text of a numeric cell is judged like the number.
    expect(parseYearMonth('1985.1', { numeric: true })).toEqual({ ok: false, ambiguous: true, message: AMBIGUOUS });
    expect(parseYearMonth('1985.10', { numeric: true })).toMatchObject({ ok: false, ambiguous: true });
  });

  it.each([
    [1985.01, '1985.01'],
    [1985.03, '1985.03'],
    [1985.09, '1985.09'],
    [1985.11, '1985.11'],
    [1985.12, '1985.12'],
    [1985.2, '1985.02'], // no month 20, so .2 can only be February
    [1985.9, '1985.09'],
    [198503, '1985.03'],
    [19850301, '1985.03'],
  ])('number %d → %s', (n, expected) => {
    expect(parseYearMonth(n, { numeric: true })).toEqual(ok(expected));
  });

  it('reads numeric-cell text with the number rules', () => {
    expect(parseYearMonth('1985.03', { numeric: true })).toEqual(ok('1985.03'));
    expect(parseYearMonth('198503', { numeric: true })).toEqual(ok('1985.03'));
    expect(parseYearMonth('31107', { numeric: true })).toEqual(ok('1985.03'));
    expect(parseYearMonth('1985年3月', { numeric: true })).toEqual(ok('1985.03'));
  });

  it.each([
    [1985.13, '“1985.13”不是有效的年月（月份应为1-12）'],
    [1985.15, '“1985.15”不是有效的年月（月份应为1-12）'],
  ])('rejects number %d', (n, message) => {
    expect(parseYearMonth(n, { numeric: true })).toEqual({ ok: false, message });
  });

  it.each([1985.031, -5, 0, 80001, 99999, 1_000_000_000, Number.NaN, Number.POSITIVE_INFINITY])('rejects number %d', (n) => {
    expect(parseYearMonth(n).ok).toBe(false);
  });

  it.each([
    [1, '1900.01'], // 1900-01-01
    [31, '1900.01'],
    [32, '1900.02'],
    [59, '1900.02'], // 1900-02-28
    [60, '1900.02'], // Lotus' fake 1900-02-29
    [61, '1900.03'], // 1900-03-01
    [31107, '1985.03'], // 1985-03-01
    [31107.75, '1985.03'], // date with a time of day
    [45757, '2025.04'], // 2025-04-10
    [73415, '2100.12'], // 2100-12-31
  ])('Excel serial %d → %s', (n, expected) => {
    expect(parseYearMonth(n)).toEqual(ok(expected));
  });

  it('rejects serials beyond 2100', () => {
    expect(parseYearMonth(73416).ok).toBe(false);
  });

  it('reads Date objects by their UTC year/month', () => {
    expect(parseYearMonth(new Date(Date.UTC(1985, 2, 1)))).toEqual(ok('1985.03'));
    expect(parseYearMonth(new Date(Date.UTC(1985, 11, 31, 23, 59)))).toEqual(ok('1985.12'));
    expect(parseYearMonth(new Date(Number.NaN)).ok).toBe(false);
    expect(parseYearMonth(new Date(Date.UTC(1850, 0, 1))).ok).toBe(false);
  });
});

describe('parseYearMonth properties', () => {
  const ymArb = fc.record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }) });
  const full = (s: string) => s.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const p2 = (n: number) => String(n).padStart(2, '0');

  it('every textual format parses back to the same YYYY.MM', () => {
    fc.assert(
      fc.property(ymArb, fc.integer({ min: 1, max: 28 }), ({ y, m }, d) => {
        const expected = `${y}.${p2(m)}`;
        const texts = [
          `${y}.${p2(m)}`,
          `${y}.${m}`,
          `${y}.${p2(m)}.${p2(d)}`,
          `${y}.${m}.${d}`,
          `${y}-${p2(m)}`,
          `${y}-${m}`,
          `${y}/${p2(m)}`,
          `${y}/${m}/${d}`,
          `${y}-${m}-${d}`,
          `${y}-${p2(m)}-${p2(d)}`,
          `${y}年${m}月`,
          `${y}年${p2(m)}月`,
          `${y}年${p2(m)}月${p2(d)}日`,
          `${y}年${m}月${d}日`,
          `${y}${p2(m)}`,
          `${y}${p2(m)}${p2(d)}`,
        ];
        for (const t of [...texts, ...texts.map(full), ...texts.map((t) => ` ${t}\u3000`)]) {
          expect(parseYearMonth(t), t).toEqual(ok(expected));
        }
        expect(parseYearMonth(new Date(Date.UTC(y, m - 1, d)))).toEqual(ok(expected));
        expect(formatYearMonth(expected)).toBe(expected);
      }),
    );
  });

  it('Excel serials agree with an independent epoch computation', () => {
    // For dates from 1900-03-01 on, serial = days since 1899-12-30.
    const dayArb = fc.integer({ min: 61, max: 73415 });
    fc.assert(
      fc.property(dayArb, (serial) => {
        const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
        const expected = `${d.getUTCFullYear()}.${p2(d.getUTCMonth() + 1)}`;
        expect(parseYearMonth(serial)).toEqual(ok(expected));
      }),
    );
  });

  it('numeric cells: two-decimal months and .2–.9 are read, only .1 is ambiguous', () => {
    fc.assert(
      fc.property(ymArb, ({ y, m }) => {
        const twoDecimals = Number(`${y}.${p2(m)}`);
        const r = parseYearMonth(twoDecimals, { numeric: true });
        if (m === 10)
          expect(r).toMatchObject({ ok: false, ambiguous: true }); // 1985.10 === 1985.1
        else expect(r).toEqual(ok(`${y}.${p2(m)}`));
        if (m <= 9) {
          const oneDecimal = parseYearMonth(Number(`${y}.${m}`), { numeric: true });
          if (m === 1) expect(oneDecimal).toMatchObject({ ok: false, ambiguous: true });
          else expect(oneDecimal).toEqual(ok(`${y}.${p2(m)}`));
        }
        expect(parseYearMonth(y * 100 + m)).toEqual(ok(`${y}.${p2(m)}`));
      }),
    );
  });
});

describe('formatYearMonth / compareYearMonth', () => {
  it('returns canonical values and throws on anything else', () => {
    expect(formatYearMonth('1985.03')).toBe('1985.03');
    expect(() => formatYearMonth('1985.3')).toThrow(RangeError);
    expect(() => formatYearMonth('1985.13')).toThrow('月份应为1-12');
    expect(() => formatYearMonth('')).toThrow(RangeError);
  });

  it('orders year-months', () => {
    expect(compareYearMonth('1985.03', '1985.10')).toBeLessThan(0);
    expect(compareYearMonth('1986.01', '1985.12')).toBeGreaterThan(0);
    expect(compareYearMonth('1985.03', '1985.03')).toBe(0);
    expect(['2001.01', '1985.12', '1985.03'].sort(compareYearMonth)).toEqual(['1985.03', '1985.12', '2001.01']);
  });
});

describe('labels', () => {
  it('formats Chinese dates without zero padding', () => {
    expect(formatChineseDate('2025-04-10')).toBe('2025年4月10日');
    expect(formatChineseDate('2025-12-01')).toBe('2025年12月1日');
    expect(() => formatChineseDate('2025-02-30')).toThrow(RangeError);
    expect(() => formatChineseDate('2025.04.10')).toThrow(RangeError);
  });

  it('formats quarter and month periods', () => {
    expect(formatPeriodLabel(2025, 1)).toBe('2025年第一季度');
    expect(formatPeriodLabel(2025, 2)).toBe('2025年第二季度');
    expect(formatPeriodLabel(2025, 3)).toBe('2025年第三季度');
    expect(formatPeriodLabel(2025, 4)).toBe('2025年第四季度');
    expect(formatMonthLabel(2025, 1)).toBe('2025年1月');
    expect(formatMonthLabel(2025, 12)).toBe('2025年12月');
    expect(() => formatMonthLabel(2025, 13)).toThrow(RangeError);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2025-04-10', '2025-04-10'],
    ['2025.04.10', '2025-04-10'],
    ['2025.4.1', '2025-04-01'],
    ['2025/4/10', '2025-04-10'],
    ['2025年4月10日', '2025-04-10'],
    ['2025年04月01日', '2025-04-01'],
    ['20250410', '2025-04-10'],
    ['２０２５－０４－１０', '2025-04-10'],
    [' 2024-02-29 ', '2024-02-29'],
  ])('%j → %s', (input, expected) => {
    expect(toIsoDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['', '2025-04', '2025年4月', '2025-02-30', '2023-02-29', '20251301', '2025.04-10', 'abc'])('rejects %j', (input) => {
    const r = toIsoDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
  });
});
