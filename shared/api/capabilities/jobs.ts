import { z } from 'zod';
import { JobIdSchema } from '../forms-schemas';
import type { ChannelSpec } from '../channel';

/** Progress and cancelling of long operations (a large workbook, a batch of forms). */
export const jobsChannels = {
  'jobs:progress': {
    access: 'view',
    mode: 'free',
    input: z.object({ jobId: JobIdSchema }).strict(),
    output: z.object({ phase: z.string(), percent: z.number(), done: z.boolean() }),
  },
  'jobs:cancel': {
    access: 'view',
    mode: 'free',
    input: z.object({ jobId: JobIdSchema }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const satisfies Record<string, ChannelSpec>;
