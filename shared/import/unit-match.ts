import type { Unit, UnitKind } from '../domain/unit';
import { toHalfWidth } from '../text/normalize';

export type UnitMatch =
  | { kind: 'existing'; unitId: string }
  /** Units to create, outermost first, under an existing parent. */
  | { kind: 'new'; parentId: string; chain: { name: string; kind: UnitKind }[] }
  | { kind: 'error'; message: string };

/** Words a roster uses for the bureau itself rather than one of its 科室. */
const BUREAU_WORDS = ['局机关', '机关', '局本级', '本级', '机关本级'];
const SUBUNIT_NAME = /(中心|站|所|院|分局|队|服务中心)$/;

export const cleanName = (s: string | null) => (s === null ? null : toHalfWidth(s).replace(/[\s\u3000]+/g, '') || null);

/**
 * The units a roster may name, looked up by name: each active unit, each 科室 of a 二层单位 also as
 * "二层单位+科室", and the bureau under its own words (局机关, the organisation's name with or
 * without its place: XX市医疗保障局 / 医疗保障局, and those followed by 机关 or 本级). Names written
 * with the city in front (XX市医疗保障事业管理中心) are read without it.
 */
export class UnitIndex {
  readonly bureau: Unit | null;
  readonly active: Unit[];
  /** The organisation's place (XX市 of XX市医疗保障局), dropped from names that carry it. */
  private readonly place: string | null;
  private readonly bureauNames: Set<string>;
  private readonly byName = new Map<string, Unit[]>();
  /** Names a 现任职务 may start with, longest first. */
  readonly prefixes: string[];

  constructor(units: readonly Unit[], organisation: string) {
    this.active = units.filter((u) => u.active);
    this.bureau = this.active.find((u) => u.kind === 'bureau') ?? null;
    const org = cleanName(organisation) ?? '';
    this.place = /^(.*[省市县区州盟旗])./.exec(org)?.[1] ?? null;
    const orgNames = [org, this.withoutPlace(org), cleanName(this.bureau?.name ?? null) ?? ''].filter((n) => n.length > 1);
    this.bureauNames = new Set([...BUREAU_WORDS, ...orgNames.flatMap((n) => [n, `${n}机关`, `${n}本级`])]);
    for (const u of this.active) {
      this.add(cleanName(u.name)!, u);
      const parent = this.active.find((p) => p.id === u.parentId);
      if (parent && parent.kind === 'subunit') this.add(`${cleanName(parent.name)}${cleanName(u.name)}`, u);
    }
    // A 现任职务 starting with 机关 or 本级 names a post (机关党委书记), not the bureau.
    const named = [...this.byName.keys(), ...[...this.bureauNames].filter((n) => !BUREAU_WORDS.includes(n))];
    this.prefixes = [...new Set(named)].sort((a, b) => b.length - a.length);
  }

  private add(name: string, u: Unit): void {
    const list = this.byName.get(name);
    if (list) list.push(u);
    else this.byName.set(name, [u]);
  }

  withoutPlace(name: string): string {
    return this.place && name.length > this.place.length && name.startsWith(this.place) ? name.slice(this.place.length) : name;
  }

  isBureau(name: string): boolean {
    return this.bureauNames.has(name) || this.bureauNames.has(this.withoutPlace(name));
  }

  /** Units of this exact name (without the place in front). */
  named(name: string): Unit[] {
    return this.byName.get(name) ?? this.byName.get(this.withoutPlace(name)) ?? [];
  }

  children(parentId: string): Unit[] {
    return this.active.filter((u) => u.parentId === parentId);
  }

  /** Whether `id` is `ancestorId` or below it. */
  within(id: string, ancestorId: string): boolean {
    for (let u = this.active.find((x) => x.id === id); u; u = this.active.find((x) => x.id === u!.parentId)) {
      if (u.id === ancestorId) return true;
    }
    return false;
  }

  label(u: Unit): string {
    const parent = this.active.find((p) => p.id === u.parentId);
    return parent && parent.kind !== 'bureau' ? `${parent.name}${u.name}` : u.name;
  }
}

/**
 * Where a roster row's person works, from the sheet's 单位 / 科室 columns and the heading line
 * above the table: "局机关" + "组织人事科", "医疗保障事业管理中心" + "稽核科", or one text
 * "医疗保障事业管理中心稽核科". Unknown units become new ones (shown in the preview), an
 * ambiguous 科室 name (综合科 in two 二层单位) is an error asking for the upper unit.
 */
export function matchUnit(index: UnitIndex, place: { unit: string | null; department: string | null; heading: string | null }): UnitMatch {
  const bureau = index.bureau;
  if (!bureau) return { kind: 'error', message: '还没有建立局机关' };

  /** A unit named alone: the bureau, an existing unit, or a combined "上级单位+科室". */
  const resolveTop = (raw: string): UnitMatch => {
    if (index.isBureau(raw)) return { kind: 'existing', unitId: bureau.id };
    const name = index.withoutPlace(raw);
    const hits = index.named(name);
    if (hits.length === 1) return { kind: 'existing', unitId: hits[0].id };
    if (hits.length > 1)
      return { kind: 'error', message: `有 ${hits.length} 个名为“${name}”的单位，请写明上级单位，如“${index.label(hits[0])}”` };
    for (const parent of index.active.filter((u) => u.kind === 'subunit')) {
      const prefix = cleanName(parent.name)!;
      if (name.startsWith(prefix) && name.length > prefix.length) return under(parent.id, name.slice(prefix.length));
    }
    for (const word of index.prefixes.filter((p) => index.isBureau(p)).concat(BUREAU_WORDS)) {
      if (name.startsWith(word) && name.length > word.length) return under(bureau.id, name.slice(word.length));
    }
    return { kind: 'new', parentId: bureau.id, chain: [{ name, kind: SUBUNIT_NAME.test(name) ? 'subunit' : 'department' }] };
  };

  const under = (parentId: string, name: string): UnitMatch => {
    if (parentId === bureau.id && index.isBureau(name)) return { kind: 'existing', unitId: bureau.id };
    const hit = index.children(parentId).find((u) => cleanName(u.name) === name);
    return hit ? { kind: 'existing', unitId: hit.id } : { kind: 'new', parentId, chain: [{ name, kind: 'department' }] };
  };

  const unit = cleanName(place.unit);
  const dept = cleanName(place.department);
  const heading = cleanName(place.heading);
  if (dept) {
    const parentName = unit ?? heading;
    if (!parentName) {
      const hits = index.named(dept);
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
    if (heading && !index.isBureau(unit)) {
      const parent = resolveTop(heading);
      if (parent.kind === 'existing' && index.active.find((u) => u.id === parent.unitId)?.kind !== 'department') {
        const inside = index.children(parent.unitId).find((u) => cleanName(u.name) === unit);
        if (inside) return { kind: 'existing', unitId: inside.id };
      }
    }
    return resolveTop(unit);
  }
  if (heading) return resolveTop(heading);
  return { kind: 'error', message: '没有填写单位或科室' };
}
