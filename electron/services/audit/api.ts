import type { auditChannels } from '../../../shared/api/capabilities/audit';
import type { HandlersOf } from '../handler';
import { exportAudit, queryAudit } from './audit-query';

export const auditApi: HandlersOf<typeof auditChannels> = {
  'audit:recent': (ctx, i) => ctx.folder.audit.recent(i.limit),
  'audit:query': queryAudit,
  'audit:export': exportAudit,
};
