/**
 * The channel names alone: the preload bundles this list (and nothing heavier) to refuse unknown
 * channels before they reach the main process. `contract.ts` is checked against it at compile time.
 */
export const CHANNELS = [
  'app:status',
  'org:create',
  'org:loadDemo',
  'units:list',
  'units:save',
  'units:move',
  'units:deactivate',
  'people:list',
  'people:get',
  'people:save',
  'people:transfer',
  'people:setStatus',
  'people:revealId',
  'roles:list',
  'roles:save',
  'roles:remove',
  'data:backup',
  'data:restore',
  'data:verify',
  'data:snapshots',
  'import:preview',
  'import:commit',
  'import:errorReport',
  'roster:export',
  'jobs:progress',
  'jobs:cancel',
  'audit:recent',
  'periods:list',
  'periods:open',
  'periods:get',
  'periods:setState',
  'periods:setUndetermined',
  'records:list',
  'records:save',
  'records:delete',
  'records:review',
  'records:coverage',
  'summaries:get',
  'summaries:save',
  'reviews:grid',
  'reviews:save',
  'reviews:exportSheet',
  'records:exportSheet',
  'incidents:list',
  'incidents:save',
  'incidents:delete',
  'incidents:tolerance',
  'incidents:closeCase',
] as const;
export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}
