import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkIdNumber, crossCheckIdNumber, makeIdNumber, maskIdNumber, normalizeIdNumber } from '../../shared/text/id-card';
import { squeezeLabel, toHalfWidth } from '../../shared/text/normalize';

// Independent implementation of the GB 11643-1999 check character, so the
// tests do not trust the code under test to build their fixtures.
function withCheck(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, c, i) => acc + Number(c) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

const TODAY = new Date(2025, 3, 10); // 2025-04-10, local

describe('normalize helpers (used by the ID and date parsers)', () => {
  it('toHalfWidth maps U+FF01–FF5E to ASCII and U+3000 to a space', () => {
    expect(toHalfWidth('！～０９ＡＺａｚ．（）\u3000')).toBe('!~09AZaz.() ');
    expect(toHalfWidth('王五 ,')).toBe('王五 ,');
  });

  it('squeezeLabel removes all whitespace and ⏎ from padded Excel headers', () => {
    expect(squeezeLabel('姓  名')).toBe('姓名');
    expect(squeezeLabel('出  生\r\n年  月')).toBe('出生年月');
    expect(squeezeLabel('\u3000身份证号⏎\t')).toBe('身份证号');
  });
});

describe('normalizeIdNumber', () => {
  it('trims, removes ASCII and ideographic spaces, converts full-width, upper-cases x', () => {
    expect(normalizeIdNumber('  110105 19491231 002x ')).toBe('11010519491231002X');
    expect(normalizeIdNumber('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
    expect(normalizeIdNumber('110105\u300019491231002X')).toBe('11010519491231002X');
  });
});

describe('checkIdNumber', () => {
  const valid: Array<[string, string, string, '男' | '女']> = [
    // Public sample from the standard's explanatory material.
    ['11010519491231002X', '1949.12', '1949-12-31', '女'],
    [withCheck('45080219850312123'), '1985.03', '1985-03-12', '男'],
    [withCheck('45080219850312124'), '1985.03', '1985-03-12', '女'],
    [withCheck('32010219000101001'), '1900.01', '1900-01-01', '男'],
    [withCheck('44030420000229002'), '2000.02', '2000-02-29', '女'], // leap day
    [withCheck('51010719991231999'), '1999.12', '1999-12-31', '男'],
  ];
  it.each(valid)('accepts %s', (id, birth, birthDate, gender) => {
    expect(checkIdNumber(id, TODAY)).toEqual({ ok: true, id, birth, birthDate, gender });
  });

  it('has fixtures that cover the X check character and digits', () => {
    expect(valid.some(([id]) => id.endsWith('X'))).toBe(true);
    expect(valid.some(([id]) => /\d$/.test(id))).toBe(true);
  });

  it('accepts lowercase x and full-width digits', () => {
    const r1 = checkIdNumber('11010519491231002x', TODAY);
    expect(r1).toMatchObject({ ok: true, id: '11010519491231002X' });
    const r2 = checkIdNumber('１１０１０５１９４９１２３１００２Ｘ', TODAY);
    expect(r2).toMatchObject({ ok: true, id: '11010519491231002X', gender: '女' });
    expect(checkIdNumber(' 1101 0519 4912 3100 2X ', TODAY).ok).toBe(true);
  });

  it('reports a wrong check character with expected and actual', () => {
    // 11010519491231002X is valid, so …0025 must report "应为X，实为5".
    expect(checkIdNumber('110105194912310025', TODAY)).toEqual({
      ok: false,
      message: '身份证号校验位错误：应为X，实为5',
    });
  });

  it.each([
    ['11010519491231002', '身份证号应为18位，现为17位'],
    ['11010519491231002X1', '身份证号应为18位，现为19位'],
    ['1101051949', '身份证号应为18位，现为10位'],
  ])('rejects length of %s', (id, message) => {
    expect(checkIdNumber(id, TODAY)).toEqual({ ok: false, message });
  });

  it('refuses 15-digit old IDs, asking for the 18-digit one', () => {
    const r = checkIdNumber('110105491231002', TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('15位');
      expect(r.message).toContain('18位');
    }
  });

  it('rejects letters other than a final X', () => {
    expect(checkIdNumber('1101051949123100X2', TODAY).ok).toBe(false);
    expect(checkIdNumber('11010519491231002Y', TODAY).ok).toBe(false);
    expect(checkIdNumber('', TODAY)).toEqual({ ok: false, message: '身份证号不能为空' });
  });

  it.each([
    ['19851332', withCheck('45080219851332123')],
    ['19850230', withCheck('45080219850230123')], // Feb 30
    ['19010229', withCheck('45080219010229123')], // 1901 is not a leap year
    ['19000229', withCheck('45080219000229123')], // 1900 is not a leap year
    ['18991231', withCheck('45080218991231123')], // before 1900
  ])('rejects invalid birth date %s', (date, id) => {
    expect(checkIdNumber(id, TODAY)).toEqual({ ok: false, message: `身份证号中的出生日期${date}无效` });
  });

  it('rejects a birth date in the future, accepts today', () => {
    const future = withCheck('45080220250411123');
    const r = checkIdNumber(future, TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('20250411');
    expect(checkIdNumber(withCheck('45080220250410123'), TODAY).ok).toBe(true);
    // Default "today" is the real clock: 2099 is in the future for the life of this app.
    expect(checkIdNumber(withCheck('45080220990101123')).ok).toBe(false);
  });
});

describe('crossCheckIdNumber', () => {
  const id = withCheck('45080219850312124'); // 1985.03, female

  it('is empty when consistent or fields absent', () => {
    expect(crossCheckIdNumber(id, { birth: '1985.03', gender: '女' })).toEqual([]);
    expect(crossCheckIdNumber(id, {})).toEqual([]);
    expect(crossCheckIdNumber(id, { birth: null, gender: null })).toEqual([]);
    expect(crossCheckIdNumber(id, { birth: '1985.3' })).toEqual([]); // lenient form of the same month
  });

  it('reports birth and gender mismatches', () => {
    expect(crossCheckIdNumber(id, { birth: '1985.04', gender: '男' })).toEqual([
      '身份证号中的出生年月为1985.03，与出生年月1985.04不一致',
      '身份证号显示性别为女，与性别男不一致',
    ]);
  });

  it('says nothing about an invalid ID (checkIdNumber reports that)', () => {
    expect(crossCheckIdNumber('123', { birth: '1985.04', gender: '男' })).toEqual([]);
  });
});

describe('maskIdNumber', () => {
  it('shows first 4 and last 4', () => {
    expect(maskIdNumber('450802198503121234')).toBe('4508**********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });

  it('masks short strings without revealing more than half', () => {
    expect(maskIdNumber('')).toBe('');
    expect(maskIdNumber('123')).toBe('***');
    expect(maskIdNumber('12345678')).toBe('12****78');
    expect(maskIdNumber('123456789012')).toBe('123******012');
    expect(maskIdNumber('110105491231002')).toBe('110*********002');
  });

  it('never reveals more than 8 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789X'), maxLength: 30 }), (s) => {
        const masked = maskIdNumber(s);
        expect(masked.length).toBe(s.length);
        expect([...masked].filter((c) => c !== '*').length).toBeLessThanOrEqual(Math.min(8, s.length / 2));
      }),
    );
  });
});

