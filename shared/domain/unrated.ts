import type { OrgData } from './org';
import type { Person } from './person';
import { heldDuring } from './dates';
import { reviewerFor } from './reviewer';

/**
 * Rated outside this bureau, so no 评鉴人 is missing: the 党组主要负责人 (by the 上级党组织,
 * DOMAIN.md §1), those 考核设置 name as 由上级党组织考核, and the 党组班子成员 when the 考核设置
 * leave them to the 党组 or the superior.
 */
export function ratedElsewhere(org: OrgData, personId: string, onDate: string): boolean {
  const holds = (kind: string) => org.roles.some((r) => r.personId === personId && r.kind === kind && heldDuring(r, onDate));
  const { reviewers, superiorAppraised } = org.settings.appraisal;
  return superiorAppraised.includes(personId) || holds('principal') || (holds('leadershipMember') && reviewers.members === 'none');
}

/**
 * Someone in post whom this bureau should rate but nobody is set up to (no 科室负责人, no 分管领导,
 * no 主要负责人 as the 考核设置 ask): the roster flags them “无评鉴人”, the unit tree and the 待办 count them.
 */
export function isUnrated(org: OrgData, p: Pick<Person, 'id' | 'unitId' | 'status'>, onDate: string): boolean {
  return p.status === 'active' && !ratedElsewhere(org, p.id, onDate) && reviewerFor(org, p.id, p.unitId, onDate) === null;
}

/** Everyone isUnrated, for a whole list at once. */
export function unratedPeople(org: OrgData, onDate: string): Set<string> {
  // The roles held that day, once: reviewerFor reads them for every person.
  const current = { ...org, roles: org.roles.filter((r) => heldDuring(r, onDate)) };
  return new Set(org.people.filter((p) => isUnrated(current, p, onDate)).map((p) => p.id));
}
