import type { OrgData } from '../../../shared/domain/org';
import { unitSubtree, unitsInTreeOrder } from '../../../shared/domain/unit';
import { sortByStroke } from '../../../shared/text/stroke-order';
import { notFound } from '../app-error';

/** Who a form covers: one person, a unit and the units below it, or (neither) the whole bureau. */
export interface FormScope {
  unitId?: string;
  personId?: string;
}

/**
 * The items of a form in the order forms list people: by unit in tree order, 姓氏笔画 inside
 * each unit; only those in scope. A unit closed since still has its people: it is looked up among
 * all units.
 */
export function inFormOrder<T>(
  org: OrgData,
  items: readonly T[],
  scope: FormScope,
  key: (t: T) => { unitId: string; personId: string; name: string },
): T[] {
  if (scope.unitId && !org.units.some((u) => u.id === scope.unitId)) throw notFound('该单位');
  const units = scope.unitId ? unitSubtree(org.units, scope.unitId) : null;
  const order = new Map(unitsInTreeOrder(org.units).map((u, i) => [u.id, i]));
  const chosen = items.filter((t) => {
    const k = key(t);
    return (!units || units.has(k.unitId)) && (!scope.personId || k.personId === scope.personId);
  });
  if (scope.personId && chosen.length === 0) throw notFound('该人员（不在本表范围内）');
  return sortByStroke(chosen, (t) => key(t).name).sort((a, b) => (order.get(key(a).unitId) ?? 0) - (order.get(key(b).unitId) ?? 0));
}
