import type { orgChannels } from '../../../shared/api/capabilities/org';
import type { HandlersOf } from '../handler';
import { getSettings, saveSettings } from './settings';
import { appStatus, createOrganisation, loadDemo } from './setup';

export const orgApi: HandlersOf<typeof orgChannels> = {
  'app:status': (ctx) => appStatus(ctx, ctx.view),
  'org:create': createOrganisation,
  'org:loadDemo': loadDemo,
  'settings:get': getSettings,
  'settings:save': saveSettings,
};
