import type { RoleKind } from '../domain/role';
import type { UnitKind } from '../domain/unit';

/** A manager role a post reads as: its kind and whether its scope is the person's own unit or the bureau. */
export interface RoleFromPost {
  kind: RoleKind;
  scope: 'bureau' | 'own';
}

const PRINCIPAL = new Set(['局长', '党组书记', '党委书记', '党组书记局长']);
const MEMBER = new Set(['副局长', '党组成员', '党组副书记', '党委委员', '党委副书记', '党组成员副局长']);
const DEPARTMENT_HEAD = new Set(['科长', '主任', '股长']);
const SUBUNIT_LEADER = new Set([
  '主任',
  '副主任',
  '书记',
  '副书记',
  '党支部书记',
  '党总支书记',
  '站长',
  '副站长',
  '所长',
  '副所长',
  '院长',
  '副院长',
  '队长',
  '副队长',
]);
/** A 科室 whose head is the 组织人事负责人. */
const PERSONNEL_UNIT = /人事/;

/**
 * The manager roles a post implies (issue 13 §7), for the clerk to tick in the preview: 局长 /
 * 党组书记 → 党组主要负责人; 副局长 / 党组成员 → 班子成员; 科长 / 主任 of a 科室 → 科室负责人, and
 * of the 组织人事科 also 组织人事负责人; 主任 / 副主任 / 书记 of a 二层单位 → 二层单位班子成员.
 * The post is split at 、，; only whole words count (四级主任科员 is no 主任).
 */
export function rolesFromPost(post: string | null, unit: { kind: UnitKind; name: string }): RoleFromPost[] {
  if (!post) return [];
  const parts = post
    .replace(/[\s\u3000]+/g, '')
    .split(/[、，,；;/]+/)
    .filter(Boolean);
  const out: RoleFromPost[] = [];
  const add = (kind: RoleKind, scope: RoleFromPost['scope']) => {
    if (!out.some((r) => r.kind === kind)) out.push({ kind, scope });
  };
  for (const part of parts) {
    if (unit.kind === 'bureau') {
      if (PRINCIPAL.has(part)) add('principal', 'bureau');
      else if (MEMBER.has(part)) add('leadershipMember', 'bureau');
    } else if (unit.kind === 'department' && DEPARTMENT_HEAD.has(part)) {
      add('departmentHead', 'own');
      if (PERSONNEL_UNIT.test(unit.name)) add('personnelHead', 'bureau');
    } else if (unit.kind === 'subunit' && SUBUNIT_LEADER.has(part)) {
      add('subunitLeader', 'own');
    }
  }
  // 党组书记、局长 is one principal, not also a member.
  return out.some((r) => r.kind === 'principal') ? out.filter((r) => r.kind !== 'leadershipMember') : out;
}
