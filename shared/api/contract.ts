import type { z } from 'zod';
import type { Channel } from './channels';
import type { ChannelSpec } from './channel';
import { accessChannels } from './capabilities/access';
import { auditChannels } from './capabilities/audit';
import { dataChannels } from './capabilities/data';
import { formsChannels } from './capabilities/forms';
import { gradingChannels } from './capabilities/grading';
import { importsChannels } from './capabilities/imports';
import { incidentsChannels } from './capabilities/incidents';
import { jobsChannels } from './capabilities/jobs';
import { orgChannels } from './capabilities/org';
import { periodsChannels } from './capabilities/periods';
import { rosterChannels } from './capabilities/roster';
import { templatesChannels } from './capabilities/templates';
import { todoChannels } from './capabilities/todo';

export * from './schemas';

/**
 * Every channel: who may call it, how it runs, and its input and output schemas — gathered from
 * one file per capability (capabilities/). Inputs are parsed by every transport before a service runs.
 */
export const contract = {
  ...orgChannels,
  ...rosterChannels,
  ...dataChannels,
  ...importsChannels,
  ...jobsChannels,
  ...auditChannels,
  ...periodsChannels,
  ...gradingChannels,
  ...incidentsChannels,
  ...formsChannels,
  ...templatesChannels,
  ...accessChannels,
  ...todoChannels,
} as const satisfies Record<Channel, ChannelSpec>;

// Every name in CHANNELS has a schema and nothing else does (checked both ways at compile time).
type _ExactlyTheChannels = [keyof typeof contract] extends [Channel] ? true : never;
const _check: _ExactlyTheChannels = true;
void _check;

export type Contract = typeof contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;
