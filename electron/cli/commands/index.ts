import type { Command } from './api';
import { confirm, override, regrade, tie, undetermined } from './grading';
import { incidentsAdd, incidentsClose, incidentsList, incidentsTolerate } from './incidents';
import { recordAdd, reviewCheck, reviewSet, summarySet } from './inputs';
import { people, rolesAdd, rolesList, rolesRemove, units } from './roster';
import { call, settingsGet, settingsSet } from './settings';

/**
 * The commands that look names up or take several calls (people and units by name, a tie by
 * name, confirmations …), by `command` or `command verb`; the others are one channel each
 * (requests.ts).
 */
export const COMMANDS: Record<string, Command> = {
  units,
  people,
  'roles list': rolesList,
  'roles add': rolesAdd,
  'roles remove': rolesRemove,
  'incidents list': incidentsList,
  'incidents add': incidentsAdd,
  'incidents tolerate': incidentsTolerate,
  'incidents close': incidentsClose,
  'period confirm': confirm,
  'period tie': tie,
  'period override': override,
  'period regrade': regrade,
  'period undetermined': undetermined,
  'review set': reviewSet,
  'review check': reviewCheck,
  'record add': recordAdd,
  'summary set': summarySet,
  'settings get': settingsGet,
  'settings set': settingsSet,
  call,
};

/** The compound command a command line names, taking its verb off the words; null for the single-channel ones. */
export function commandFor(command: string, positional: string[]): Command | null {
  if (COMMANDS[command]) return COMMANDS[command];
  const both = `${command} ${positional[0] ?? ''}`;
  if (!COMMANDS[both]) return null;
  positional.shift();
  return COMMANDS[both];
}
