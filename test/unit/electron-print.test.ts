import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRINT_WEB_PREFERENCES, WEB_PREFERENCES } from '../../electron/security';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The Electron binary cannot run here: check the desktop printer's configuration as written.
describe('PDFs in the desktop app (Electron printToPDF)', () => {
  it('prints in a hidden, sandboxed window where no script runs', () => {
    expect(PRINT_WEB_PREFERENCES).toMatchObject({ ...WEB_PREFERENCES, javascript: false });
  });

  it('asks for A4 with the print view’s own @page rules, and the app uses it instead of a separate Chromium', async () => {
    const printer = await readFile(join(root, 'electron/print-window.ts'), 'utf8');
    expect(printer).toMatch(/new BrowserWindow\(\{ show: false, webPreferences: PRINT_WEB_PREFERENCES \}\)/);
    expect(printer).toMatch(/printToPDF\(\{ pageSize: 'A4', preferCSSPageSize: true, printBackground: true \}\)/);
    expect(printer).toMatch(/finally \{\s+win\.destroy\(\);\s+await rm\(dir/);
    const main = await readFile(join(root, 'electron/main.ts'), 'utf8');
    expect(main).toMatch(/openDesk\(dataDir, \{ program: 'app', printer: electronPrinter\(\) \}\)/);
  });
});
