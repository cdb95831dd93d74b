/** Starts test/crash/desk-child.ts in its own process and talks to it over stdin/stdout. */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Result } from '../../shared/api/result';
import { bundleNode } from '../../electron/node-bundle.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Inside the repository: the bundle finds node_modules, and .js is ESM under our package.json.
 * Built once per test process, in a folder of its own (two runs side by side must not rewrite
 * each other's), removed when the process ends.
 */
const BUNDLE_DIR = join(repo, 'node_modules', '.cache', 'desk-crash', String(process.pid));
const BUNDLE = join(BUNDLE_DIR, 'desk-child.js');
let bundled: Promise<string> | null = null;

/**
 * Bundles the child once (esbuild, as the CLI is): starting it then costs ~0.25 s instead of ~2 s
 * through tsx, which is what makes hundreds of kills fit in a test run. Packages stay external, so
 * it runs exactly the services' code against the installed libraries; exceljs (half the start-up
 * time, unused by the writes under test) is loaded on first use instead of at start.
 */
export function childBundle(): Promise<string> {
  bundled ??= (async () => {
    await mkdir(BUNDLE_DIR, { recursive: true });
    process.once('exit', () => rmSync(BUNDLE_DIR, { recursive: true, force: true }));
    await bundleNode({ 'desk-child': join(repo, 'test', 'crash', 'desk-child.ts') }, BUNDLE_DIR);
    await stat(BUNDLE);
    return BUNDLE;
  })();
  return bundled;
}

export type Started = { type: 'ready'; pid: number; notices: string[] } | { type: 'open-failed'; code: string; message: string };

export class DeskProcess {
  private readonly pending = new Map<number, (r: Result<unknown>) => void>();
  private nextId = 1;
  readonly started: Promise<Started>;
  readonly exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcess) {
    let onStart!: (s: Started) => void;
    this.started = new Promise((ok) => (onStart = ok));
    this.exited = new Promise((ok) => child.once('exit', (code) => ok(code)));
    child.stdin!.on('error', () => undefined); // writing to a child just killed
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let msg: { type?: string; id?: number; result?: Result<unknown> };
      try {
        msg = JSON.parse(line);
      } catch {
        return; // a stray log line
      }
      if (msg.type) onStart(msg as Started);
      else if (msg.id !== undefined) {
        this.pending.get(msg.id)?.(msg.result!);
        this.pending.delete(msg.id);
      }
    });
    void this.exited.then(() => {
      onStart({ type: 'open-failed', code: 'EXITED', message: 'the child exited before it was ready' });
      for (const answer of this.pending.values())
        answer({ ok: false, code: 'EXITED' as never, message: 'the process ended before answering' });
      this.pending.clear();
    });
  }

  /** `wrap` runs the child under another program (unshare for the disk-fault tests); `env` adds to its environment. */
  static async start(dataDir: string, wrap: string[] = [], env: Record<string, string> = {}): Promise<DeskProcess> {
    const args = [await childBundle(), dataDir];
    const [cmd, ...rest] = wrap.length ? [...wrap, process.execPath, ...args] : [process.execPath, ...args];
    return new DeskProcess(spawn(cmd, rest, { cwd: repo, stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } }));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resolves with the answer, or with code EXITED when the process ends first. */
  call(channel: string, input: unknown = {}): Promise<Result<unknown>> {
    const id = this.nextId++;
    return new Promise((ok) => {
      this.pending.set(id, ok);
      this.child.stdin!.write(`${JSON.stringify({ id, channel, input })}\n`);
    });
  }

  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  async close(): Promise<void> {
    this.child.stdin!.end();
    await this.exited;
  }
}

/**
 * The browser-mode host (electron/host.ts) run from source, driven over HTTP with its token:
 * the real transport, at ~2 s a start (used by the long campaign, npm run test:crash).
 */
export class HostProcess {
  readonly started: Promise<Started>;
  readonly exited: Promise<number | null>;
  private api = '';
  private token = '';

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((ok) => child.once('exit', (code) => ok(code)));
    let stderr = '';
    child.stderr!.on('data', (c) => (stderr += c));
    this.started = new Promise((ok) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=(\w+)/.exec(line);
        if (!m) return;
        [this.api, this.token] = [`${m[1]}/api/`, m[2]];
        ok({ type: 'ready', pid: child.pid!, notices: [] });
      });
      void this.exited.then((code) =>
        ok({ type: 'open-failed', code: /稍后再试|正在被/.test(stderr) ? 'LOCKED' : `EXIT ${code}`, message: stderr.trim() }),
      );
    });
  }

  static async start(dataDir: string): Promise<HostProcess> {
    const args = ['--import', 'tsx', join(repo, 'electron', 'host.ts'), '--data', dataDir];
    return new HostProcess(spawn(process.execPath, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] }));
  }

  async call(channel: string, input: unknown = {}): Promise<Result<unknown>> {
    const answer = await fetch(this.api + channel, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Desk-Token': this.token },
      body: JSON.stringify(input),
    })
      .then((res) => res.json() as Promise<Result<unknown>>)
      .catch(() => null);
    // A request cut by the kill: like a child call the process never answered.
    return answer ?? { ok: false, code: 'EXITED' as never, message: 'the process ended before answering' };
  }

  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  async close(): Promise<void> {
    this.child.kill('SIGTERM');
    await this.exited;
  }
}

export type Desk = DeskProcess | HostProcess;
