/**
 * What `npm test` needs from the machine besides node_modules — Chromium for e2e and PDF tests,
 * Noto CJK fonts so Chinese renders, pdftoppm to turn PDF pages into PNG — and what to do when
 * something is missing: install it with apt-get when we are root, else say the one command to run.
 * Pure, so each case is unit-tested without touching the machine.
 */

export interface ToolFacts {
  /** Where the tests look for Chromium (CHROMIUM_PATH, else /usr/bin/chromium) and whether it is there. */
  chromium: { path: string; fromEnv: boolean; present: boolean };
  cjkFonts: boolean;
  pdftoppm: boolean;
  root: boolean;
  aptGet: boolean;
}

export type ToolPlan =
  { kind: 'ready'; message: string } | { kind: 'install'; packages: string[]; commands: string[][] } | { kind: 'stop'; message: string };

const NEEDS = [
  { has: (f: ToolFacts) => f.chromium.present, pkg: 'chromium', what: 'Chromium 浏览器' },
  { has: (f: ToolFacts) => f.cjkFonts, pkg: 'fonts-noto-cjk', what: 'Noto CJK 中文字体' },
  { has: (f: ToolFacts) => f.pdftoppm, pkg: 'poppler-utils', what: 'pdftoppm（poppler）' },
];

const READY = '测试所需的 Chromium、中文字体和 pdftoppm 都已就绪。';
const missingOf = (f: ToolFacts) => NEEDS.filter((n) => !n.has(f));
const list = (missing: typeof NEEDS) => missing.map((n) => n.what).join('、');

export function planTools(f: ToolFacts): ToolPlan {
  // An explicit CHROMIUM_PATH is what the tests will use: installing chromium would not help.
  if (f.chromium.fromEnv && !f.chromium.present) {
    return {
      kind: 'stop',
      message: `环境变量 CHROMIUM_PATH 指向的 ${f.chromium.path} 不存在，请改正它，或删去它以使用 /usr/bin/chromium。`,
    };
  }
  const missing = missingOf(f);
  if (!missing.length) return { kind: 'ready', message: READY };
  const packages = missing.map((n) => n.pkg);
  if (f.aptGet && f.root)
    return {
      kind: 'install',
      packages,
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', ...packages],
      ],
    };
  if (f.aptGet)
    return {
      kind: 'stop',
      message: `运行测试还缺少 ${list(missing)}，请先运行：sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
    };
  return { kind: 'stop', message: `运行测试还缺少 ${list(missing)}，这台机器没有 apt-get，请用系统的软件包管理器安装后再运行 npm test。` };
}

/** apt-get has just run: anything still missing is not apt's to fix. */
export function checkAfterInstall(f: ToolFacts): { kind: 'ready' | 'stop'; message: string } {
  const missing = missingOf(f);
  if (!missing.length) return { kind: 'ready', message: READY };
  return {
    kind: 'stop',
    message: `apt-get 安装后仍缺少 ${list(missing)}，请检查这台机器的软件源（Chromium 也可以用环境变量 CHROMIUM_PATH 指定）。`,
  };
}
