/** The facts plan.ts decides on, read from this machine; never installs anything. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { ToolFacts } from './plan';

/** A program on PATH: spawning it does not fail with ENOENT. */
const runs = (command: string, args: string[]) => !spawnSync(command, args, { stdio: 'ignore' }).error;

export function probeTools(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): ToolFacts {
  const path = env.CHROMIUM_PATH || '/usr/bin/chromium'; // as test/e2e/playwright.config.ts and the PDF printer
  const families = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' }).stdout ?? '';
  return {
    chromium: { path, fromEnv: Boolean(env.CHROMIUM_PATH), present: existsSync(path) },
    // Windows and macOS ship Chinese fonts; only Linux needs the Noto CJK package.
    cjkFonts: platform !== 'linux' || /Noto (Sans|Serif) CJK/i.test(families),
    pdftoppm: runs('pdftoppm', ['-v']),
    root: process.getuid?.() === 0,
    aptGet: platform === 'linux' && runs('apt-get', ['--version']),
  };
}
