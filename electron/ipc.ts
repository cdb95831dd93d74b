import { dialog, ipcMain, type BrowserWindow } from 'electron';
import type { DeskContext } from './services/context';
import { PickFileSchema, invokeHandler, trustedSender } from './ipc-handlers';

/** Binds the contract to IPC; the checks live in ipc-handlers.ts (tested without Electron). */
export function registerIpc(ctx: DeskContext, window: () => BrowserWindow | null, devServerUrl?: string): void {
  ipcMain.handle('desk:invoke', invokeHandler(ctx, devServerUrl));

  ipcMain.handle('desk:pickFile', async (e, raw: unknown) => {
    const opts = PickFileSchema.safeParse(raw);
    const win = window();
    if (!trustedSender(e, devServerUrl) || !opts.success || !win) return null;
    const { mode, title, defaultName, filters } = opts.data;
    if (mode === 'save') {
      const r = await dialog.showSaveDialog(win, { title, defaultPath: defaultName, filters });
      return r.canceled ? null : (r.filePath ?? null);
    }
    const r = await dialog.showOpenDialog(win, { title, filters, properties: ['openFile'] });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  });
}
