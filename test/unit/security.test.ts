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

  /**
   * The Electron security checklist (docs/tutorial/security.md, reference/tech.md §1.1), item by
   * item, each checked in the configuration main.ts (and the files it uses) actually applies.
   */
  it('every item of the Electron checklist is in force in main.ts’s configuration', async () => {
    const read = (f: string) => readFile(join(root, f), 'utf8');
    const [main, ipc, ipcHandlers, preload, pkg, builder] = await Promise.all(
      [
        'electron/main.ts',
        'electron/ipc.ts',
        'electron/ipc-handlers.ts',
        'electron/preload.ts',
        'package.json',
        'electron-builder.yml',
      ].map(read),
    );
    const electronSources = (
      await Promise.all(
        ['electron/main.ts', 'electron/ipc.ts', 'electron/menu.ts', 'electron/preload.ts', 'electron/print-window.ts'].map(read),
      )
    ).join('\n');
    const window = /new BrowserWindow\(\{[\s\S]*?webPreferences: \{ \.\.\.WEB_PREFERENCES, preload: [^}]*\}/.exec(main)?.[0] ?? '';
    const checklist: [string, () => void][] = [
      [
        '1 secure content only: pages come from app:// (no http/https loads)',
        () => {
          expect(main).toMatch(/loadURL\(dev && devServerUrl \? devServerUrl : `\$\{APP_ORIGIN\}\/index\.html`\)/);
          expect(main).not.toMatch(/loadURL\(['"`]https?:/);
        },
      ],
      [
        '2 no Node integration',
        () =>
          expect(WEB_PREFERENCES).toMatchObject({
            nodeIntegration: false,
            nodeIntegrationInWorker: false,
            nodeIntegrationInSubFrames: false,
          }),
      ],
      ['3 context isolation', () => expect(WEB_PREFERENCES.contextIsolation).toBe(true)],
      ['4 process sandbox', () => expect(WEB_PREFERENCES.sandbox).toBe(true)],
      [
        '5 permission requests denied',
        () => {
          expect(main).toMatch(/setPermissionRequestHandler\(\(_wc, _permission, callback\) => callback\(false\)\)/);
          expect(main).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
        },
      ],
      ['6 webSecurity kept', () => expect(WEB_PREFERENCES.webSecurity).toBe(true)],
      ['7 a CSP on every response (production)', () => expect(main).toMatch(/onHeadersReceived[\s\S]*'Content-Security-Policy': \[CSP\]/)],
      ['8 no insecure content', () => expect(WEB_PREFERENCES.allowRunningInsecureContent).toBe(false)],
      ['9 no experimental features', () => expect(WEB_PREFERENCES.experimentalFeatures).toBe(false)],
      [
        '10 no enableBlinkFeatures',
        () => {
          expect(WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
          expect(electronSources).not.toMatch(/enableBlinkFeatures/);
        },
      ],
      [
        '11 no <webview> (so no allowpopups)',
        () => {
          expect(WEB_PREFERENCES.webviewTag).toBe(false);
          expect(electronSources).not.toMatch(/allowpopups/);
        },
      ],
      ['12 will-attach-webview refused', () => expect(main).toMatch(/'will-attach-webview', \(e\) => e\.preventDefault\(\)/)],
      [
        '13 navigation limited to our pages (parsed URL, not startsWith)',
        () => {
          expect(main).toMatch(/'will-navigate', \(e, url\) => \{\s*if \(!isTrustedUrl\(url, devServerUrl\)\) e\.preventDefault\(\);/);
          expect(main).toMatch(/'will-redirect', \(e, url\) => \{\s*if \(!isTrustedUrl\(url, devServerUrl\)\) e\.preventDefault\(\);/);
        },
      ],
      ['14 new windows denied', () => expect(main).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/)],
      ['15 no shell.openExternal', () => expect(electronSources).not.toMatch(/openExternal/)],
      ['16 a current Electron', () => expect(Number(/"electron": "\^?(\d+)/.exec(pkg)![1])).toBeGreaterThanOrEqual(40)],
      [
        '17 the sender of every IPC message is validated',
        () => {
          expect(ipcHandlers).toMatch(/frame\.parent === null && isTrustedUrl\(frame\.url, devServerUrl\)/);
          expect(ipc).toMatch(/ipcMain\.handle\('desk:invoke', invokeHandler\(ctx, devServerUrl\)\)/);
          expect(ipc).toMatch(/if \(!trustedSender\(e, devServerUrl\)/);
          expect(ipc.match(/ipcMain\.(handle|on)\(/g)).toHaveLength(2);
        },
      ],
      [
        '18 no file://: a custom protocol',
        () => {
          expect(main).not.toMatch(/file:\/\/|loadFile\(/);
          expect(main).toMatch(/protocol\.handle\(APP_SCHEME/);
          expect(main).toMatch(/registerSchemesAsPrivileged\(\[\{ scheme: APP_SCHEME, privileges: \{ standard: true, secure: true/);
        },
      ],
      [
        '19 fuses flipped in the packaged app',
        () => {
          for (const fuse of [
            'runAsNode: false',
            'enableNodeOptionsEnvironmentVariable: false',
            'enableCookieEncryption: true',
            'onlyLoadAppFromAsar: true',
            'enableEmbeddedAsarIntegrityValidation: true',
            'grantFileProtocolExtraPrivileges: false',
          ]) {
            expect(builder).toContain(fuse);
          }
        },
      ],
      [
        '20 no Electron API exposed to the page: two functions, no ipcRenderer',
        () => {
          expect(preload).toMatch(/contextBridge\.exposeInMainWorld\('desk', desk\)/);
          expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
          expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
          expect(preload).toMatch(/satisfies DeskBridge/);
        },
      ],
    ];
    expect(window, 'the main window uses WEB_PREFERENCES').not.toBe('');
    expect(main).toMatch(/requestSingleInstanceLock\(\)/);
    for (const [item, check] of checklist) {
      try {
        check();
      } catch (e) {
        throw new Error(`Electron 安全清单第 ${item} 项未落实：${(e as Error).message}`);
      }
    }
    expect(checklist).toHaveLength(20);
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
