import { heldDuring } from './dates';
import type { RoleAssignment } from './role';

/** How the 考核名单 and the grading views call them. */
export const SUPERIOR_LABEL = '由上级党组织考核';

/**
 * The people appraised by the superior Party organisation in a period (DOMAIN.md §1): whoever
 * holds 党组主要负责人 during it, and anyone the 考核设置 mark 由上级党组织考核. They need no 评鉴,
 * get no grade here, sit outside every quota and never hold up 公示.
 */
export function superiorAppraisedIds(
  roles: readonly RoleAssignment[],
  marked: readonly string[],
  period: { start: string; end: string },
): Set<string> {
  const ids = new Set(marked);
  for (const r of roles) if (r.kind === 'principal' && heldDuring(r, period.start, period.end)) ids.add(r.personId);
  return ids;
}
