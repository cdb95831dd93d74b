/**
 * What the machine offers the desktop window, looked at the way `electron .` would: a display,
 * the binary electron's own index.js would run (downloading it first when it is missing, as that
 * does), and whether it answers `--version`. Never requires 'electron' itself: on a machine
 * without the binary that require() throws a stack trace at the user.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ElectronFacts } from './mode';

const START_TIMEOUT_MS = 20_000;
/** The download is about 100 MB; an unreachable network fails within seconds anyway. */
const INSTALL_TIMEOUT_MS = 10 * 60_000;

/** On Linux and the BSDs a window needs X11 or Wayland; Windows and macOS always have a screen. */
export function hasDisplay(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** node_modules/electron, or null when the package is not installed at all. */
export function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The executable electron's index.js would start (path.txt, or ELECTRON_OVERRIDE_DIST_PATH), if it exists. */
function locateBinary(pkgDir: string, env: NodeJS.ProcessEnv): string | null {
  const pathFile = join(pkgDir, 'path.txt');
  const inDist = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, inDist || 'electron')
    : inDist
      ? join(pkgDir, 'dist', inDist)
      : null;
  return binary && existsSync(binary) ? binary : null;
}

/** Runs a program to its end; resolves to null on exit 0, else a short reason. */
function attempt(file: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string | null> {
  const { ELECTRON_RUN_AS_NODE: _asNode, ...clean } = env; // would make Electron behave as plain Node
  return new Promise((done) => {
    execFile(file, args, { env: clean, timeout: timeoutMs, windowsHide: true }, (err, _out, stderr) => {
      if (!err) return done(null);
      const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null; code?: string | number | null };
      if (e.killed) return done(`${Math.round(timeoutMs / 1000)} 秒内没有响应`);
      if (typeof e.code === 'string') return done(e.code === 'ENOENT' ? '文件不存在' : e.code === 'EACCES' ? '没有执行权限' : e.code);
      if (e.code == null) return done(`被 ${e.signal} 信号结束`);
      // The last line of stderr usually names the cause (a missing library, a refused sandbox).
      const last = String(stderr).trim().split('\n').pop()?.trim().slice(0, 160);
      done(last ? `退出码 ${e.code}：${last}` : `退出码 ${e.code}`);
    });
  });
}

export interface ProbeOptions {
  pkgDir: string | null;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Tells the user about the download before it starts. */
  say: (line: string) => void;
  startTimeoutMs?: number;
}

/** Stops at the first missing piece: no download without a display, no start without a binary. */
export async function probeElectron(o: ProbeOptions): Promise<ElectronFacts> {
  if (!hasDisplay(o.env, o.platform)) return { display: false, binary: null, startError: null };
  if (!o.pkgDir) return { display: true, binary: null, startError: null };
  let binary = locateBinary(o.pkgDir, o.env);
  if (!binary && !o.env.ELECTRON_OVERRIDE_DIST_PATH) {
    o.say('未找到 Electron 桌面程序，正在下载（约 100 MB，需要联网）……');
    const failed = await attempt(process.execPath, [join(o.pkgDir, 'install.js')], o.env, INSTALL_TIMEOUT_MS);
    binary = failed ? null : locateBinary(o.pkgDir, o.env);
  }
  if (!binary) return { display: true, binary: null, startError: null };
  return { display: true, binary, startError: await attempt(binary, ['--version'], o.env, o.startTimeoutMs ?? START_TIMEOUT_MS) };
}
