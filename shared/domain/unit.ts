import { z } from 'zod';

/** 局机关 (bureau) → 内设科室 (department); 二层单位 (subunit) → its own 科室 (department). */
export const UNIT_KINDS = ['bureau', 'department', 'subunit'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  bureau: '局机关',
  department: '科室',
  subunit: '二层单位',
};

export const UnitSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, '单位名称不能为空').max(60, '单位名称不能超过60个字'),
  kind: z.enum(UNIT_KINDS),
  parentId: z.string().nullable(),
  /** Position among siblings; forms list units in this order. */
  order: z.number().int(),
  active: z.boolean(),
});
export type Unit = z.infer<typeof UnitSchema>;

/** Which parent kinds a unit kind may sit under; null = top level. */
export const ALLOWED_PARENTS: Record<UnitKind, (UnitKind | null)[]> = {
  bureau: [null],
  subunit: ['bureau'],
  department: ['bureau', 'subunit'],
};

/** The unit and its parents, top first. No index is built: this runs per row of long lists, over a few dozen units. */
export function unitPath(units: readonly Unit[], id: string): Unit[] {
  const path: Unit[] = [];
  let cur = units.find((u) => u.id === id);
  while (cur && path.length < 10) {
    path.unshift(cur);
    const parentId = cur.parentId;
    cur = parentId ? units.find((u) => u.id === parentId) : undefined;
  }
  return path;
}

/** "XX中心 稽核科" style label: the path without the bureau root. */
export function unitLabel(units: readonly Unit[], id: string): string {
  const path = unitPath(units, id);
  const shown = path.length > 1 ? path.slice(1) : path;
  return shown.map((u) => u.name).join(' ');
}

/** The unit and every unit below it. */
export function unitSubtree(units: readonly Unit[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId && ids.has(u.parentId) && !ids.has(u.id)) {
        ids.add(u.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Depth-first order by `order`: the order units appear in trees, lists and forms. */
export function unitsInTreeOrder(units: readonly Unit[]): Unit[] {
  const children = new Map<string | null, Unit[]>();
  for (const u of units) {
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  const out: Unit[] = [];
  const walk = (parent: string | null) => {
    const list = (children.get(parent) ?? []).slice().sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
    for (const u of list) {
      out.push(u);
      walk(u.id);
    }
  };
  walk(null);
  return out;
}
