import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const READY = /已启动：(http:\/\/\S+)/;

/** Starts `tsx electron/host.ts --data DIR` (for e2e tests and benchmarks) and resolves with the URL it prints. */
export function startHost(dataDir: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(join(REPO, 'node_modules', '.bin', 'tsx'), ['electron/host.ts', '--data', dataDir], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`浏览器模式服务 20 秒内没有启动：\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = READY.exec(output);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`浏览器模式服务退出（${code}）：\n${output}`));
    });
  });
  return { child, url };
}

export async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
