import type { z } from 'zod';

/**
 * Who may call a channel when a password is set. `open`: the lock screen's calls, no session;
 * `view`: every signed-in user (looking, printing, exporting, one's own password);
 * `change`: 管理员 only — everything that changes data or who may sign in. Checked by dispatch
 * for every transport; the UI only mirrors it.
 */
export type ChannelAccess = 'open' | 'view' | 'change';

/**
 * How a channel runs against the data folder. `read`: under the folder's read lock, so it never
 * sees half of a change. `change`: as one transaction — checks, changes and its audit entry
 * committed together, one change at a time. `free`: takes no lock (progress polling, the lock
 * screen, long exports and file reads that gather their data with a read of their own).
 */
export type ChannelMode = 'read' | 'change' | 'free';

export interface ChannelSpec {
  access: ChannelAccess;
  mode: ChannelMode;
  input: z.ZodType;
  output: z.ZodType;
}
