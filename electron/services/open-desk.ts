import { AccessControl } from './access/access';
import type { DeskContext } from './context';
import { DataFolder, type OpenOptions } from './store/data-folder';
import { currentUser } from './store/lock';

/** Opens a data folder for one front (app, browser host, CLI); the actor is the OS user until someone signs in. */
export async function openDesk(dataDir: string, options: OpenOptions): Promise<DeskContext> {
  const folder = await DataFolder.open(dataDir, options);
  try {
    return { folder, actor: currentUser(), access: await AccessControl.open(folder) };
  } catch (e) {
    await folder.close();
    throw e;
  }
}
