import { z } from 'zod';
import { IsoDateSchema } from '../../domain/dates';
import { HANDLING_NAMES, Handling, INCIDENT_KINDS } from '../../domain/incident';
import { IncidentRowSchema, IncidentSavedSchema } from '../appraisal-schemas';
import { Id, text } from '../fields';
import type { ChannelSpec } from '../channel';

/** 表现记录 and 容错: recording events, tolerance decisions, closing cases, revealing masked reasons. */
export const incidentsChannels = {
  'incidents:list': {
    access: 'view',
    mode: 'read',
    input: z.object({ personId: Id.optional(), unitId: Id.optional() }).strict(),
    output: z.array(IncidentRowSchema),
  },
  'incidents:save': {
    access: 'change',
    mode: 'change',
    input: z
      .object({
        id: Id.optional(),
        personId: Id.nullable(),
        unitId: Id.optional(),
        kind: z.enum(INCIDENT_KINDS),
        handling: z.enum(HANDLING_NAMES as [Handling, ...Handling[]]),
        date: IsoDateSchema,
        reason: z.string().trim().min(1, '请填写事由').max(500),
        docNo: text(60),
        impactMonths: z.number().int().min(0).max(60).nullable().optional(),
      })
      .strict(),
    output: IncidentSavedSchema,
  },
  'incidents:delete': {
    access: 'change',
    mode: 'change',
    input: z.object({ id: Id, reason: z.string().trim().min(2, '请填写删除理由').max(200) }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  'incidents:tolerance': {
    access: 'change',
    mode: 'change',
    input: z
      .object({
        id: Id,
        decision: z.enum(['exempt', 'mitigated']),
        body: z.string().trim().min(1, '请填写认定机关').max(60),
        docNo: z.string().trim().min(1, '请填写认定文号').max(60),
        date: IsoDateSchema,
        distinction: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        note: text(500),
      })
      .strict(),
    output: IncidentRowSchema,
  },
  'incidents:closeCase': {
    access: 'change',
    mode: 'change',
    input: z.object({ id: Id, closedOn: IsoDateSchema }).strict(),
    output: IncidentRowSchema,
  },
  'incidents:revealReason': {
    access: 'view',
    mode: 'change',
    input: z.object({ id: z.string().min(1).max(64) }).strict(),
    output: z.object({ reason: z.string() }),
  },
} as const satisfies Record<string, ChannelSpec>;
