import { z } from 'zod';
import { AppStatusSchema, SnapshotSchema, VerifyReportSchema } from '../schemas';
import { Empty, FilePath } from '../fields';
import type { ChannelSpec } from '../channel';

/** The data folder as a whole: backup, restore, verify, the automatic snapshots. */
export const dataChannels = {
  'data:backup': {
    access: 'change',
    mode: 'change',
    input: z.object({ file: FilePath }).strict(),
    output: z.object({ file: z.string(), bytes: z.number() }),
  },
  'data:restore': {
    access: 'change',
    mode: 'change',
    input: z.object({ file: FilePath }).strict(),
    output: z.object({ restoredFrom: z.string(), safetySnapshot: z.string(), status: AppStatusSchema }),
  },
  'data:verify': { access: 'view', mode: 'free', input: Empty, output: VerifyReportSchema },
  'data:snapshots': { access: 'view', mode: 'read', input: Empty, output: z.array(SnapshotSchema) },
} as const satisfies Record<string, ChannelSpec>;
