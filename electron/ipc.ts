import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { Result } from '../shared/api/result';
import type { DeskContext } from './services/context';
import { dispatch } from './services/dispatch';
import { isTrustedUrl } from './security';

/**
 * Binds the contract to IPC. Every call's sender must be our own top-level page (VS Code's
 * validatedIpcMain rule); its input is then validated by dispatch like any other transport.
 */
export function registerIpc(ctx: DeskContext, window: () => BrowserWindow | null, devServerUrl?: string): void {
  const trusted = (e: IpcMainInvokeEvent) => {
    const frame = e.senderFrame;
    return Boolean(frame && frame.parent === null && isTrustedUrl(frame.url, devServerUrl));
  };
  const refused: Result<never> = { ok: false, code: 'UNAUTHORIZED', message: '请求来自不受信任的页面，已拒绝。' };

  ipcMain.handle('desk:invoke', (e, channel: unknown, input: unknown) => (trusted(e) ? dispatch(ctx, channel, input) : refused));

  const PickFile = z.object({
    mode: z.enum(['open', 'save']),
    title: z.string().max(100),
    defaultName: z.string().max(200).optional(),
    filters: z.array(z.object({ name: z.string().max(50), extensions: z.array(z.string().regex(/^[\w*]+$/)).max(10) })).max(5).optional(),
  });
  ipcMain.handle('desk:pickFile', async (e, raw: unknown) => {
    const opts = PickFile.safeParse(raw);
    const win = window();
    if (!trusted(e) || !opts.success || !win) return null;
    const { mode, title, defaultName, filters } = opts.data;
    if (mode === 'save') {
      const r = await dialog.showSaveDialog(win, { title, defaultPath: defaultName, filters });
      return r.canceled ? null : (r.filePath ?? null);
    }
    const r = await dialog.showOpenDialog(win, { title, filters, properties: ['openFile'] });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  });
}