describe('makeIdNumber', () => {
  const birthArb = fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2020, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const areaArb = fc.integer({ min: 110000, max: 659999 }).map(String);
  const seqArb = fc.integer({ min: 0, max: 999 });

  it('builds the fixture IDs exactly', () => {
    expect(makeIdNumber('110105', '1949-12-31', 2)).toBe('11010519491231002X');
    expect(makeIdNumber('450802', '1985-03-12', 123)).toBe(withCheck('45080219850312123'));
  });

  it('always yields IDs that checkIdNumber accepts with the same birth and gender parity', () => {
    fc.assert(
      fc.property(areaArb, birthArb, seqArb, (area, birthDate, seq) => {
        const id = makeIdNumber(area, birthDate, seq);
        const r = checkIdNumber(id, TODAY);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.birthDate).toBe(birthDate);
        expect(r.birth).toBe(birthDate.slice(0, 7).replace('-', '.'));
        expect(r.gender).toBe(seq % 2 === 1 ? '男' : '女');
        expect(id).toBe(withCheck(id.slice(0, 17)));
      }),
    );
  });

  it('changing any one character makes the ID fail', () => {
    fc.assert(
      fc.property(
        areaArb,
        birthArb,
        seqArb,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        (area, birthDate, seq, pos, shift) => {
          const id = makeIdNumber(area, birthDate, seq);
          // Cycle through the alphabet so the replacement always differs.
          const alphabet = pos === 17 ? '0123456789X' : '0123456789';
          const at = alphabet.indexOf(id[pos]);
          const replacement = alphabet[(at + (shift % alphabet.length || 1)) % alphabet.length];
          const changed = id.slice(0, pos) + replacement + id.slice(pos + 1);
          expect(changed).not.toBe(id);
          expect(checkIdNumber(changed, TODAY).ok).toBe(false);
        },
      ),
    );
  });

  it('refuses bad arguments', () => {
    expect(() => makeIdNumber('11010', '1985-03-12', 1)).toThrow(RangeError);
    expect(() => makeIdNumber('110105', '1985-02-30', 1)).toThrow(RangeError);
    expect(() => makeIdNumber('110105', '1985-03-12', 1000)).toThrow(RangeError);
    expect(() => makeIdNumber('110105', '1985-03-12', 1.5)).toThrow(RangeError);
  });
});
