import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Unit, UnitKind } from '../../shared/domain/unit';
import { rolesFromPost } from '../../shared/import/role-proposals';
import { UnitIndex } from '../../shared/import/unit-match';
import { guessedPrefix, resolvePlace, type PlaceHints, type ResolvedPlace } from '../../shared/import/unit-resolve';

/** XX市医疗保障局: 局机关 with four 科室; two 二层单位, each with a 综合科. */
const unit = (id: string, name: string, kind: UnitKind, parentId: string | null): Unit => ({
  id,
  name,
  kind,
  parentId,
  order: 1,
  active: true,
});
const UNITS: Unit[] = [
  unit('b', '局机关', 'bureau', null),
  unit('office', '办公室', 'department', 'b'),
  unit('benefit', '待遇保障科', 'department', 'b'),
  unit('hr', '组织人事科', 'department', 'b'),
  unit('fund', '基金监管科', 'department', 'b'),
  unit('centre', '医疗保障事业管理中心', 'subunit', 'b'),
  unit('audit', '稽核科', 'department', 'centre'),
  unit('centre-general', '综合科', 'department', 'centre'),
  unit('station', '医疗保障服务站', 'subunit', 'b'),
  unit('station-general', '综合科', 'department', 'station'),
];
const index = new UnitIndex(UNITS, 'XX市医疗保障局');
const NONE: PlaceHints = { unit: null, department: null, heading: null, postText: null, sheet: null, currentUnitId: null };
const resolve = (hints: Partial<PlaceHints>, fileUnitId: string | null = null) => resolvePlace(index, { ...NONE, ...hints }, fileUnitId);
/** unit id (or 'new:parent/name' or the error) ← source · the post left. */
const shown = (r: ResolvedPlace) => {
  const m = r.match;
  const where =
    m.kind === 'existing'
      ? m.unitId
      : m.kind === 'new'
        ? `new:${m.parentId}/${m.chain.map((c) => `${c.name}(${c.kind})`).join('/')}`
        : 'error';
  return `${where} ← ${r.source ?? '—'} · ${r.postRest ?? ''}`;
};

