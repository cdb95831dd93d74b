import type { jobsChannels } from '../../../shared/api/capabilities/jobs';
import type { HandlersOf } from '../handler';

export const jobsApi: HandlersOf<typeof jobsChannels> = {
  'jobs:progress': (ctx, i) => ctx.jobs.progress(i.jobId),
  'jobs:cancel': (ctx, i) => ctx.jobs.cancel(i.jobId),
};
