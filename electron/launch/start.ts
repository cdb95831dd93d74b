/**
 * `npm start`: the desktop window where Electron can run, else the browser mode on the same data
 * folder, after one sentence saying why. `--browser` / `--desktop` (or APPRAISAL_DESK_MODE) force
 * either; other arguments (e.g. --data DIR for the browser mode) go on to the chosen mode.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterDesktopExit, chooseMode, readForcedMode, type Choice, type Mode } from './mode';
import { openInBrowser } from './open-browser';
import { electronPackageDir, hasDisplay, probeElectron } from './probe';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { env, platform } = process;

/** A package.json script, so the build commands are defined once; resolves to its exit code. */
function npmRun(script: string): Promise<number> {
  const npmCli = env.npm_execpath; // set when npm started us: run that npm rather than look up npm(.cmd) on PATH
  const args = ['run', '--silent', script];
  const child = npmCli?.endsWith('.js')
    ? spawn(process.execPath, [npmCli, ...args], { cwd: root, stdio: 'inherit' })
    : spawn('npm', args, { cwd: root, stdio: 'inherit', shell: platform === 'win32' });
  return exitOf(child).then((code) => code ?? 1);
}

/** Exit code, or null when ended by a signal; a program that cannot be spawned counts as exit 1. */
function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    child.once('error', () => done(1));
    child.once('exit', (code) => done(code));
  });
}

async function follow(choice: Choice, forced: Mode | null, rest: string[]): Promise<void> {
  if (choice.mode === 'refuse') {
    console.error(choice.message);
    process.exit(1);
  }
  if (choice.mode === 'browser') return browserMode(choice.notice, rest);
  const built = await npmRun('build');
  if (built) process.exit(built);
  const began = Date.now();
  const { ELECTRON_RUN_AS_NODE: _asNode, ...childEnv } = env; // would start Node instead of the window
  const child = spawn(choice.binary, ['.', ...rest], { cwd: root, stdio: 'inherit', env: childEnv, windowsHide: false });
  const pass = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', pass).on('SIGTERM', pass);
  const code = await exitOf(child);
  const next = afterDesktopExit(forced, code, Date.now() - began);
  if (!next) process.exit(code ?? 1);
  process.off('SIGINT', pass).off('SIGTERM', pass);
  return follow(next, forced, rest);
}

async function browserMode(notice: string | null, rest: string[]): Promise<void> {
  if (notice) console.log(notice);
  const built = await npmRun('build:web');
  if (built) process.exit(built);
  const { runBrowserMode } = await import('../host');
  const host = await runBrowserMode(rest);
  if (hasDisplay(env, platform)) openInBrowser(host.url, platform);
}

const forced = readForcedMode(process.argv.slice(2), env);
if (!forced.ok) {
  console.error(forced.message);
  process.exit(2);
}
const facts =
  forced.mode === 'browser' ? null : await probeElectron({ pkgDir: electronPackageDir(), env, platform, say: (line) => console.log(line) });
await follow(chooseMode(forced.mode, facts), forced.mode, forced.rest);
