import { z } from 'zod';
import { PERSON_STATUSES } from '../../domain/codes';
import { IsoDateSchema } from '../../domain/dates';
import { ROLE_KINDS } from '../../domain/role';
import { UNIT_KINDS } from '../../domain/unit';
import { FileOutputSchema } from '../appraisal-schemas';
import { PeopleQuerySchema, PersonDetailSchema, PersonRowSchema, PersonSaveSchema, RoleRowSchema, UnitRowSchema } from '../schemas';
import { Empty, FilePath, Id } from '../fields';
import type { ChannelSpec } from '../channel';

/** The roster: units, people (with their dated moves and statuses), manager roles, the roster workbook. */
export const rosterChannels = {
  'units:list': { access: 'view', mode: 'read', input: Empty, output: z.array(UnitRowSchema) },
  'units:save': {
    access: 'change',
    mode: 'change',
    input: z
      .object({
        id: Id.optional(),
        name: z.string().trim().min(1, '单位名称不能为空').max(60),
        kind: z.enum(UNIT_KINDS),
        parentId: Id.nullable(),
      })
      .strict(),
    output: UnitRowSchema,
  },
  'units:move': {
    access: 'change',
    mode: 'change',
    input: z.object({ id: Id, direction: z.enum(['up', 'down']) }).strict(),
    output: z.array(UnitRowSchema),
  },
  'units:deactivate': { access: 'change', mode: 'change', input: z.object({ id: Id }).strict(), output: z.array(UnitRowSchema) },
  'people:list': { access: 'view', mode: 'read', input: PeopleQuerySchema, output: z.array(PersonRowSchema) },
  'people:get': { access: 'view', mode: 'read', input: z.object({ id: Id }).strict(), output: PersonDetailSchema },
  'people:save': { access: 'change', mode: 'change', input: PersonSaveSchema, output: PersonRowSchema },
  'people:transfer': {
    access: 'change',
    mode: 'change',
    input: z
      .object({ personId: Id, toUnitId: Id, date: IsoDateSchema, note: z.string().trim().max(200).nullable().default(null) })
      .strict(),
    output: PersonRowSchema,
  },
  'people:setStatus': {
    access: 'change',
    mode: 'change',
    input: z
      .object({
        personId: Id,
        status: z.enum(PERSON_STATUSES),
        date: IsoDateSchema,
        secondedTo: z.string().trim().max(60).nullable().default(null),
        note: z.string().trim().max(200).nullable().default(null),
      })
      .strict(),
    output: PersonRowSchema,
  },
  'people:revealId': {
    access: 'view',
    mode: 'change',
    input: z.object({ id: Id }).strict(),
    output: z.object({ idNumber: z.string().nullable() }),
  },
  'roles:list': { access: 'view', mode: 'read', input: Empty, output: z.array(RoleRowSchema) },
  'roles:save': {
    access: 'change',
    mode: 'change',
    input: z
      .object({
        id: Id.optional(),
        personId: Id,
        kind: z.enum(ROLE_KINDS),
        unitId: Id,
        supervisedUnitIds: z.array(Id).max(100).default([]),
        from: IsoDateSchema,
        until: IsoDateSchema.nullable().default(null),
      })
      .strict(),
    output: RoleRowSchema,
  },
  'roles:remove': { access: 'change', mode: 'change', input: z.object({ id: Id }).strict(), output: z.array(RoleRowSchema) },
  /** The 管理职责 sheet `import roles` reads, filled with the roles held now. */
  'roles:template': { access: 'view', mode: 'read', input: z.object({ file: FilePath.optional() }).strict(), output: FileOutputSchema },
  'roster:export': {
    access: 'view',
    mode: 'read',
    input: z.object({ unitId: Id.nullable().default(null), file: FilePath.optional() }).strict(),
    output: FileOutputSchema,
  },
} as const satisfies Record<string, ChannelSpec>;
