/**
 * Browser mode: serves the built renderer and the contract on 127.0.0.1 for development, e2e
 * tests and machines without the Electron binary. The desktop app never starts it.
 * Guards: loopback only, a per-launch token on every API call, Host and Origin checked,
 * request size limited, password calls rate-limited, no CORS headers. The app password's
 * session travels in X-Desk-Session and is checked by dispatch like any transport's.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result } from '../shared/api/result';
import { dispatch, toFailure } from './services/dispatch';
import type { DeskContext } from './services/context';
import { openDesk } from './services/open-desk';
import { defaultDataDir } from './services/paths';
import { CSP } from './security';

/** Large enough for a 30 MB workbook sent as base64 to an import; anything bigger is refused unread. */
export const MAX_BODY_BYTES = 48 * 1024 * 1024;
/** Calls that check a password: at most PASSWORD_TRIES in PASSWORD_WINDOW_MS, on top of the growing wait per user. */
const PASSWORD_CHANNELS = new Set(['auth:unlock', 'auth:setup', 'auth:changePassword', 'auth:disable', 'auth:recover']);
export const PASSWORD_TRIES = 10;
export const PASSWORD_WINDOW_MS = 60_000;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface Host {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export async function startHost(opts: { ctx: DeskContext; webRoot: string; port?: number }): Promise<Host> {
  const token = randomBytes(24).toString('hex');
  const root = resolve(opts.webRoot);
  const passwordCalls: number[] = [];
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((e) => send(res, 500, toFailure(e)));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 403, refuse('请求的主机名不被接受。'));
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) return send(res, 403, refuse('跨站请求被拒绝。'));
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, refuse('只接受 POST 请求。', 'INVALID_INPUT'));
      if (!tokenMatches(req.headers['x-desk-token'], token))
        return send(res, 401, refuse('缺少或错误的访问令牌，请使用启动时显示的地址打开。'));
      if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
        return send(res, 415, refuse('请求格式应为 JSON。', 'INVALID_INPUT'));
      const body = await readBody(req);
      if (body === null) {
        // Answer and drop the connection rather than read the rest of an oversized body.
        res.setHeader('Connection', 'close');
        send(res, 413, refuse(`请求内容超过 ${MAX_BODY_BYTES / 1024 / 1024} MB 上限。`, 'INVALID_INPUT'));
        res.on('finish', () => req.socket.destroy());
        return;
      }
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        return send(res, 400, { ok: false, code: 'INVALID_INPUT', message: '请求内容不是有效的 JSON。' });
      }
      const channel = decodeURIComponent(url.pathname.slice(5));
      if (PASSWORD_CHANNELS.has(channel)) {
        const now = Date.now();
        while (passwordCalls.length && passwordCalls[0] <= now - PASSWORD_WINDOW_MS) passwordCalls.shift();
        if (passwordCalls.length >= PASSWORD_TRIES) {
          const wait = Math.ceil((passwordCalls[0] + PASSWORD_WINDOW_MS - now) / 1000);
          res.setHeader('Retry-After', String(wait));
          return send(res, 429, { ok: false, code: 'RATE_LIMITED', message: `密码尝试过于频繁，请 ${wait} 秒后再试。` });
        }
        passwordCalls.push(now);
      }
      const session = req.headers['x-desk-session'];
      return send(
        res,
        200,
        await dispatch(opts.ctx, channel, input, typeof session === 'string' && /^[0-9a-f]{48}$/.test(session) ? session : null),
      );
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, refuse('不支持的请求。', 'INVALID_INPUT'));
    return serveStatic(res, url.pathname);
  }

  async function serveStatic(res: ServerResponse, pathname: string) {
    const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const file = resolve(root, rel);
    const inside = relative(root, file);
    if (inside.startsWith('..') || inside.includes(`..${sep}`) || resolve(root, inside) !== file)
      return send(res, 404, refuse('找不到该文件。', 'INVALID_INPUT'));
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      return send(res, 404, refuse('找不到该文件。', 'INVALID_INPUT'));
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(await readFile(file));
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    port,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

function refuse(message: string, code: 'UNAUTHORIZED' | 'INVALID_INPUT' = 'UNAUTHORIZED'): Result<never> {
  return { ok: false, code, message };
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((ok, fail) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return ok(null);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        req.pause();
        ok(null);
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, body: Result<unknown>) {
  if (res.headersSent) return;
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

/**
 * Browser mode from the command line (`npm run serve`, and `npm start` where the desktop window
 * cannot run): opens the data folder (--data DIR, else the desktop app's), prints the address and
 * serves until Ctrl+C. Ends the process with a sentence when the renderer is not built or the
 * folder cannot be opened.
 */
export async function runBrowserMode(args: string[]): Promise<Host> {
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dataDir = resolve(flag('--data') ?? defaultDataDir());
  const webRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', 'out', 'renderer');
  try {
    await stat(join(webRoot, 'index.html'));
  } catch {
    console.error(`找不到界面文件 ${webRoot}/index.html，请先运行 npm run build:web（npm run serve 会自动构建）。`);
    process.exit(2);
  }
  let ctx: DeskContext;
  try {
    ctx = await openDesk(dataDir, { program: 'host' });
  } catch (e) {
    console.error((e as Error).message);
    process.exit(3);
  }
  const host = await startHost({ ctx, webRoot, port: Number(flag('--port') ?? 0) });
  for (const n of ctx.folder.notices) console.log(`注意：${n}`);
  console.log(`数据文件夹：${dataDir}`);
  console.log(`平时考核（浏览器模式）已启动：${host.url}`);
  console.log('请在本机浏览器中打开上面的地址；按 Ctrl+C 退出。');
  const stop = async () => {
    await host.close();
    await ctx.folder.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return host;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void runBrowserMode(process.argv.slice(2));
