/**
 * PDFs in the desktop app come from Electron's own Chromium: each print view is loaded into a
 * hidden window without JavaScript and printed with printToPDF on A4, honouring the view's @page
 * rules; a Word template's page lays itself out in a hidden sandboxed window with its script on.
 * Put behind the services' PdfPrinter, so the services never import electron.
 */
import { app, BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PRINT_WEB_PREFERENCES, RENDER_WEB_PREFERENCES } from './security';
import { PAGE_ERROR, PAGE_HTML, PAGE_READY, RENDER_TIMEOUT_MS, type PdfPrinter } from './services/print/pdf';

/** Loads a page from a temporary file into a hidden window and hands the window to `work`. */
async function inHiddenWindow<T>(
  html: string,
  webPreferences: Electron.WebPreferences,
  work: (win: BrowserWindow) => Promise<T>,
): Promise<T> {
  // A file, not a data: URL: a bureau-wide list is larger than Chromium's 2 MB URL limit.
  const dir = await mkdtemp(join(app.getPath('temp'), 'appraisal-print-'));
  const win = new BrowserWindow({ show: false, webPreferences });
  try {
    const file = join(dir, 'form.html');
    await writeFile(file, html, 'utf8');
    await win.loadFile(file);
    return await work(win);
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

export function electronPrinter(): PdfPrinter {
  return {
    toPdf: (html) =>
      inHiddenWindow(
        html,
        PRINT_WEB_PREFERENCES,
        async (win) => new Uint8Array(await win.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true })),
      ),
    render: (html) =>
      inHiddenWindow(html, RENDER_WEB_PREFERENCES, async (win) => {
        const deadline = Date.now() + RENDER_TIMEOUT_MS;
        while (!(await win.webContents.executeJavaScript(PAGE_READY))) {
          if (Date.now() > deadline) throw new Error('排版超时');
          await new Promise((r) => setTimeout(r, 100));
        }
        const error = (await win.webContents.executeJavaScript(PAGE_ERROR)) as string | null;
        if (error !== null) throw new Error(error);
        return `<!doctype html>\n${(await win.webContents.executeJavaScript(PAGE_HTML)) as string}`;
      }),
    async close() {},
  };
}
