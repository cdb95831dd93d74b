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
  // Rated by the 上级党组织, outside this bureau.
  if (holds(personId, 'principal') || org.settings.appraisal.superiorAppraised.includes(personId)) return null;
  if (holds(personId, 'leadershipMember')) return rule.members === 'principal' ? byPrincipal() : null;

  const supervisor = supervisorOf(roles, unitId, parentId, personId);
  const isManager = holds(personId, 'departmentHead') || holds(personId, 'subunitLeader');
  const bySupervisor = supervisor ? { reviewerId: supervisor.personId, relation: '分管领导评鉴' } : null;
  if (isManager) return rule.heads === 'supervisor' ? (bySupervisor ?? byPrincipal()) : byPrincipal();
  const head =
    holder('departmentHead', (r) => r.unitId === unitId) ?? holder('subunitLeader', (r) => r.unitId === unitId || r.unitId === parentId);
  if (rule.staff === 'departmentHead' && head) return { reviewerId: head.personId, relation: '科室负责人评鉴' };
  return bySupervisor ?? (head ? { reviewerId: head.personId, relation: '科室负责人评鉴' } : null);
}

/** Whoever 分管 this unit or the 二层单位 it belongs to. */
function supervisorOf(roles: RoleAssignment[], unitId: string, parentId: string | null, personId: string): RoleAssignment | undefined {
  return roles.find(
    (r) =>
      r.kind === 'leadershipMember' &&
      r.personId !== personId &&
      (r.supervisedUnitIds.includes(unitId) || (parentId !== null && r.supervisedUnitIds.includes(parentId))),
  );
}

/**
 * The second review step (DOMAIN.md §1, on when 考核设置 say so): the 分管领导 审核 the 科室负责人's
 * 评鉴 of an 一般工作人员. Null when the step is off, the person is rated otherwise, or nobody 分管 the unit.
 */
export function checkerFor(org: OrgData, personId: string, unitId: string, onDate: string): { checkerId: string } | null {
  if (!org.settings.appraisal.reviewers.secondStep) return null;
  const reviewer = reviewerFor(org, personId, unitId, onDate);
  if (reviewer?.relation !== '科室负责人评鉴') return null;
  const parentId = org.units.find((u) => u.id === unitId)?.parentId ?? null;
  const supervisor = supervisorOf(
    org.roles.filter((r) => heldDuring(r, onDate)),
    unitId,
    parentId,
    personId,
  );
  return supervisor && supervisor.personId !== reviewer.reviewerId ? { checkerId: supervisor.personId } : null;
}
