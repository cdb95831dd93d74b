import { heldDuring } from './dates';
import type { OrgData } from './org';
import { ROLE_LABELS, ROLE_SCOPE_KIND, type RoleAssignment } from './role';
import { UNIT_KIND_LABELS, unitLabel } from './unit';

/**
 * Why a role cannot be held as given (a sentence for the clerk), or null: the person must be in
 * post, the scope a unit of the role's kind, 分管单位 only for 党组班子成员, the dates in order,
 * and the person must not hold the same role over the same unit at the same time already.
 */
export function roleProblem(org: OrgData, input: Omit<RoleAssignment, 'id'> & { id?: string }): string | null {
  const person = org.people.find((p) => p.id === input.personId);
  if (!person) return '找不到该人员';
  if (person.status === 'left' || person.status === 'retired') return `${person.name}已不在职，不能担任管理职责。`;
  const scope = org.units.find((u) => u.id === input.unitId && u.active);
  if (!scope) return '找不到该单位（可能已撤销）';
  const wanted = ROLE_SCOPE_KIND[input.kind];
  if (scope.kind !== wanted)
    return `${ROLE_LABELS[input.kind]}的范围应是${UNIT_KIND_LABELS[wanted]}，而“${scope.name}”是${UNIT_KIND_LABELS[scope.kind]}。`;
  if (input.supervisedUnitIds.length && input.kind !== 'leadershipMember') return '只有党组班子成员可以填写分管单位。';
  if (input.supervisedUnitIds.some((id) => !org.units.some((u) => u.id === id && u.active))) return '分管单位中有已撤销或不存在的单位';
  if (input.until !== null && input.until < input.from) return '任职结束日期不能早于开始日期。';
  const clash = org.roles.find(
    (r) =>
      r.id !== input.id &&
      r.personId === input.personId &&
      r.kind === input.kind &&
      r.unitId === input.unitId &&
      heldDuring(r, input.from, input.until ?? '9999-12-31'),
  );
  if (clash) return `${person.name}在同一时间已担任“${unitLabel(org.units, scope.id)}”的${ROLE_LABELS[input.kind]}。`;
  return null;
}
