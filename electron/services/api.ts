import type { Channel } from '../../shared/api/channels';
import { accessApi } from './access/api';
import { auditApi } from './audit/api';
import { dataApi } from './data/api';
import { formsApi } from './forms/api';
import { gradingApi } from './grading/api';
import type { Handler } from './handler';
import { importsApi } from './imports/api';
import { incidentsApi } from './incidents/api';
import { jobsApi } from './jobs/api';
import { orgApi } from './org/api';
import { periodsApi } from './periods/api';
import { rosterApi } from './roster/api';
import { templatesApi } from './templates/api';
import { todoApi } from './todo/api';

/**
 * Every channel's handler, gathered from one file per capability (<capability>/api.ts, next to
 * its spec in shared/api/capabilities/). The one table every transport dispatches to.
 */
export const handlers: { [C in Channel]: Handler<C> } = {
  ...orgApi,
  ...rosterApi,
  ...dataApi,
  ...importsApi,
  ...jobsApi,
  ...auditApi,
  ...periodsApi,
  ...gradingApi,
  ...incidentsApi,
  ...formsApi,
  ...templatesApi,
  ...accessApi,
  ...todoApi,
};
