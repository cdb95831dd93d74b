import { z } from 'zod';

export const MetaSchema = z.object({
  format: z.literal('appraisal-desk'),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string(),
  appVersion: z.string(),
});
export type Meta = z.infer<typeof MetaSchema>;

export const APP_VERSION = '0.1.0';
