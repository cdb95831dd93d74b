import type { DeskContext } from './context';
import { DataFolder, type OpenOptions } from './store/data-folder';
import { currentUser } from './store/lock';

/** Opens a data folder for one front (app, browser host, CLI) with the OS user as the actor. */
export async function openDesk(dataDir: string, options: OpenOptions): Promise<DeskContext> {
  return { folder: await DataFolder.open(dataDir, options), actor: currentUser() };
}
