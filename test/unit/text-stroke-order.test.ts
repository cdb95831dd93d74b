import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareByStroke, sortByStroke, strokeClass, strokeKey } from '../../shared/text/stroke-order';

const sortNames = (names: string[]) => sortByStroke(names, (s) => s);

// Stroke classes: 横1 竖2 撇3 点4 折5 (提→横, 竖钩→竖, 捺→点, turning strokes→折).
// All expected orders below were worked out by hand from the standard stroke orders;
// cnchar's data only has to agree with them.

describe('strokeClass', () => {
  it.each([
    ['横', 1],
    ['提', 1],
    ['竖', 2],
    ['竖钩', 2],
    ['撇', 3],
    ['点', 4],
    ['捺', 4],
    ['点2', 4],
    ['长点', 4],
    ['横折', 5],
    ['横钩', 5],
    ['横撇', 5],
    ['竖提', 5],
    ['竖弯', 5],
    ['竖弯钩', 5],
    ['撇折', 5],
    ['撇点', 5],
    ['斜钩', 5],
    ['弯钩', 5],
    ['卧钩', 5],
    ['横折钩', 5],
    ['竖折折钩', 5],
    ['横斜钩', 5],
    ['横撇|横钩', 5],
    ['斜钩|卧钩', 5],
  ] as const)('%s → %d', (name, cls) => {
    expect(strokeClass(name)).toBe(cls);
  });
});

describe('compareByStroke: hand-derived orders', () => {
  it('orders the example list by surname strokes', () => {
    // 丁 2 strokes 横 竖钩 → [1,2]; 卜 2 strokes 竖 点 → [2,4]: 丁 first (横 < 竖).
    // 万 3 strokes 横 横折钩 撇 → [1,5,3]; 马 3 strokes 横折 竖折折钩 横 → [5,5,1]: 万 first.
    // 王 4, 司 5, 欧 8 strokes. 司马光 and 欧阳修 are compared char by char like any name.
    expect(sortNames(['王五', '欧阳修', '司马光', '丁一', '卜二', '马三', '万四'])).toEqual([
      '丁一',
      '卜二',
      '万四',
      '马三',
      '王五',
      '司马光',
      '欧阳修',
    ]);
  });

  it('orders a classic official-list sequence', () => {
    // 3 strokes: 于 横 横 竖钩 [1,1,2] < 马 [5,5,1].
    // 4 strokes: 王 横横竖横 [1,…] < 方 点横横折钩撇 [4,…] < 尹 横折横横撇 [5,1,…] < 邓 横撇 点 … [5,4,…].
    // 5 strokes: 石 横撇竖横折横 [1,…] < 卢 竖横… [2,1,…] < 叶 竖 横折 横 横 竖 [2,5,1,1,2]
    //   < 田 竖 横折 横 竖 横 [2,5,1,2,1] (4th stroke 横 < 竖) < 冯 点 提 … [4,…].
    const expected = ['于', '马', '王', '方', '尹', '邓', '石', '卢', '叶', '田', '冯'];
    expect(sortNames([...expected].reverse())).toEqual(expected);
  });

  it('orders common 6–11 stroke surnames', () => {
    // 刘 6 strokes. 7 strokes: 李 横竖撇点 横撇 竖钩 横 [1,2,3,4,5,2,1]
    //   < 杨 横竖撇点 横折折折钩 撇 撇 [1,2,3,4,5,3,3] (6th: 竖 < 撇)
    //   < 吴 竖… [2,…] < 张 横折 横 … [5,1,…] < 陈 横折折折钩 竖 … [5,2,…].
    // 周 8, 赵 9, 黄 11.
    expect(sortNames(['黄', '周', '陈', '张', '吴', '杨', '李', '刘', '赵'])).toEqual([
      '刘',
      '李',
      '杨',
      '吴',
      '张',
      '陈',
      '周',
      '赵',
      '黄',
    ]);
  });

  it('same surname: compares the second character', () => {
    // 一 1 stroke first. 2 strokes:
    //   二 横横 [1,1] < 丁 横竖钩 [1,2] = 十 横竖 [1,2] (竖钩 counts as 竖; tie → code point 丁 U+4E01 < 十 U+5341)
    //   < 七 横 竖弯钩 [1,5] < 卜 竖点 [2,4] < 人 撇捺 [3,4] = 八 [3,4] (人 U+4EBA < 八 U+516B)
    //   < 九 撇 横斜钩 [3,5] = 儿 撇 竖弯钩 [3,5] (九 U+4E5D < 儿 U+513F)
    //   < 了 横撇 竖钩 [5,2] < 乃 横折折折钩 撇 [5,3] = 力 横折钩 撇 [5,3] (乃 U+4E43 < 力 U+529B).
    const expected = ['王一', '王二', '王丁', '王十', '王七', '王卜', '王人', '王八', '王九', '王儿', '王了', '王乃', '王力'];
    expect(sortNames([...expected].reverse())).toEqual(expected);
    expect(sortNames(['王十', '王二'])).toEqual(['王二', '王十']);
  });

  it('equal stroke sequences keep each character together (土 before 士, by code point)', () => {
    // 土 and 士 are both 横竖横; 土 U+571F < 士 U+58EB, and that decides before the next character.
    expect(sortNames(['士一', '土二', '士二', '土一'])).toEqual(['土一', '土二', '士一', '士二']);
  });

  it('a name that is a prefix of another comes first', () => {
    expect(sortNames(['王五', '王', '王五一'])).toEqual(['王', '王五', '王五一']);
    expect(compareByStroke('王', '王五')).toBeLessThan(0);
    // 欧 (8) > 王 (4) still decides before length does.
    expect(compareByStroke('欧', '王五')).toBeGreaterThan(0);
  });

  it('puts non-Chinese characters after Chinese ones, by code point', () => {
    // 王 < 王一 (prefix) < 王A (一 is Chinese, A is not). Then by code point:
    // 'A' U+41 < 'T' U+54 < '·' U+B7 < 龘 U+9F98 (too rare for cnchar's data, so it counts as unknown).
    expect(sortNames(['Tom', '王A', '·', '龘', '王', 'Alice', '王一'])).toEqual(['王', '王一', '王A', 'Alice', 'Tom', '·', '龘']);
  });

  it('ignores whitespace inside names', () => {
    expect(compareByStroke('王  五', '王五')).toBe(0);
    expect(compareByStroke('王\u3000五', '王五')).toBe(0);
    expect(sortNames(['王五', '丁 一'])).toEqual(['丁 一', '王五']);
  });

  it('builds self-delimiting keys', () => {
    // [stroke count, classes…, code point] per Chinese character.
    expect(strokeKey('丁')).toEqual([2, 1, 2, 0x4e01]);
    expect(strokeKey('马')).toEqual([3, 5, 5, 1, 0x9a6c]);
    expect(strokeKey('')).toEqual([]);
  });
});

