/**
 * `npm start`'s choice between the desktop window and the browser mode, as pure functions of
 * what was asked (flag or APPRAISAL_DESK_MODE) and what the machine offers (probe.ts), so every
 * branch is unit-tested without a display or an Electron binary.
 */

export type Mode = 'desktop' | 'browser';

/** What probe.ts found, in the order it looks; it stops at the first fact that rules the window out. */
export interface ElectronFacts {
  /** A screen to open a window on (always true on Windows and macOS). */
  display: boolean;
  /** The Electron executable, or null when it is missing and could not be downloaded. */
  binary: string | null;
  /** Why `electron --version` did not answer in time, or null when it did. */
  startError: string | null;
}

export type Choice =
  | { mode: 'desktop'; binary: string }
  /** notice: why the desktop window was not used, or null when browser mode was asked for. */
  | { mode: 'browser'; notice: string | null }
  /** Desktop was forced and cannot run: say why and stop. */
  | { mode: 'refuse'; message: string };

export type Forced = { ok: true; mode: Mode | null; rest: string[] } | { ok: false; message: string };

/** `--browser` / `--desktop` win over APPRAISAL_DESK_MODE; the other arguments go on to the chosen mode. */
export function readForcedMode(args: string[], env: NodeJS.ProcessEnv): Forced {
  const flags = args.filter((a) => a === '--browser' || a === '--desktop');
  const rest = args.filter((a) => a !== '--browser' && a !== '--desktop');
  if (new Set(flags).size > 1) return { ok: false, message: '--browser 和 --desktop 只能选一个。' };
  if (flags.length) return { ok: true, mode: flags[0] === '--browser' ? 'browser' : 'desktop', rest };
  const fromEnv = env.APPRAISAL_DESK_MODE?.trim().toLowerCase();
  if (!fromEnv) return { ok: true, mode: null, rest };
  if (fromEnv === 'browser' || fromEnv === 'desktop') return { ok: true, mode: fromEnv, rest };
  return { ok: false, message: `环境变量 APPRAISAL_DESK_MODE 只能是 browser 或 desktop，现在是“${env.APPRAISAL_DESK_MODE}”。` };
}

/** facts is null when browser mode was forced: nothing is probed then. */
export function chooseMode(forced: Mode | null, facts: ElectronFacts | null): Choice {
  if (forced === 'browser' || !facts) return { mode: 'browser', notice: null };
  if (facts.display && facts.binary && !facts.startError) return { mode: 'desktop', binary: facts.binary };
  const problem = !facts.display
    ? '没有检测到图形界面（未设置 DISPLAY 或 WAYLAND_DISPLAY）'
    : !facts.binary
      ? '未找到可用的 Electron 桌面程序（node_modules/electron 中没有可执行文件，也无法下载）'
      : `Electron 桌面程序无法启动（${facts.startError}）`;
  return forced === 'desktop' ? refuse(problem) : fallBack(problem);
}

/** An error exit this soon after launch means the window never came up (e.g. a sandbox the system refuses). */
export const EARLY_EXIT_MS = 15_000;

/**
 * After the desktop process ended: null to end with its exit code (closed by the user, or
 * killed by a signal such as Ctrl+C, code null), else fall back or refuse as chooseMode would.
 */
export function afterDesktopExit(forced: Mode | null, code: number | null, ms: number): Choice | null {
  if (code === null || code === 0 || ms > EARLY_EXIT_MS) return null;
  const problem = `Electron 桌面程序启动后随即退出（退出码 ${code}）`;
  return forced === 'desktop' ? refuse(problem) : fallBack(problem);
}

const fallBack = (problem: string): Choice => ({ mode: 'browser', notice: `${problem}，改用浏览器模式。` });
const refuse = (problem: string): Choice => ({
  mode: 'refuse',
  message: `已指定桌面模式，但${problem}；去掉 --desktop 或 APPRAISAL_DESK_MODE=desktop 即可改用浏览器模式。`,
});