describe('unit resolution, in the issue’s order', () => {
  it('a 单位/科室 column comes first', () => {
    const all = { heading: '医疗保障事业管理中心', postText: '基金监管科科长', sheet: '办公室', currentUnitId: 'hr' };
    expect(shown(resolve({ ...all, unit: '待遇保障科' }, 'office'))).toBe('benefit ← column · ');
    expect(shown(resolve({ ...all, heading: null, unit: '医疗保障事业管理中心', department: '稽核科' }))).toBe('audit ← column · ');
  });

  it('then the section heading, narrowed by a unit the post names inside it', () => {
    expect(shown(resolve({ heading: '局机关', postText: '待遇保障科科长', sheet: '办公室' }, 'office'))).toBe('benefit ← post · 科长');
    expect(shown(resolve({ heading: '医疗保障事业管理中心', postText: '稽核科副科长' }))).toBe('audit ← post · 副科长');
    expect(shown(resolve({ heading: '医疗保障事业管理中心', postText: '主任' }))).toBe('centre ← heading · ');
    // A post naming a unit outside the section keeps the section's unit and its own words.
    expect(shown(resolve({ heading: '医疗保障事业管理中心', postText: '待遇保障科科长' }))).toBe('centre ← heading · ');
  });

  it('then the unit at the start of 现任职务: the longest known name, the post is the rest', () => {
    expect(shown(resolve({ postText: '医疗保障事业管理中心稽核科副科长', sheet: '办公室' }, 'office'))).toBe('audit ← post · 副科长');
    expect(shown(resolve({ postText: 'XX市医疗保障局党组书记、局长' }))).toBe('b ← post · 党组书记、局长');
    expect(shown(resolve({ postText: 'XX市医疗保障局组织人事科科长' }))).toBe('hr ← post · 科长');
    expect(shown(resolve({ postText: 'XX市医疗保障事业管理中心主任' }))).toBe('centre ← post · 主任');
    expect(shown(resolve({ postText: '办公室，四级主任科员' }))).toBe('office ← post · 四级主任科员');
  });

  it('then the sheet name, then the unit someone on the roster is in, then the clerk’s choice for the file', () => {
    expect(shown(resolve({ postText: '一级主任科员', sheet: '基金监管科', currentUnitId: 'hr' }, 'office'))).toBe('fund ← sheet · ');
    expect(shown(resolve({ postText: '一级主任科员', currentUnitId: 'hr' }, 'office'))).toBe('hr ← current · ');
    expect(shown(resolve({ postText: '一级主任科员' }, 'office'))).toBe('office ← file · ');
    expect(shown(resolve({ postText: '一级主任科员' }))).toBe('error ← — · ');
    expect(resolve({ postText: '一级主任科员' }).match).toEqual({
      kind: 'error',
      message:
        '找不到单位：表中没有单位列和分段标题，“一级主任科员”的开头也不是单位名称。请在预览上方选择“导入到”的单位，或在表中加上“单位”列',
    });
  });

  it('a heading or prefix equal to the organisation or 局机关 is the bureau itself, never a 科室 named 机关', () => {
    for (const heading of ['局机关', '机关', 'XX市医疗保障局', '医疗保障局', 'XX市医疗保障局机关', 'XX市医疗保障局本级', '医疗保障局机关'])
      expect(shown(resolve({ heading })), heading).toBe('b ← heading · ');
    expect(shown(resolve({ unit: 'XX市医疗保障局办公室' }))).toBe('office ← column · ');
    // 机关党委书记 is a post, not the bureau followed by one.
    expect(shown(resolve({ postText: '机关党委书记' }))).toBe('error ← — · ');
  });

  it('units not on the roster are proposed (new), inside the unit that holds them', () => {
    expect(shown(resolve({ heading: '医疗保障事业管理中心', postText: '结算科科长' }))).toBe('new:centre/结算科(department) ← post · 科长');
    expect(shown(resolve({ postText: '医疗保障事业管理中心结算科科员' }))).toBe('new:centre/结算科(department) ← post · 科员');
    expect(shown(resolve({ postText: '法规科副科长' }))).toBe('new:b/法规科(department) ← post · 副科长');
    expect(shown(resolve({ heading: '医疗保险经办中心' }))).toBe('new:b/医疗保险经办中心(subunit) ← heading · ');
    expect(shown(resolve({ heading: '医疗保险经办中心', postText: '财务科科长' }))).toBe(
      'new:b/医疗保险经办中心(subunit)/财务科(department) ← post · 科长',
    );
    // 综合科 is in both 二层单位: named alone it is ambiguous; with its 二层单位 it is not.
    expect(shown(resolve({ unit: '综合科' }))).toBe('error ← column · ');
    expect(shown(resolve({ postText: '医疗保障服务站综合科科员' }))).toBe('station-general ← post · 科员');
  });

  it('guesses a unit at the start of a post only when a post word follows it', () => {
    expect(guessedPrefix('结算科科长')).toEqual({ name: '结算科', rest: '科长' });
    expect(guessedPrefix('办公室主任')).toEqual({ name: '办公室', rest: '主任' });
    expect(guessedPrefix('医保中心副主任')).toEqual({ name: '医保中心', rest: '副主任' });
    for (const post of ['四级主任科员', '一级主任科员', '科员', '主任', '副主任', '党组书记、局长', '科长', '纪检组长'])
      expect(guessedPrefix(post), post).toBeNull();
  });

  const existing = UNITS.filter((u) => u.kind !== 'bureau' && u.name !== '综合科');
  const postWords = ['科长', '副科长', '主任', '副主任', '四级主任科员', '一级科员', '科员', '工作人员'];

  it('property: a known unit at the start of a post is found, whatever the other fallbacks say', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...existing),
        fc.constantFrom(...postWords),
        fc.option(fc.constantFrom(...existing.map((u) => u.name)), { nil: null }),
        fc.option(fc.constantFrom(...UNITS.map((u) => u.id)), { nil: null }),
        (u, word, sheet, file) => {
          const r = resolve({ postText: `${u.name}${word}`, sheet }, file);
          expect(r.match).toEqual({ kind: 'existing', unitId: u.id });
          expect(r.source).toBe('post');
          expect(r.postRest).toBe(word);
        },
      ),
    );
  });

  it('property: the clerk’s choice only fills rows nothing else placed', () => {
    const hints = fc.record({
      unit: fc.option(fc.constantFrom(...existing.map((u) => u.name)), { nil: null }),
      department: fc.constant(null),
      heading: fc.option(fc.constantFrom('局机关', '医疗保障事业管理中心'), { nil: null }),
      postText: fc.option(fc.constantFrom('科长', '稽核科科长', '一级主任科员', '待遇保障科副科长'), { nil: null }),
      sheet: fc.option(fc.constantFrom('办公室', 'Sheet1'), { nil: null }),
      currentUnitId: fc.option(fc.constantFrom('hr', 'audit'), { nil: null }),
    });
    fc.assert(
      fc.property(hints, fc.constantFrom(...UNITS.map((u) => u.id)), (h, file) => {
        const sheet = h.sheet === 'Sheet1' ? null : h.sheet;
        const without = resolve({ ...h, sheet });
        const withChoice = resolve({ ...h, sheet }, file);
        if (without.match.kind === 'error') expect(withChoice.source === 'file' || withChoice.source === 'post').toBe(true);
        else expect(withChoice).toEqual(without);
      }),
    );
  });
});

