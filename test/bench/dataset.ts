import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const TIME = '/usr/bin/time';

export interface Dataset {
  dir: string;
  people: number;
  years: number;
  /** Wall time of `npm run cli -- demo`, process start to exit. */
  generateMs: number;
  /** Peak memory and CPU time (user + system) of the generating process. */
  generateRssBytes: number;
  generateCpuMs: number;
  /** The data files (no .bak copies, no backups). */
  jsonBytes: number;
  files: number;
}

/** Runs the CLI as a clerk would: exit code, output (with the peak memory from /usr/bin/time when present) and wall time. */
export function runCli(args: string[]): Promise<{ code: number; out: string; ms: number }> {
  const t = performance.now();
  return new Promise((ok, fail) => {
    const cmd = [TSX, 'electron/cli.ts', ...args];
    const timed = existsSync(TIME) ? [TIME, '-f', 'peakRssKb=%M cpuSeconds=%U+%S', ...cmd] : cmd;
    const child = spawn(timed[0], timed.slice(1), { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.once('error', fail);
    child.once('exit', (code) => ok({ code: code ?? -1, out, ms: performance.now() - t }));
  });
}

/** `demo --people N --years Y` into `dir`. */
export async function makeDataset(dir: string, people: number, years: number): Promise<Dataset> {
  const r = await runCli(['demo', '--people', String(people), '--years', String(years), '--data', dir, '--json']);
  if (r.code !== 0) throw new Error(`演示数据生成失败（${r.code}）：${r.out}`);
  const size = await dataSize(dir);
  const peak = /peakRssKb=(\d+)/.exec(r.out);
  const cpu = /cpuSeconds=([\d.]+)\+([\d.]+)/.exec(r.out);
  return {
    dir,
    people,
    years,
    generateMs: r.ms,
    generateRssBytes: peak ? Number(peak[1]) * 1024 : 0,
    generateCpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : 0,
    ...size,
  };
}

/** Bytes of the data files in a folder (what a clerk's data weighs; .bak copies and backups excluded). */
export async function dataSize(dir: string): Promise<{ jsonBytes: number; files: number }> {
  let jsonBytes = 0;
  let files = 0;
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'backups') continue;
      const full = join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (/\.jsonl?$/.test(e.name)) {
        jsonBytes += (await stat(full)).size;
        files++;
      }
    }
  };
  await walk(dir);
  return { jsonBytes, files };
}
