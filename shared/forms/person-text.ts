import { heldDuring } from '../domain/dates';
import type { RoleAssignment } from '../domain/role';
import { unitLabel, type Unit } from '../domain/unit';

/** 科长（一级主任科员）; the post and the rank as one 职务（职级）. */
export function postAndRank(post: string | null, rank: string | null): string | null {
  return post && rank && post !== rank ? `${post}（${rank}）` : (post ?? rank);
}

/**
 * 从事或分管工作 on a 登记表: the person's own 岗位职责 when the roster has it, else what their
 * roles in the time span say (分管 units of a 班子成员, the 科室 a head leads …); null leaves the
 * box for the pen.
 */
export function dutiesText(
  person: { id: string; duties: string | null } | undefined,
  roles: readonly RoleAssignment[],
  units: readonly Unit[],
  span: { start: string; end: string },
): string | null {
  if (!person) return null;
  if (person.duties?.trim()) return person.duties.trim();
  const name = (id: string) => unitLabel(units, id).replace(/\s+/g, '');
  const lines: string[] = [];
  for (const r of roles) {
    if (r.personId !== person.id || !heldDuring(r, span.start, span.end)) continue;
    switch (r.kind) {
      case 'principal':
        lines.push('主持全面工作');
        break;
      case 'leadershipMember':
        if (r.supervisedUnitIds.length) lines.push(`分管${r.supervisedUnitIds.map(name).join('、')}`);
        break;
      case 'subunitLeader':
        lines.push(`${name(r.unitId)}领导班子成员`);
        break;
      case 'personnelHead':
        lines.push('负责组织人事工作');
        break;
      case 'departmentHead':
        lines.push(`负责${name(r.unitId)}全面工作`);
        break;
    }
  }
  return [...new Set(lines)].join('；') || null;
}
