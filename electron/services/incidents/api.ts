import type { incidentsChannels } from '../../../shared/api/capabilities/incidents';
import type { HandlersOf } from '../handler';
import { closeCase, decideTolerance, deleteIncident, listIncidents, revealIncidentReason, saveIncident } from './incidents';

export const incidentsApi: HandlersOf<typeof incidentsChannels> = {
  'incidents:list': listIncidents,
  'incidents:save': saveIncident,
  'incidents:delete': deleteIncident,
  'incidents:tolerance': decideTolerance,
  'incidents:closeCase': closeCase,
  'incidents:revealReason': (ctx, i) => revealIncidentReason(ctx, i.id),
};
