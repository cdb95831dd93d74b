import type { Channel } from '../../../shared/api/channels';
import type { Input, Output } from '../../../shared/api/contract';
import { PERSON_STATUSES } from '../../../shared/domain/codes';
import type { Failure } from '../../../shared/api/result';
import type { Flags, Parsed } from '../args';
import { pick, type Named } from '../names';

/** A channel call that either answers or stops the command with the service's refusal. */
export interface Api {
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
}

/** A refused call inside a command: its Result goes out as it is, with the exit code it calls for. */
export class CallFailed extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/** What a command answers: the data (--json), the text, and the exit code when it is not 0 (nothing done). */
export interface Done {
  data: unknown;
  text: string;
  code?: number;
}

export type Command = (api: Api, f: Flags, p: Parsed) => Promise<Done>;

/** Everyone on the roster (also those who left: a record may be about them), for lookups by name. */
export async function peopleNamed(api: Api): Promise<Named[]> {
  return (await api.call('people:list', { statuses: [...PERSON_STATUSES] })).map((r) => ({ id: r.id, name: r.name, where: r.unitLabel }));
}

export async function unitsNamed(api: Api): Promise<Named[]> {
  return (await api.call('units:list', {})).map((u) => ({ id: u.id, name: u.name, where: u.label, aliases: [u.label] }));
}

/** A participant of a period by name or 编号 (names are looked up among the period's people). */
export async function participant(api: Api, periodId: string, wanted: string) {
  const detail = await api.call('periods:get', { id: periodId });
  const named = detail.participants.map((p) => ({ id: p.personId, name: p.name, where: p.unitLabel }));
  const chosen = pick(named, wanted, `${detail.period.label}考核名单中的人`);
  return { ...detail.participants.find((p) => p.personId === chosen.id)!, period: detail.period };
}
