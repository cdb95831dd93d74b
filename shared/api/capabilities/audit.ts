import { z } from 'zod';
import { FileOutputSchema } from '../appraisal-schemas';
import { AuditEntrySchema, AuditFilterSchema } from '../trust-schemas';
import type { ChannelSpec } from '../channel';

/** The 操作日志: reading, filtering and exporting it (entries are written by every change itself). */
export const auditChannels = {
  'audit:recent': {
    access: 'view',
    mode: 'read',
    input: z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict(),
    output: z.array(AuditEntrySchema),
  },
  'audit:query': {
    access: 'view',
    mode: 'read',
    input: AuditFilterSchema.extend({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
    }).strict(),
    output: z.object({ total: z.number(), entries: z.array(AuditEntrySchema), actors: z.array(z.string()), kinds: z.array(z.string()) }),
  },
  'audit:export': {
    access: 'view',
    mode: 'change',
    input: AuditFilterSchema.extend({ file: z.string().trim().min(1).max(1024).optional() }).strict(),
    output: FileOutputSchema,
  },
} as const satisfies Record<string, ChannelSpec>;
