import { describe, expect, it } from 'vitest';
import { ensureTestTools } from '../prereq/check';
import { planTools, type ToolFacts } from '../prereq/plan';

/** npm test's first step, on injected machines: nothing here looks at or installs onto the real one. */
const allPresent: ToolFacts = {
  chromium: { path: '/usr/bin/chromium', fromEnv: false, present: true },
  cjkFonts: true,
  pdftoppm: true,
  root: false,
  aptGet: true,
};
const bare: ToolFacts = { ...allPresent, chromium: { ...allPresent.chromium, present: false }, cjkFonts: false, pdftoppm: false };

function check(facts: ToolFacts[], opts: { dryRun?: boolean; status?: number } = {}) {
  const said: string[] = [];
  const ran: string[][] = [];
  let probes = 0;
  const code = ensureTestTools({
    probe: () => facts[Math.min(probes++, facts.length - 1)],
    dryRun: opts.dryRun ?? false,
    run: (c) => (ran.push(c), opts.status ?? 0),
    say: (l) => said.push(l),
  });
  return { code, said, ran };
}

describe('npm test pre-step', () => {
  it('all present: goes on, installs nothing', () => {
    expect(check([allPresent])).toEqual({ code: 0, said: ['测试所需的 Chromium、中文字体和 pdftoppm 都已就绪。'], ran: [] });
  });

  it('missing, root with apt-get, dry run: shows the apt-get commands for what is missing and runs none', () => {
    const r = check([{ ...allPresent, root: true, cjkFonts: false, pdftoppm: false }], { dryRun: true });
    expect(r).toEqual({
      code: 0,
      said: ['演练：会运行 apt-get update -qq && apt-get install -y -qq fonts-noto-cjk poppler-utils，这次没有执行。'],
      ran: [],
    });
  });

  it('missing, root with apt-get: installs, then checks again', () => {
    const r = check([{ ...bare, root: true }, allPresent]);
    expect(r.ran).toEqual([
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', 'chromium', 'fonts-noto-cjk', 'poppler-utils'],
    ]);
    expect(r.code).toBe(0);
    expect(r.said.at(-1)).toBe('测试所需的 Chromium、中文字体和 pdftoppm 都已就绪。');
  });

  it('missing, root, but apt-get fails or installs something unusable: stops', () => {
    const failed = check([{ ...bare, root: true }], { status: 100 });
    expect(failed.code).toBe(1);
    expect(failed.ran).toHaveLength(1);
    expect(failed.said.at(-1)).toBe('apt-get update -qq 失败（退出码 100），请查看上面的输出后重试。');
    const still = check([
      { ...bare, root: true },
      { ...allPresent, chromium: { ...allPresent.chromium, present: false } },
    ]);
    expect(still.code).toBe(1);
    expect(still.said.at(-1)).toBe(
      'apt-get 安装后仍缺少 Chromium 浏览器，请检查这台机器的软件源（Chromium 也可以用环境变量 CHROMIUM_PATH 指定）。',
    );
  });

  it('missing, not root: stops with one sentence naming the exact command', () => {
    expect(check([bare])).toEqual({
      code: 1,
      said: [
        '运行测试还缺少 Chromium 浏览器、Noto CJK 中文字体、pdftoppm（poppler），请先运行：sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk poppler-utils',
      ],
      ran: [],
    });
  });

  it('missing without apt-get, or a CHROMIUM_PATH that points nowhere: stops, installs nothing', () => {
    const noApt = check([{ ...allPresent, root: true, aptGet: false, pdftoppm: false }]);
    expect(noApt).toEqual({
      code: 1,
      said: ['运行测试还缺少 pdftoppm（poppler），这台机器没有 apt-get，请用系统的软件包管理器安装后再运行 npm test。'],
      ran: [],
    });
    const badPath = planTools({ ...allPresent, root: true, chromium: { path: '/opt/chrome', fromEnv: true, present: false } });
    expect(badPath).toEqual({
      kind: 'stop',
      message: '环境变量 CHROMIUM_PATH 指向的 /opt/chrome 不存在，请改正它，或删去它以使用 /usr/bin/chromium。',
    });
  });
});
