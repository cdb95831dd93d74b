import { z } from 'zod';
import { IsoDateSchema } from './dates';
import type { UnitKind } from './unit';

/**
 * Manager roles the accountability rule names (DOMAIN.md §1, §4.4). Each is held over a scope:
 * the bureau as a whole, a 二层单位 or a 科室. 党组班子成员 also answer for the units they 分管.
 */
export const ROLE_KINDS = ['principal', 'leadershipMember', 'subunitLeader', 'personnelHead', 'departmentHead'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export const ROLE_LABELS: Record<RoleKind, string> = {
  principal: '党组主要负责人',
  leadershipMember: '党组班子成员',
  subunitLeader: '二层单位班子成员',
  personnelHead: '组织人事负责人',
  departmentHead: '科室负责人',
};

/** The kind of unit a role's scope must be. */
export const ROLE_SCOPE_KIND: Record<RoleKind, UnitKind> = {
  principal: 'bureau',
  leadershipMember: 'bureau',
  subunitLeader: 'subunit',
  personnelHead: 'bureau',
  departmentHead: 'department',
};

export const RoleAssignmentSchema = z.object({
  id: z.string().min(1),
  personId: z.string().min(1),
  kind: z.enum(ROLE_KINDS),
  /** Scope unit: the bureau for bureau-wide roles, else the 二层单位 or 科室. */
  unitId: z.string().min(1),
  /** 分管 units (only for 党组班子成员). */
  supervisedUnitIds: z.array(z.string()),
  from: IsoDateSchema,
  until: IsoDateSchema.nullable(),
});
export type RoleAssignment = z.infer<typeof RoleAssignmentSchema>;