// Common surnames (incl. compound ones) and given-name characters for random names.
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤土士卜',
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '令狐',
];
const GIVEN = [...'一二十丁七人八伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华建国红梅玉兰文斌浩宇轩子涵欣怡晨阳婷雪琳'];
const nameArb = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN, 'A', 'b', '·'), { maxLength: 2 }))
  .map(([s, g]) => s + g.join(''));

const sign = (n: number) => (n > 0 ? 1 : n < 0 ? -1 : 0);

describe('compareByStroke properties', () => {
  it('is reflexive and antisymmetric, 0 only for equal names', () => {
    fc.assert(
      fc.property(nameArb, nameArb, (a, b) => {
        expect(compareByStroke(a, a)).toBe(0);
        expect(sign(compareByStroke(a, b)) + sign(compareByStroke(b, a))).toBe(0);
        expect(compareByStroke(a, b) === 0).toBe(a === b);
      }),
      { numRuns: 500 },
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(nameArb, nameArb, nameArb, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort(compareByStroke);
        expect(compareByStroke(x, y)).toBeLessThanOrEqual(0);
        expect(compareByStroke(y, z)).toBeLessThanOrEqual(0);
        expect(compareByStroke(x, z)).toBeLessThanOrEqual(0);
        if (compareByStroke(a, b) <= 0 && compareByStroke(b, c) <= 0) {
          expect(compareByStroke(a, c)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with comparing the keys lexicographically', () => {
    const cmpKeys = (p: number[], q: number[]) => {
      for (let i = 0; i < Math.min(p.length, q.length); i++) if (p[i] !== q[i]) return p[i] - q[i];
      return p.length - q.length;
    };
    fc.assert(
      fc.property(nameArb, nameArb, (a, b) => {
        expect(sign(cmpKeys(strokeKey(a), strokeKey(b)))).toBe(sign(compareByStroke(a, b)));
      }),
    );
  });
});

describe('sortByStroke properties', () => {
  const listArb = fc.array(nameArb, { maxLength: 40 });

  it('returns a sorted permutation of a new array, leaving the input alone', () => {
    fc.assert(
      fc.property(listArb, (names) => {
        const copy = [...names];
        const sorted = sortNames(names);
        expect(names).toEqual(copy);
        expect(sorted).not.toBe(names);
        expect([...sorted].sort()).toEqual([...names].sort());
        for (let i = 1; i < sorted.length; i++) expect(compareByStroke(sorted[i - 1], sorted[i])).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('does not depend on the input order', () => {
    fc.assert(
      fc.property(
        listArb.chain((names) =>
          fc.tuple(fc.constant(names), fc.shuffledSubarray(names, { minLength: names.length, maxLength: names.length })),
        ),
        ([names, shuffled]) => {
          expect(sortNames(shuffled)).toEqual(sortNames(names));
        },
      ),
    );
  });

  it('is stable for equal names', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('王五', '丁一', '欧阳修', '王 五', 'Tom'), { maxLength: 30 }), (names) => {
        const items = names.map((name, index) => ({ name, index }));
        const sorted = sortByStroke(items, (t) => t.name);
        for (let i = 1; i < sorted.length; i++) {
          if (compareByStroke(sorted[i - 1].name, sorted[i].name) === 0) {
            expect(sorted[i - 1].index).toBeLessThan(sorted[i].index);
          }
        }
      }),
    );
  });
});

describe('performance', () => {
  it('sorts 5,000 names well under 100 ms', () => {
    const names = fc.sample(nameArb, { numRuns: 5000, seed: 42 });
    // Rare characters the earlier tests have not cached yet, so the timing includes cnchar lookups.
    const rare = [...'鑫淼焱垚犇骉羴鱻赟昊旻晟琰璇婕媛'];
    const mixed = names.map((n, i) => n + rare[i % rare.length]);
    const t0 = performance.now();
    const sorted = sortNames(mixed);
    const elapsed = performance.now() - t0;
    expect(sorted).toHaveLength(5000);
    expect(elapsed).toBeLessThan(100);
  });
});
