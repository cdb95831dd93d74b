import type { Channel } from '../../shared/api/channels';
import type { ChannelMode, ChannelSpec } from '../../shared/api/channel';
import type { Contract, Output, ParsedInput } from '../../shared/api/contract';
import type { ChangeContext, DeskContext, ReadContext } from './context';

/** What a handler gets, by how its channel runs (shared/api/channel.ts). */
export type ContextFor<M extends ChannelMode> = M extends 'change' ? ChangeContext : M extends 'read' ? ReadContext : DeskContext;

export type Handler<C extends Channel> = (ctx: ContextFor<Contract[C]['mode']>, input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;

/** A capability's handlers: one per channel of its spec (shared/api/capabilities/<name>.ts). */
export type HandlersOf<T extends Record<string, ChannelSpec>> = { [C in keyof T & Channel]: Handler<C> };