describe('roles proposed from 职务', () => {
  const bureau = { kind: 'bureau' as const, name: '局机关' };
  const office = { kind: 'department' as const, name: '办公室' };
  const hr = { kind: 'department' as const, name: '组织人事科' };
  const centre = { kind: 'subunit' as const, name: '医疗保障事业管理中心' };
  const roles = (post: string, u: { kind: UnitKind; name: string }) => rolesFromPost(post, u).map((r) => `${r.kind}/${r.scope}`);

  it('reads the posts of a bureau', () => {
    expect(roles('党组书记、局长', bureau)).toEqual(['principal/bureau']);
    expect(roles('局长', bureau)).toEqual(['principal/bureau']);
    expect(roles('党组成员、副局长', bureau)).toEqual(['leadershipMember/bureau']);
    expect(roles('副局长', bureau)).toEqual(['leadershipMember/bureau']);
    expect(roles('党组成员', bureau)).toEqual(['leadershipMember/bureau']);
    expect(roles('科长', office)).toEqual(['departmentHead/own']);
    expect(roles('主任', office)).toEqual(['departmentHead/own']);
    expect(roles('科长', hr)).toEqual(['departmentHead/own', 'personnelHead/bureau']);
    expect(roles('主任', centre)).toEqual(['subunitLeader/own']);
    expect(roles('副主任', centre)).toEqual(['subunitLeader/own']);
    expect(roles('党支部书记、副主任', centre)).toEqual(['subunitLeader/own']);
    for (const [post, u] of [
      ['副科长', office],
      ['四级主任科员', office],
      ['一级主任科员', hr],
      ['科员', centre],
      ['四级调研员', bureau],
      ['科长', bureau],
      ['局长', office],
    ] as const)
      expect(roles(post, u), post).toEqual([]);
  });

  it('property: 主任科员 and deputies of a 科室 are never its head; a principal is never also listed as a member', () => {
    const grade = fc.constantFrom('一级', '二级', '三级', '四级');
    fc.assert(
      fc.property(grade, fc.constantFrom(office, hr, centre), (g, u) => {
        expect(rolesFromPost(`${g}主任科员`, u)).toEqual([]);
        expect(rolesFromPost(`副科长、${g}主任科员`, u).map((r) => r.kind)).not.toContain('departmentHead');
      }),
    );
    fc.assert(
      fc.property(fc.subarray(['党组书记', '局长', '党组成员', '副局长', '一级调研员'], { minLength: 1 }), (parts) => {
        const kinds = rolesFromPost(parts.join('、'), bureau).map((r) => r.kind);
        expect(kinds.includes('principal') && kinds.includes('leadershipMember')).toBe(false);
      }),
    );
  });
});
