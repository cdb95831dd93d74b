import type { RoleRow } from '../../../shared/api/contract';
import type { OrgData } from '../../../shared/domain/org';
import { ROLE_LABELS, type RoleAssignment, type RoleKind } from '../../../shared/domain/role';
import { roleProblem } from '../../../shared/domain/role-check';
import { unitLabel } from '../../../shared/domain/unit';
import { sortByStroke } from '../../../shared/text/stroke-order';
import { notFound, rejected } from '../app-error';
import { changeOrg, newId, type ChangeContext, type ReadContext } from '../context';
import { todayIso } from '../clock';
import { findPerson, isCurrent } from './people';
import { activeUnit } from './units';

function roleRow(org: OrgData, r: RoleAssignment, today: string): RoleRow {
  return {
    ...r,
    personName: org.people.find((p) => p.id === r.personId)?.name ?? '（已删除）',
    unitLabel: unitLabel(org.units, r.unitId),
    supervisedLabels: r.supervisedUnitIds.map((id) => unitLabel(org.units, id)),
    current: isCurrent(r, today),
  };
}

export function listRoles(ctx: ReadContext): RoleRow[] {
  const org = ctx.view.org();
  const today = todayIso();
  const kindOrder = Object.keys(ROLE_LABELS);
  return sortByStroke(org.roles, (r) => org.people.find((p) => p.id === r.personId)?.name ?? '')
    .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind))
    .map((r) => roleRow(org, r, today));
}

export async function saveRole(
  ctx: ChangeContext,
  input: { id?: string; personId: string; kind: RoleKind; unitId: string; supervisedUnitIds: string[]; from: string; until: string | null },
): Promise<RoleRow> {
  const id = changeOrg(ctx, (org) => {
    const person = findPerson(org, input.personId);
    const scope = activeUnit(org, input.unitId);
    for (const u of input.supervisedUnitIds) activeUnit(org, u);
    const problem = roleProblem(org, input);
    if (problem) throw rejected(problem);
    const summary = `${person.name} 任 ${unitLabel(org.units, scope.id)} ${ROLE_LABELS[input.kind]}（${input.from} 起${input.until ? `，至 ${input.until}` : ''}）`;
    if (input.id) {
      const role = org.roles.find((r) => r.id === input.id);
      if (!role) throw notFound('该管理职责');
      const before = { ...role };
      Object.assign(role, { ...input, id: role.id });
      return {
        result: role.id,
        audit: { action: 'role.update', target: role.id, summary: `修改管理职责：${summary}`, before, after: { ...role } },
      };
    }
    const role: RoleAssignment = { ...input, id: newId('r') };
    org.roles.push(role);
    return { result: role.id, audit: { action: 'role.create', target: role.id, summary: `新增管理职责：${summary}`, after: role } };
  });
  const org = ctx.view.org();
  return roleRow(
    org,
    org.roles.find((r) => r.id === id)!,
    todayIso(),
  );
}

/** Deleting is for entries made by mistake; a role that ended gets an end date instead. */
export async function removeRole(ctx: ChangeContext, id: string): Promise<RoleRow[]> {
  changeOrg(ctx, (org) => {
    const i = org.roles.findIndex((r) => r.id === id);
    if (i < 0) throw notFound('该管理职责');
    const [role] = org.roles.splice(i, 1);
    const name = org.people.find((p) => p.id === role.personId)?.name ?? '';
    return {
      result: null,
      audit: { action: 'role.delete', target: id, summary: `删除管理职责：${name} ${ROLE_LABELS[role.kind]}`, before: role },
    };
  });
  return listRoles(ctx);
}
