/**
 * Security settings of the desktop shell as plain data and pure predicates, so a test can check
 * each item of the Electron checklist (reference/tech.md §1.1) without the Electron binary.
 */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://desk';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Ant Design writes its CSS-in-JS into <style> tags.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
} as const;

/** The hidden window a print view is printed in: no script runs there, nothing reaches main. */
export const PRINT_WEB_PREFERENCES = { ...WEB_PREFERENCES, javascript: false } as const;

/**
 * The hidden window a Word template lays itself out in (docx-preview): its own inline script runs,
 * sandboxed, without preload or Node, and nothing it does reaches main.
 */
export const RENDER_WEB_PREFERENCES = { ...WEB_PREFERENCES, javascript: true } as const;

/** Only our own pages (the app:// origin, or the dev server during `npm run dev`) may talk to main. */
export function isTrustedUrl(raw: string, devServerUrl?: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.origin === APP_ORIGIN || (url.protocol === `${APP_SCHEME}:` && url.host === 'desk')) return true;
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/** Maps app://desk/<path> to a file inside the renderer folder; null for anything outside it. */
export function rendererFileFor(
  raw: string,
  rendererDir: string,
  join: (...p: string[]) => string,
  relative: (a: string, b: string) => string,
): string | null {
  if (!isTrustedUrl(raw)) return null;
  const pathname = decodeURIComponent(new URL(raw).pathname);
  const file = join(rendererDir, pathname === '/' || pathname === '' ? 'index.html' : pathname);
  const rel = relative(rendererDir, file);
  return rel.startsWith('..') || rel === '' ? null : file;
}
