import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const ARTIFACTS = join(REPO, 'test', 'artifacts');
const READY = /已启动：(http:\/\/\S+)/;

interface Fixtures {
  /** The address with its #token=…, as the host printed it. */
  appUrl: string;
  dataDir: string;
  /** Fails the test when the page throws (checked after the test body). */
  noPageErrors: void;
}

/** Starts `tsx electron/host.ts --data DIR` and resolves with the URL it prints. */
function startHost(dataDir: string): { child: ChildProcess; url: Promise<string> } {
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

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<Fixtures>({
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'appraisal-e2e-'));
    await use(join(dir, 'data'));
    await rm(dir, { recursive: true, force: true });
  },
  appUrl: async ({ dataDir }, use) => {
    const host = startHost(dataDir);
    try {
      await use(await host.url);
    } finally {
      await stopHost(host.child);
    }
  },
  noPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await use();
      expect(errors, '页面脚本出错').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The roster's rendered rows, in order. The table is virtual: its rows are <div>s, not <tr>s. */
export const rosterRows = (page: Page) => page.getByTestId('roster').locator('.ant-table-row');
/** The rendered row of one person. */
export const rosterRow = (page: Page, name: string) => rosterRows(page).filter({ has: page.getByText(name, { exact: true }) });
/** The 姓名 cells of the rendered rows. */
export const rosterNames = (page: Page) => rosterRows(page).locator('.ant-table-cell:nth-child(2)');
