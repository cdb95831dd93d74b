import type { UnitRow } from '../../../shared/api/contract';
import type { OrgData } from '../../../shared/domain/org';
import { ALLOWED_PARENTS, UNIT_KIND_LABELS, unitLabel, unitsInTreeOrder, type Unit, type UnitKind } from '../../../shared/domain/unit';
import { unratedPeople } from '../../../shared/domain/unrated';
import { notFound, rejected } from '../app-error';
import { todayIso } from '../clock';
import { changeOrg, newId, type ChangeContext, type ReadContext } from '../context';

export function unitRows(org: OrgData): UnitRow[] {
  const headcount = new Map<string, number>();
  const unrated = new Map<string, number>();
  const nobodyRates = unratedPeople(org, todayIso());
  for (const p of org.people) {
    if (p.status === 'active' || p.status === 'seconded') headcount.set(p.unitId, (headcount.get(p.unitId) ?? 0) + 1);
    if (nobodyRates.has(p.id)) unrated.set(p.unitId, (unrated.get(p.unitId) ?? 0) + 1);
  }
  const active = org.units.filter((u) => u.active);
  const depth = new Map<string, number>();
  return unitsInTreeOrder(active).map((u) => {
    const d = u.parentId ? (depth.get(u.parentId) ?? 0) + 1 : 0;
    depth.set(u.id, d);
    return { ...u, label: unitLabel(org.units, u.id), depth: d, headcount: headcount.get(u.id) ?? 0, unrated: unrated.get(u.id) ?? 0 };
  });
}

export function listUnits(ctx: ReadContext): UnitRow[] {
  return unitRows(ctx.view.org());
}

export function activeUnit(org: OrgData, id: string): Unit {
  const unit = org.units.find((u) => u.id === id && u.active);
  if (!unit) throw notFound('该单位');
  return unit;
}

export async function saveUnit(
  ctx: ChangeContext,
  input: { id?: string; name: string; kind: UnitKind; parentId: string | null },
): Promise<UnitRow> {
  const id = changeOrg(ctx, (org) => {
    const parent = input.parentId ? activeUnit(org, input.parentId) : null;
    if (!ALLOWED_PARENTS[input.kind].includes(parent?.kind ?? null)) {
      const where = parent ? `“${parent.name}”（${UNIT_KIND_LABELS[parent.kind]}）下` : '最上层';
      throw rejected(`${UNIT_KIND_LABELS[input.kind]}不能设在${where}。科室设在局机关或二层单位下，二层单位设在局机关下。`);
    }
    const siblings = org.units.filter((u) => u.active && u.parentId === input.parentId && u.id !== input.id);
    if (siblings.some((u) => u.name === input.name)) throw rejected(`同一上级下已有名为“${input.name}”的单位。`);
    if (input.id) {
      const unit = activeUnit(org, input.id);
      if (unit.kind !== input.kind && org.units.some((u) => u.active && u.parentId === unit.id)) {
        throw rejected(`“${unit.name}”下还有下级单位，不能改变它的类型。`);
      }
      if (input.parentId && isBelow(org.units, input.parentId, unit.id)) throw rejected('不能把单位移到它自己的下级单位之下。');
      const before = { ...unit };
      const moved = unit.parentId !== input.parentId;
      Object.assign(unit, { name: input.name, kind: input.kind, parentId: input.parentId });
      if (moved) unit.order = nextOrder(siblings);
      return {
        result: unit.id,
        audit: { action: 'unit.update', target: unit.id, summary: `修改单位“${before.name}”`, before, after: { ...unit } },
      };
    }
    const unit: Unit = {
      id: newId('u'),
      name: input.name,
      kind: input.kind,
      parentId: input.parentId,
      order: nextOrder(siblings),
      active: true,
    };
    org.units.push(unit);
    return {
      result: unit.id,
      audit: { action: 'unit.create', target: unit.id, summary: `新增${UNIT_KIND_LABELS[unit.kind]}“${unit.name}”`, after: unit },
    };
  });
  return listUnits(ctx).find((u) => u.id === id)!;
}

export async function moveUnit(ctx: ChangeContext, id: string, direction: 'up' | 'down'): Promise<UnitRow[]> {
  changeOrg(ctx, (org) => {
    const unit = activeUnit(org, id);
    const siblings = org.units.filter((u) => u.active && u.parentId === unit.parentId).sort((a, b) => a.order - b.order);
    const i = siblings.indexOf(unit);
    const other = siblings[direction === 'up' ? i - 1 : i + 1];
    if (!other) throw rejected(direction === 'up' ? `“${unit.name}”已经排在最前。` : `“${unit.name}”已经排在最后。`);
    [unit.order, other.order] = [other.order, unit.order];
    if (unit.order === other.order) unit.order += direction === 'up' ? -1 : 1;
    return {
      result: null,
      audit: {
        action: 'unit.reorder',
        target: unit.id,
        summary: `调整“${unit.name}”的排列顺序（${direction === 'up' ? '上移' : '下移'}）`,
      },
    };
  });
  return listUnits(ctx);
}

/** Units are never deleted (history and past periods refer to them); they are closed when empty. */
export async function deactivateUnit(ctx: ChangeContext, id: string): Promise<UnitRow[]> {
  changeOrg(ctx, (org) => {
    const unit = activeUnit(org, id);
    if (!unit.parentId) throw rejected('局机关是最上层单位，不能撤销。');
    if (org.units.some((u) => u.active && u.parentId === id)) throw rejected(`“${unit.name}”下还有下级单位，请先撤销或移走它们。`);
    const inside = org.people.filter((p) => p.unitId === id && (p.status === 'active' || p.status === 'seconded'));
    if (inside.length) throw rejected(`“${unit.name}”还有 ${inside.length} 名在职人员（如${inside[0].name}），请先把他们调到其他单位。`);
    const roles = org.roles.filter((r) => r.until === null && (r.unitId === id || r.supervisedUnitIds.includes(id)));
    if (roles.length) throw rejected(`“${unit.name}”还是 ${roles.length} 项管理职责的范围，请先调整管理职责。`);
    unit.active = false;
    return {
      result: null,
      audit: {
        action: 'unit.deactivate',
        target: id,
        summary: `撤销单位“${unit.name}”`,
        before: { active: true },
        after: { active: false },
      },
    };
  });
  return listUnits(ctx);
}

function nextOrder(siblings: Unit[]): number {
  return siblings.reduce((m, u) => Math.max(m, u.order), 0) + 1;
}

function isBelow(units: Unit[], candidate: string, ancestor: string): boolean {
  let cur = units.find((u) => u.id === candidate);
  for (let i = 0; cur && i < 20; i++) {
    if (cur.id === ancestor) return true;
    cur = cur.parentId ? units.find((u) => u.id === cur!.parentId) : undefined;
  }
  return false;
}
