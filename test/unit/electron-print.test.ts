import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRINT_WEB_PREFERENCES, RENDER_WEB_PREFERENCES, WEB_PREFERENCES } from '../../electron/security';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The Electron binary cannot run here: check the desktop printer's configuration as written.
describe('PDFs in the desktop app (Electron printToPDF)', () => {
  it('prints in a hidden, sandboxed window where no script runs', () => {
    expect(PRINT_WEB_PREFERENCES).toMatchObject({ ...WEB_PREFERENCES, javascript: false });
  });

  it('lays a Word template out in a hidden window as sandboxed as the app’s own, its script on', () => {
    expect(RENDER_WEB_PREFERENCES).toMatchObject({
      ...WEB_PREFERENCES,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: true,
    });
    expect(RENDER_WEB_PREFERENCES).not.toHaveProperty('preload');
  });

  it('asks for A4 with the print view’s own @page rules, and the app uses it instead of a separate Chromium', async () => {
    const printer = await readFile(join(root, 'electron/print-window.ts'), 'utf8');
    expect(printer).toMatch(/new BrowserWindow\(\{ show: false, webPreferences \}\)/);
    expect(printer).toMatch(/toPdf: \(html\) =>\s+inHiddenWindow\(\s*html,\s*PRINT_WEB_PREFERENCES,/);
    expect(printer).toMatch(/render: \(html\) =>\s+inHiddenWindow\(\s*html,\s*RENDER_WEB_PREFERENCES,/);
    expect(printer).toMatch(/printToPDF\(\{ pageSize: 'A4', preferCSSPageSize: true, printBackground: true \}\)/);
    expect(printer).toMatch(/finally \{\s+win\.destroy\(\);\s+await rm\(dir/);
    const main = await readFile(join(root, 'electron/main.ts'), 'utf8');
    expect(main).toMatch(/openDesk\(dataDir, \{ program: 'app', printer: electronPrinter\(\) \}\)/);
  });
});
