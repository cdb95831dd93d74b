/**
 * Desktop entry: one hardened window serving the built renderer from app://desk, the contract
 * over IPC, the data folder held for the whole session. Security settings live in security.ts.
 */
import { app, BrowserWindow, dialog, Menu, net, protocol, session, shell } from 'electron';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { registerIpc } from './ipc';
import { electronPrinter } from './print-window';
import { buildMenu } from './menu';
import { APP_ORIGIN, APP_SCHEME, CSP, WEB_PREFERENCES, isTrustedUrl, rendererFileFor } from './security';
import type { DeskContext } from './services/context';
import { openDesk } from './services/open-desk';
import { setFileOpener } from './services/print/file-opener';
import { APP_FOLDER, portableDataDir } from './services/paths';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const devServerUrl = process.env.ELECTRON_RENDERER_URL; // set by `electron-vite dev` only
const dev = !app.isPackaged && Boolean(devServerUrl);

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
// An ASCII folder, set before 'ready' (a Chinese productName would otherwise name it).
app.setPath('userData', join(app.getPath('appData'), APP_FOLDER));

let mainWindow: BrowserWindow | null = null;
let ctx: DeskContext | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (e, url) => {
      if (!isTrustedUrl(url, devServerUrl)) e.preventDefault();
    });
    contents.on('will-redirect', (e, url) => {
      if (!isTrustedUrl(url, devServerUrl)) e.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
  app.whenReady().then(start, (e) => fatal(e));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void ctx?.folder.close();
  });
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, (request) => {
    const file = rendererFileFor(request.url, rendererDir, join, relative);
    return file ? net.fetch(pathToFileURL(file).toString()) : new Response('Not found', { status: 404 });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  if (!dev) {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } }),
    );
  }
  const dataDir = portableDataDir(process.execPath) ?? join(app.getPath('userData'), 'data');
  try {
    ctx = await openDesk(dataDir, { program: 'app', printer: electronPrinter() });
    // 在 WPS/Word 中打开: the program the PC uses for .docx/.xlsx (openPath answers an error text, or '').
    setFileOpener(async (file) => {
      const error = await shell.openPath(file);
      if (error) throw new Error(error);
    });
  } catch (e) {
    fatal(e);
    return;
  }
  registerIpc(ctx, () => mainWindow, devServerUrl);
  Menu.setApplicationMenu(buildMenu(dev));
  mainWindow = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    title: '平时考核',
    show: false,
    webPreferences: { ...WEB_PREFERENCES, preload: join(here, '..', 'preload', 'preload.cjs') },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(dev && devServerUrl ? devServerUrl : `${APP_ORIGIN}/index.html`);
}

function fatal(e: unknown): void {
  dialog.showErrorBox('平时考核无法启动', (e as Error)?.message ?? String(e));
  app.exit(3);
}
