/**
 * `npm test`'s first step: makes sure the machine has what the tests need (plan.ts), installing it
 * with apt-get when running as root, so a fresh Debian machine needs nothing but
 * `npm ci && npm test`. `--dry-run` says what it would install and installs nothing.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAfterInstall, planTools, type ToolFacts } from './plan';
import { probeTools } from './probe';

export interface CheckOptions {
  probe: () => ToolFacts;
  dryRun: boolean;
  /** Runs one command, its errors shown; returns its exit status. */
  run: (command: string[]) => number;
  say: (line: string) => void;
}

/** 0 when the tests can run (or, in a dry run, would after the install shown); 1 otherwise. */
export function ensureTestTools(o: CheckOptions): number {
  const plan = planTools(o.probe());
  if (plan.kind !== 'install') {
    o.say(plan.message);
    return plan.kind === 'ready' ? 0 : 1;
  }
  const script = plan.commands.map((c) => c.join(' ')).join(' && ');
  if (o.dryRun) {
    o.say(`演练：会运行 ${script}，这次没有执行。`);
    return 0;
  }
  o.say(`正在安装运行测试所需的 ${plan.packages.join(' ')}：${script}`);
  for (const command of plan.commands) {
    const status = o.run(command);
    if (status !== 0) {
      o.say(`${command.join(' ')} 失败（退出码 ${status}），请查看上面的输出后重试。`);
      return 1;
    }
  }
  const after = checkAfterInstall(o.probe());
  o.say(after.message);
  return after.kind === 'ready' ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  process.exitCode = ensureTestTools({
    probe: () => probeTools(process.env, process.platform),
    dryRun: process.argv.includes('--dry-run'),
    // apt's progress (hundreds of dpkg lines) stays hidden; its errors show.
    run: ([command, ...args]) => spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status ?? 1,
    say: (line) => console.log(line),
  });
}
