import type { OrgData } from './org';
import type { RoleAssignment, RoleKind } from './role';
import { heldDuring } from './dates';

/**
 * Who rates whom (DOMAIN.md §1, local practice, set in 考核设置): by default 一般工作人员 ←
 * 科室负责人; 科室负责人 (and 二层单位班子成员) ← the 党组班子成员 who 分管 their unit;
 * 班子成员 ← 主要负责人. Returns the reviewer and what the relation is called; null when nobody is set up.
 */
export function reviewerFor(
  org: OrgData,
  personId: string,
  unitId: string,
  onDate: string,
): { reviewerId: string; relation: string } | null {
  const roles = org.roles.filter((r) => heldDuring(r, onDate));
  const holds = (pid: string, kind: RoleKind) => roles.some((r) => r.personId === pid && r.kind === kind);
  const holder = (kind: RoleKind, scope: (r: RoleAssignment) => boolean) =>
    roles.find((r) => r.kind === kind && scope(r) && r.personId !== personId);
  const unit = org.units.find((u) => u.id === unitId);
  const parentId = unit?.parentId ?? null;
  const principal = holder('principal', () => true);

  const rule = org.settings.appraisal.reviewers;
  const byPrincipal = () => (principal ? { reviewerId: principal.personId, relation: '主要负责人评鉴' } : null);
  if (holds(personId, 'principal')) return null; // rated by the 上级党组织, outside this bureau
  if (holds(personId, 'leadershipMember')) return rule.members === 'principal' ? byPrincipal() : null;

  // Whoever 分管 this unit or the 二层单位 it belongs to.
  const supervisor = holder(
    'leadershipMember',
    (r) => r.supervisedUnitIds.includes(unitId) || (parentId !== null && r.supervisedUnitIds.includes(parentId)),
  );
  const isManager = holds(personId, 'departmentHead') || holds(personId, 'subunitLeader');
  const bySupervisor = supervisor ? { reviewerId: supervisor.personId, relation: '分管领导评鉴' } : null;
  if (isManager) return rule.heads === 'supervisor' ? (bySupervisor ?? byPrincipal()) : byPrincipal();
  const head =
    holder('departmentHead', (r) => r.unitId === unitId) ?? holder('subunitLeader', (r) => r.unitId === unitId || r.unitId === parentId);
  if (rule.staff === 'departmentHead' && head) return { reviewerId: head.personId, relation: '科室负责人评鉴' };
  return bySupervisor ?? (head ? { reviewerId: head.personId, relation: '科室负责人评鉴' } : null);
}
