import { describe, expect, it } from 'vitest';
import { nameMatches } from '../../shared/text/pinyin';

describe('拼音首字母 search (nameMatches)', () => {
  it('finds a name by its characters, its initials, whole syllables or a mix, in any case', () => {
    for (const q of ['欧阳', '然凯', 'oyrk', 'OYRK', 'oy', 'rk', 'ouyang', 'ouyangrk', 'oyrankai', 'o y'])
      expect(nameMatches('欧阳然凯', q), q).toBe(true);
  });

  it('knows 多音字 in surnames: 单 shan/dan, 曾 zeng/ceng, 解 xie/jie', () => {
    expect(nameMatches('单雪', 'sx')).toBe(true);
    expect(nameMatches('单雪', 'dx')).toBe(true);
    expect(nameMatches('曾明', 'zm')).toBe(true);
    expect(nameMatches('解放', 'xf')).toBe(true);
  });

  it('does not match letters out of order, letters of other names, or digits', () => {
    expect(nameMatches('欧阳然凯', 'oryk')).toBe(false);
    expect(nameMatches('丁刚远', 'dy')).toBe(false);
    expect(nameMatches('丁刚远', 'wy')).toBe(false);
    expect(nameMatches('丁刚远', '1234')).toBe(false);
    expect(nameMatches('丁刚远', '丁y')).toBe(false);
  });

  it('an empty query matches everyone', () => {
    expect(nameMatches('丁刚远', '  ')).toBe(true);
  });
});
