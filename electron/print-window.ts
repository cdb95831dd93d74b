/**
 * PDFs in the desktop app come from Electron's own Chromium: each print view is loaded into a
 * hidden window without JavaScript and printed with printToPDF on A4, honouring the view's @page
 * rules. Put behind the services' PdfPrinter, so the services never import electron.
 */
import { app, BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PRINT_WEB_PREFERENCES } from './security';
import type { PdfPrinter } from './services/print/pdf';

export function electronPrinter(): PdfPrinter {
  return {
    async toPdf(html) {
      // A file, not a data: URL: a bureau-wide list is larger than Chromium's 2 MB URL limit.
      const dir = await mkdtemp(join(app.getPath('temp'), 'appraisal-print-'));
      const win = new BrowserWindow({ show: false, webPreferences: PRINT_WEB_PREFERENCES });
      try {
        const file = join(dir, 'form.html');
        await writeFile(file, html, 'utf8');
        await win.loadFile(file);
        return new Uint8Array(await win.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true }));
      } finally {
        win.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
    async close() {},
  };
}
