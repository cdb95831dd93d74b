import { match } from 'pinyin-pro';

/**
 * Whether a name answers what the clerk typed in a search box: the characters themselves (王五),
 * or the name's pinyin — 首字母 (wy), whole syllables (wangwu) or a mix (wangw) — anywhere in the
 * name, 多音字 included (单 is shan and dan, 曾 zeng and ceng). Upper or lower case alike.
 * Only the search uses pinyin; lists stay ordered 按姓氏笔画 (DOMAIN.md §6).
 */
export function nameMatches(name: string, query: string): boolean {
  const q = query.replace(/\s+/g, '').toLowerCase();
  if (!q) return true;
  if (name.includes(q)) return true;
  // Only letters go to the pinyin matcher: a query of digits or a mix with Chinese is not pinyin.
  if (!/^[a-z]+$/.test(q)) return false;
  return match(name, q, { precision: 'start', continuous: true }) !== null;
}
