import { existsSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { AppError } from '../app-error';

/**
 * Turns a print view (a whole HTML document with its own @page rules) into PDF bytes. Services
 * only see this interface: the CLI, the browser mode and the tests print through Chromium; the
 * desktop app can put Electron's printToPDF behind it (setPdfPrinter) without touching a service.
 */
export interface PdfPrinter {
  toPdf(html: string): Promise<Uint8Array>;
  /**
   * Runs a page that lays itself out with its own script (a Word document drawn by docx-preview)
   * and returns the page it leaves once it sets `data-ready` on <body> (or its `data-error`, as an
   * Error), so the preview and the PDF print the same script-free HTML.
   */
  render(html: string): Promise<string>;
  close(): Promise<void>;
}

/** Expressions evaluated in a rendered page (as text: this module has no DOM types). */
export const PAGE_ERROR = 'document.body.dataset.error ?? null';
export const PAGE_READY = "document.body.hasAttribute('data-ready') || document.body.hasAttribute('data-error')";
export const PAGE_HTML = 'document.documentElement.outerHTML';

/** How long a page may take to lay itself out (a unit's 登记表 take a few seconds). */
export const RENDER_TIMEOUT_MS = 60_000;

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** A browser left unused this long is closed, so a long session does not keep one running. */
const IDLE_MS = 60_000;

const advice = '请安装 Chromium，或用环境变量 CHROMIUM_PATH 指定它的位置；也可以改为导出 Excel 文件后打印。';
const missing = (path: string) => new AppError('REJECTED', `找不到用于生成 PDF 的 Chromium 浏览器：${path}（文件不存在）。${advice}`);
const broken = (path: string, why: string) =>
  new AppError('REJECTED', `无法启动用于生成 PDF 的 Chromium 浏览器：${path}（${why}）。${advice}`);

/**
 * Chromium through playwright-core: launched on the first PDF (so an Excel export never starts a
 * browser) and kept for the next ones; each PDF gets a fresh page without JavaScript.
 */
export function chromiumPrinter(executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  // One context for every PDF: a context per PDF costs a renderer start and the font lookup again.
  let context: Promise<BrowserContext> | null = null;
  // Pages that run their own script (render) get a context of their own with JavaScript on.
  let scripted: Promise<BrowserContext> | null = null;
  let busy = 0;
  let idle: NodeJS.Timeout | undefined;
  const launch = async () => {
    if (!existsSync(executablePath)) throw missing(executablePath);
    const { chromium } = await import('playwright-core');
    try {
      return await chromium.launch({ executablePath, args: ARGS });
    } catch (e) {
      throw broken(executablePath, String((e as Error).message).split('\n')[0]);
    }
  };
  const connected = async (): Promise<Browser> => {
    const b = await (browser ??= launch()).catch((e: unknown) => {
      browser = null; // try again next time: Chromium may have been installed meanwhile
      throw e;
    });
    if (b.isConnected()) return b;
    browser = null; // it crashed or was killed since the last PDF: start another
    return connected();
  };
  const withBrowser = async <T>(work: (b: Browser) => Promise<T>): Promise<T> => {
    clearTimeout(idle);
    busy++;
    try {
      return await work(await connected());
    } finally {
      if (--busy === 0) idle = setTimeout(() => void printer.close(), IDLE_MS).unref();
    }
  };
  const printer: PdfPrinter = {
    toPdf: (html) =>
      withBrowser(async (b) => {
        if (!context || (await context).browser() !== b) context = b.newContext({ javaScriptEnabled: false });
        const page = await (await context).newPage();
        try {
          await page.setContent(html, { waitUntil: 'load' });
          return new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
        } finally {
          await page.close();
        }
      }),
    render: (html) =>
      withBrowser(async (b) => {
        // No network for the page: everything it needs is inline.
        if (!scripted || (await scripted).browser() !== b) scripted = b.newContext({ javaScriptEnabled: true, offline: true });
        const page = await (await scripted).newPage();
        try {
          await page.setContent(html, { waitUntil: 'load' });
          await page.waitForSelector('body[data-ready], body[data-error]', { timeout: RENDER_TIMEOUT_MS, state: 'attached' });
          const error = await page.evaluate<string | null>(PAGE_ERROR);
          if (error !== null) throw new Error(error);
          return `<!doctype html>\n${await page.evaluate<string>(PAGE_HTML)}`;
        } finally {
          await page.close();
        }
      }),
    async close() {
      clearTimeout(idle);
      const b = browser;
      browser = null;
      context = null;
      scripted = null;
      if (b) await (await b.catch(() => null))?.close();
    },
  };
  return printer;
}
