import type { UnitRow } from '@shared/api/contract';

export interface UnitNode {
  unit: UnitRow;
  /** Headcount of the unit and every unit below it. */
  total: number;
  children: UnitNode[];
}

/** units:list answers in tree order with parent ids; this nests it. */
export function nestUnits(units: readonly UnitRow[]): UnitNode[] {
  const nodes = new Map(units.map((u) => [u.id, { unit: u, total: u.headcount, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.id)!;
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sum = (n: UnitNode): number => (n.total = n.unit.headcount + n.children.reduce((s, c) => s + sum(c), 0));
  roots.forEach(sum);
  return roots;
}

/** Maps the nested units onto another tree shape (antd Tree / TreeSelect data). */
export function mapUnitTree<T>(nodes: readonly UnitNode[], make: (node: UnitNode, children: T[]) => T): T[] {
  return nodes.map((n) => make(n, mapUnitTree(n.children, make)));
}

/** Headcount of each unit including the units below it. */
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
