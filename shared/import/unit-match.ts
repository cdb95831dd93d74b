import type { Unit, UnitKind } from '../domain/unit';
import { toHalfWidth } from '../text/normalize';

export type UnitMatch =
  | { kind: 'existing'; unitId: string }
  /** Units to create, outermost first, under an existing parent. */
  | { kind: 'new'; parentId: string; chain: { name: string; kind: UnitKind }[] }
  | { kind: 'error'; message: string };

const BUREAU_WORDS = ['局机关', '机关', '局本级', '本级', '机关本级'];
const SUBUNIT_NAME = /(中心|站|所|院|分局|队|服务中心)$/;

const clean = (s: string | null) => (s === null ? null : toHalfWidth(s).replace(/[\s\u3000]+/g, '') || null);

/**
 * Where a roster row's person works, from the sheet's 单位 / 科室 columns and the heading line
 * above the table: "局机关" + "组织人事科", "医疗保障事业管理中心" + "稽核科", or one text
 * "医疗保障事业管理中心稽核科". Unknown units become new ones (shown in the preview), an
 * ambiguous 科室 name (综合科 in two 二层单位) is an error asking for the upper unit.
 */
export function matchUnit(
  units: readonly Unit[],
  organisation: string,
  place: { unit: string | null; department: string | null; heading: string | null },
): UnitMatch {
  const active = units.filter((u) => u.active);
  const bureau = active.find((u) => u.kind === 'bureau');
  if (!bureau) return { kind: 'error', message: '还没有建立局机关' };
  const isBureau = (name: string) => BUREAU_WORDS.includes(name) || name === clean(bureau.name) || name === clean(organisation);
  const children = (parentId: string) => active.filter((u) => u.parentId === parentId);
  const named = (name: string) => active.filter((u) => clean(u.name) === name);

  /** A unit named alone: the bureau, an existing unit, or a combined "上级单位+科室". */
  const resolveTop = (name: string): UnitMatch => {
    if (isBureau(name)) return { kind: 'existing', unitId: bureau.id };
    const hits = named(name);
    if (hits.length === 1) return { kind: 'existing', unitId: hits[0].id };
    if (hits.length > 1)
      return { kind: 'error', message: `有 ${hits.length} 个名为“${name}”的单位，请写明上级单位，如“${labelOf(hits[0])}”` };
    for (const parent of active.filter((u) => u.kind !== 'department')) {
      const prefix = clean(parent.name)!;
      if (name.startsWith(prefix) && name.length > prefix.length) return under(parent.id, name.slice(prefix.length));
    }
    for (const word of [...BUREAU_WORDS, clean(organisation) ?? '']) {
      if (word && name.startsWith(word) && name.length > word.length) return under(bureau.id, name.slice(word.length));
    }
    return { kind: 'new', parentId: bureau.id, chain: [{ name, kind: SUBUNIT_NAME.test(name) ? 'subunit' : 'department' }] };
  };

  const under = (parentId: string, name: string): UnitMatch => {
    const hit = children(parentId).find((u) => clean(u.name) === name);
    return hit ? { kind: 'existing', unitId: hit.id } : { kind: 'new', parentId, chain: [{ name, kind: 'department' }] };
  };

  const labelOf = (u: Unit) => {
    const parent = active.find((p) => p.id === u.parentId);
    return parent && parent.kind !== 'bureau' ? `${parent.name}${u.name}` : u.name;
  };

  const unit = clean(place.unit);
  const dept = clean(place.department);
  const heading = clean(place.heading);
  if (dept) {
    const parentName = unit ?? heading;
    if (!parentName) {
      const hits = named(dept);
      if (hits.length > 1) return { kind: 'error', message: `有 ${hits.length} 个名为“${dept}”的科室，请在“单位”列写明所属单位` };
      return resolveTop(dept);
    }
    const parent = resolveTop(parentName);
    if (parent.kind === 'error') return parent;
    if (parent.kind === 'new')
      return { ...parent, chain: [...parent.chain.map((c) => ({ ...c, kind: 'subunit' as const })), { name: dept, kind: 'department' }] };
    return under(parent.unitId, dept);
  }
  if (unit) {
    // A 科室 name under a heading line (干部名册: 医疗保障事业管理中心 ▸ rows with 结算科).
    if (heading && !isBureau(unit)) {
      const parent = resolveTop(heading);
      if (parent.kind === 'existing' && active.find((u) => u.id === parent.unitId)?.kind !== 'department') {
        const inside = children(parent.unitId).find((u) => clean(u.name) === unit);
        if (inside) return { kind: 'existing', unitId: inside.id };
      }
    }
    return resolveTop(unit);
  }
  if (heading) return resolveTop(heading);
  return { kind: 'error', message: '没有填写单位或科室' };
}

/** matchUnit for many rows: rows of one sheet name few distinct places, so answers are reused. */
export function unitMatcher(units: readonly Unit[], organisation: string) {
  const cache = new Map<string, UnitMatch>();
  return (place: { unit: string | null; department: string | null; heading: string | null }): UnitMatch => {
    const key = `${place.unit}\u0000${place.department}\u0000${place.heading}`;
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = matchUnit(units, organisation, place)));
    return hit;
  };
}
