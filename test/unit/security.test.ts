import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CSP, WEB_PREFERENCES, isTrustedUrl, rendererFileFor } from '../../electron/security';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('Electron security settings (reference/tech.md §1.1)', () => {
  it('the window runs isolated, sandboxed, without Node', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  it('main.ts puts those settings and the guards in force', async () => {
    const main = await readFile(join(root, 'electron/main.ts'), 'utf8');
    expect(main).toMatch(/webPreferences: \{ \.\.\.WEB_PREFERENCES, preload:/);
    expect(main).toMatch(/requestSingleInstanceLock\(\)/);
    expect(main).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(main).toMatch(/'will-navigate'[\s\S]*?isTrustedUrl/);
    expect(main).toMatch(/'will-attach-webview', \(e\) => e\.preventDefault\(\)/);
    expect(main).toMatch(/setPermissionRequestHandler\(\(_wc, _permission, callback\) => callback\(false\)\)/);
    expect(main).toMatch(/'Content-Security-Policy': \[CSP\]/);
    expect(main).not.toMatch(/file:\/\/|loadFile\(/);
    const ipc = await readFile(join(root, 'electron/ipc.ts'), 'utf8');
    expect(ipc).toMatch(/frame\.parent === null && isTrustedUrl\(frame\.url/);
  });

  it('the CSP allows only our own scripts', () => {
    expect(CSP).toMatch(/script-src 'self'(;|$)/);
    expect(CSP).toMatch(/object-src 'none'/);
    expect(CSP).not.toMatch(/unsafe-eval/);
  });

  it('trusts only app://desk (and the dev server when given)', () => {
    expect(isTrustedUrl('app://desk/index.html')).toBe(true);
    expect(isTrustedUrl('app://evil/index.html')).toBe(false);
    expect(isTrustedUrl('https://desk/index.html')).toBe(false);
    expect(isTrustedUrl('file:///etc/passwd')).toBe(false);
    expect(isTrustedUrl('not a url')).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  it('app:// serves files of the renderer folder only', () => {
    const dir = '/opt/app/out/renderer';
    expect(rendererFileFor('app://desk/index.html', dir, join, relative)).toBe(`${dir}/index.html`);
    expect(rendererFileFor('app://desk/assets/x.js', dir, join, relative)).toBe(`${dir}/assets/x.js`);
    // The URL parser resolves dot segments itself; whatever comes out must stay inside the folder.
    for (const url of ['app://desk/%2e%2e/%2e%2e/secret', 'app://desk/..%2F..%2Fetc/passwd', 'app://desk/assets/..%5C..%5C..%5Cwin.ini']) {
      const file = rendererFileFor(url, dir, join, relative);
      expect(file === null || file.startsWith(`${dir}/`), `${url} → ${file}`).toBe(true);
    }
    expect(rendererFileFor('app://desk/..%2F..%2Fetc/passwd', dir, join, relative)).toBeNull();
    expect(rendererFileFor('app://other/index.html', dir, join, relative)).toBeNull();
  });
});
