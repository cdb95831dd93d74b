/**
 * 姓氏笔画排序 — the order used for official name lists (not pinyin).
 *
 * Names are compared character by character. For one character:
 *  1. fewer strokes first;
 *  2. same count → the stroke classes compared position by position, first
 *     stroke first, in the order 横(1) 竖(2) 撇(3) 点(4) 折(5);
 *  3. still equal (e.g. 土/士) → by code point, so equal names stay together and
 *     the order is total and independent of input order.
 * Then the next character; a name that is a prefix of another comes first.
 * Compound surnames (欧阳, 司马) get no special treatment: they are simply
 * compared char by char like any other name. Characters unknown to cnchar
 * (Latin letters, '·', rare CJK extension characters) sort after all Chinese
 * characters, among themselves by code point. Whitespace is ignored, so a
 * padded '王  五' sorts as '王五'.
 *
 * Stroke classes follow 《GB13000.1字符集汉字笔顺规范》: 提 counts as 横,
 * 竖钩 as 竖, 捺 (and dot variants) as 点, every turning stroke (横折, 横钩,
 * 竖提, 竖弯, 撇折, 撇点, 斜钩, 弯钩, 卧钩 …) as 折.
 */
import cncharLib from 'cnchar';
import orderPlugin from 'cnchar-order';

// Only what we use, with the shapes cnchar actually returns.
interface StrokeApi {
  stroke(ch: string): number;
  stroke(ch: string, a: 'order', b: 'name'): Array<string[] | null>;
}
cncharLib.use(orderPlugin);
const cnchar = cncharLib as unknown as StrokeApi;

export type StrokeClass = 1 | 2 | 3 | 4 | 5;

const DOT_CLASS = /^(?:点\d*|捺|长点|左点|右点|平捺|反捺)$/;

/**
 * Stroke name → class 横1 竖2 撇3 点4 折5. For alternatives written
 * '横撇|横钩' the first is used (alternatives in cnchar are all turning strokes).
 * cnchar names one dot variant '点2'; it is a dot, not 提.
 */
export function strokeClass(name: string): StrokeClass {
  const n = name.split('|')[0].trim();
  if (n === '横' || n === '提') return 1;
  if (n === '竖' || n === '竖钩') return 2;
  if (n === '撇') return 3;
  if (DOT_CLASS.test(n)) return 4;
  return 5;
}

/** Marks a character unknown to cnchar; above any real stroke count. */
const NON_HAN = 1000;
/** Class used when cnchar knows the count but not the order (a handful of chars). */
const UNKNOWN_CLASS = 6;

const charKeys = new Map<string, readonly number[]>();

/**
 * Key of one character. Han: [count, class × count, codePoint] — self-delimiting
 * because the count fixes the length, so concatenated keys compare correctly.
 * Other: [NON_HAN, codePoint].
 */
function charKey(ch: string): readonly number[] {
  let key = charKeys.get(ch);
  if (key) return key;
  const cp = ch.codePointAt(0) ?? 0;
  // cnchar indexes UTF-16 units; astral characters are not in its data.
  const count = ch.length === 1 ? cnchar.stroke(ch) : 0;
  if (typeof count === 'number' && count > 0) {
    const names = cnchar.stroke(ch, 'order', 'name')[0];
    const classes = names && names.length === count ? names.map(strokeClass) : new Array<number>(count).fill(UNKNOWN_CLASS);
    key = [count, ...classes, cp];
  } else {
    key = [NON_HAN, cp];
  }
  charKeys.set(ch, key);
  return key;
}

/** Precomputed sort key; compare keys with lexicographic number order (shorter prefix first). */
export function strokeKey(name: string): number[] {
  const key: number[] = [];
  for (const ch of name) {
    if (/\s/.test(ch)) continue;
    for (const n of charKey(ch)) key.push(n);
  }
  return key;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  const len = Math.min(a.length, b.length);
  for (let i = 0; i < len; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** Negative if a sorts before b by 姓氏笔画; 0 only for names equal up to whitespace. */
export function compareByStroke(a: string, b: string): number {
  return compareKeys(strokeKey(a), strokeKey(b));
}

/** Stable sort by 姓氏笔画; returns a new array, computing each key once. */
export function sortByStroke<T>(items: readonly T[], name: (t: T) => string): T[] {
  const decorated = items.map((item, index) => ({ item, index, key: strokeKey(name(item)) }));
  decorated.sort((x, y) => compareKeys(x.key, y.key) || x.index - y.index);
  return decorated.map((d) => d.item);
}
