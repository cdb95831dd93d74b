import type { Channel } from './channels';
import type { Result } from './result';

export interface PickFileOptions {
  mode: 'open' | 'save';
  title: string;
  defaultName?: string;
  filters?: { name: string; extensions: string[] }[];
}

/** What the preload exposes as `window.desk` in the desktop app. Browser mode has no bridge. */
export interface DeskBridge {
  /** `session`: the id auth:unlock answered, when a password is set. */
  invoke(channel: Channel, input: unknown, session?: string | null): Promise<Result<unknown>>;
  /** The system file dialog; null when the clerk cancels. */
  pickFile(options: PickFileOptions): Promise<string | null>;
}

export const BACKUP_FILTERS = [{ name: '平时考核备份', extensions: ['backup'] }];
