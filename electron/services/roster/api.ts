import type { rosterChannels } from '../../../shared/api/capabilities/roster';
import type { HandlersOf } from '../handler';
import { getPerson, revealIdNumber, savePerson, setPersonStatus, transferPerson } from './people';
import { listPeople } from './people-query';
import { listRoles, removeRole, saveRole } from './roles';
import { exportRoster } from './roster-export';
import { rolesTemplate } from './roles-template';
import { deactivateUnit, listUnits, moveUnit, saveUnit } from './units';

export const rosterApi: HandlersOf<typeof rosterChannels> = {
  'units:list': (ctx) => listUnits(ctx),
  'units:save': saveUnit,
  'units:move': (ctx, i) => moveUnit(ctx, i.id, i.direction),
  'units:deactivate': (ctx, i) => deactivateUnit(ctx, i.id),
  'people:list': listPeople,
  'people:get': (ctx, i) => getPerson(ctx, i.id),
  'people:save': savePerson,
  'people:transfer': transferPerson,
  'people:setStatus': setPersonStatus,
  'people:revealId': (ctx, i) => revealIdNumber(ctx, i.id),
  'roles:list': (ctx) => listRoles(ctx),
  'roles:save': saveRole,
  'roles:remove': (ctx, i) => removeRole(ctx, i.id),
  'roles:template': rolesTemplate,
  'roster:export': exportRoster,
};
