import type { UnitRow } from '@shared/api/contract';

export interface UnitNode {
  unit: UnitRow;
  /**
   * Headcount of the unit and the units that belong to it: a 二层单位 with its 科室; 局机关 with
   * its own 科室 only — the 二层单位 hang under it in the data but are counted on their own.
   */
  total: number;
  /** Of them, those nobody is set up to rate (无评鉴人), counted the same way. */
  unrated: number;
  children: UnitNode[];
}

/** units:list answers in tree order with parent ids; this nests it. */
export function nestUnits(units: readonly UnitRow[]): UnitNode[] {
  const nodes = new Map(units.map((u) => [u.id, { unit: u, total: u.headcount, unrated: u.unrated, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.id)!;
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sum = (n: UnitNode): void => {
    n.children.forEach(sum);
    const own = n.children.filter((c) => c.unit.kind !== 'subunit');
    n.total = own.reduce((s, c) => s + c.total, n.unit.headcount);
    n.unrated = own.reduce((s, c) => s + c.unrated, n.unit.unrated);
  };
  roots.forEach(sum);
  return roots;
}

/** Maps the nested units onto another tree shape (antd Tree / TreeSelect data). */
export function mapUnitTree<T>(nodes: readonly UnitNode[], make: (node: UnitNode, children: T[]) => T): T[] {
  return nodes.map((n) => make(n, mapUnitTree(n.children, make)));
}

/** Headcount of each unit with the units that belong to it (see UnitNode.total). */
export function unitTotals(units: readonly UnitRow[]): Map<string, number> {
  const totals = new Map<string, number>();
  const walk = (nodes: readonly UnitNode[]) => {
    for (const n of nodes) {
      totals.set(n.unit.id, n.total);
      walk(n.children);
    }
  };
  walk(nestUnits(units));
  return totals;
}

/** A node of the roster's tree: the organisation, 局机关 and each 二层单位 side by side, their 科室. */
export interface ScopeNode {
  key: string;
  name: string;
  count: number;
  /** Of them, in post with nobody set up to rate them (无评鉴人). */
  unrated: number;
  /** Hover text saying what the node holds. */
  hint: string;
  children: ScopeNode[];
}

/** Which people a tree node stands for, as people:list asks for them, less the units in `without`. */
export interface RosterScope {
  unitId: string | null;
  includeSubunits: boolean;
  without: ReadonlySet<string>;
}

export const ALL = 'all';
const OWN = 'own:';
const NONE: ReadonlySet<string> = new Set();

/**
 * The roster's tree as a clerk reads the bureau: the organisation's name at the root (everyone),
 * under it 局机关 and each 二层单位 as siblings, each with its 科室, and “本级” for the people
 * in the unit itself (局领导, or the 二层单位's own leaders — and anyone imported without a 科室).
 */
export function organisationTree(units: readonly UnitRow[], organisation: string): ScopeNode {
  const roots = nestUnits(units);
  const own = (n: UnitNode, label: string): ScopeNode[] =>
    n.unit.headcount > 0
      ? [
          {
            key: OWN + n.unit.id,
            name: label,
            count: n.unit.headcount,
            unrated: n.unit.unrated,
            hint: `直接在${n.unit.name}、不在任何科室的人员`,
            children: [],
          },
        ]
      : [];
  const node = (n: UnitNode): ScopeNode => ({
    key: n.unit.id,
    name: n.unit.name,
    count: n.total,
    unrated: n.unrated,
    hint: n.unit.kind === 'bureau' ? `${n.unit.name}本级和各科室（不含二层单位）` : n.unit.name,
    children: [
      ...(n.unit.kind === 'department' ? [] : own(n, n.unit.kind === 'bureau' ? '局领导及本级' : '单位领导及本级')),
      ...n.children.filter((c) => c.unit.kind === 'department').map(node),
    ],
  });
  const top = roots.flatMap((r) => [node(r), ...r.children.filter((c) => c.unit.kind === 'subunit').map(node)]);
  const count = units.reduce((s, u) => s + u.headcount, 0);
  const unrated = units.reduce((s, u) => s + u.unrated, 0);
  return { key: ALL, name: organisation, count, unrated, hint: `${organisation}全部人员`, children: top };
}

/** The people a node of organisationTree stands for. */
export function scopeOf(key: string, units: readonly UnitRow[]): RosterScope {
  if (key === ALL) return { unitId: null, includeSubunits: true, without: NONE };
  if (key.startsWith(OWN)) return { unitId: key.slice(OWN.length), includeSubunits: false, without: NONE };
  const unit = units.find((u) => u.id === key);
  if (unit?.kind !== 'bureau') return { unitId: key, includeSubunits: true, without: NONE };
  // 局机关: its own 科室, not the 二层单位 that the tree shows beside it.
  const sub = new Set(units.filter((u) => u.kind === 'subunit').map((u) => u.id));
  const without = new Set(units.filter((u) => sub.has(u.id) || (u.parentId !== null && sub.has(u.parentId))).map((u) => u.id));
  return { unitId: key, includeSubunits: true, without };
}
