/**
 * Runs the hostile corpus through import:preview of every kind, in desk processes (the bundled
 * crash child: the real contract, the real worker with its limits), two lanes side by side.
 * Measures the time of each preview and the process's memory (RSS sampled every 20 ms), and
 * checks that the data folder is byte-identical afterwards.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ImportKind } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { DeskProcess } from '../crash/desk-process';
import { withJournalApplied } from '../crash/journal-overlay';
import { hostileCorpus, type HostileFile } from './corpus';
import { EMPTY_PERSON_FIELDS } from '../../shared/domain/person';

export interface FuzzOutcome {
  file: string;
  category: string;
  kind: ImportKind;
  ms: number;
  rssMb: number;
  result: Result<unknown>;
}

export interface FuzzStats {
  files: number;
  byCategory: Record<string, number>;
  previews: number;
  refused: number;
  previewed: number;
  maxMs: { ms: number; file: string; kind: string };
  maxRssMb: { mb: number; file: string };
  totalMs: number;
  outcomes: FuzzOutcome[];
  /** Data folders whose files changed (must stay empty). */
  changed: string[];
}

export const KINDS: ImportKind[] = ['roster', 'incidents', 'reviews', 'records', 'roles'];

async function digest(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, Buffer>();
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name !== '.lock') out.set(relative(dir, p), await readFile(p));
    }
  };
  await walk(dir);
  return new Map([...withJournalApplied(out)].map(([f, bytes]) => [f, createHash('sha256').update(bytes).digest('hex')]));
}

function rssMb(pid: number): Promise<number> {
  return readFile(`/proc/${pid}/status`, 'utf8').then(
    (s) => Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024,
    () => 0,
  );
}

async function setUpDesk(dir: string): Promise<DeskProcess> {
  const desk = await DeskProcess.start(dir);
  const s = await desk.started;
  if (s.type !== 'ready') throw new Error(`${s.code} ${s.message}`);
  const ok = async (channel: string, input: unknown) => {
    const r = await desk.call(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.message}`);
    return r.data as never;
  };
  await ok('org:create', { name: 'XX市医疗保障局', departments: ['办公室', '组织人事科'], subunits: ['医疗保障事业管理中心'] });
  const units = (await ok('units:list', {})) as { id: string; name: string }[];
  await ok('people:save', {
    unitId: units[1].id,
    unitSince: '2024-06-01',
    fields: { ...EMPTY_PERSON_FIELDS, name: '王五' },
  });
  await ok('periods:open', { kind: 'quarter', year: 2025, index: 1 });
  return desk;
}

/** `kinds(i)`: which kinds the i-th file goes through (all four by default). */
export async function fuzzImports(opts: {
  seed: number;
  lanes?: number;
  kinds?: (i: number) => ImportKind[];
  onOutcome?: (o: FuzzOutcome) => void;
}): Promise<FuzzStats> {
  const t0 = performance.now();
  const corpus = await hostileCorpus(opts.seed);
  const root = await mkdtemp(join(tmpdir(), 'desk-hostile-'));
  const lanes = opts.lanes ?? 2;
  const outcomes: FuzzOutcome[] = [];
  const changed: string[] = [];
  try {
    await mkdir(join(root, 'files'));
    for (const f of corpus) await writeFile(join(root, 'files', f.name), f.bytes);
    const queue = corpus.map((f, i) => ({ f, kinds: opts.kinds?.(i) ?? KINDS, followUp: false }));
    await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        const dataDir = join(root, `data-${lane}`);
        let desk = await setUpDesk(dataDir);
        const before = await digest(dataDir);
        try {
          for (let next = queue.shift(); next; next = queue.shift()) {
            for (const kind of next.kinds) {
              const outcome = await previewOne(desk, join(root, 'files'), next.f, kind);
              outcomes.push(outcome);
              // A file the reader refuses is refused before its kind matters; one it reads goes through every kind.
              if (outcome.result.ok && !next.followUp)
                queue.push({ f: next.f, kinds: KINDS.filter((k) => !next.kinds.includes(k)), followUp: true });
              opts.onOutcome?.(outcome);
              // A crashed or hung desk is a failure the test reports; the run goes on with a new one.
              if (!outcome.result.ok && ['EXITED', 'HUNG'].includes(outcome.result.code)) {
                await desk.kill();
                desk = await DeskProcess.start(dataDir);
                await desk.started;
              }
            }
          }
        } finally {
          await desk.close();
        }
        const after = await digest(dataDir);
        for (const [file, hash] of before) if (after.get(file) !== hash) changed.push(`${dataDir}/${file}`);
        for (const file of after.keys()) if (!before.has(file) && !file.startsWith('backups/')) changed.push(`${dataDir}/${file} (new)`);
      }),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  const byCategory: Record<string, number> = {};
  for (const f of corpus) byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a));
  const biggest = outcomes.reduce((a, b) => (b.rssMb > a.rssMb ? b : a));
  return {
    files: corpus.length,
    byCategory,
    previews: outcomes.length,
    refused: outcomes.filter((o) => !o.result.ok).length,
    previewed: outcomes.filter((o) => o.result.ok).length,
    maxMs: { ms: Math.round(slowest.ms), file: slowest.file, kind: slowest.kind },
    maxRssMb: { mb: Math.round(biggest.rssMb), file: biggest.file },
    totalMs: Math.round(performance.now() - t0),
    outcomes,
    changed,
  };
}

async function previewOne(desk: DeskProcess, dir: string, f: HostileFile, kind: ImportKind): Promise<FuzzOutcome> {
  let peak = await rssMb(desk.pid);
  const sampler = setInterval(() => void rssMb(desk.pid).then((mb) => (peak = Math.max(peak, mb))), 20);
  const t = performance.now();
  const expect = kind === 'reviews' || kind === 'records' ? { periodId: '2025-Q1' } : {};
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<Result<unknown>>(
    (ok) => (timer = setTimeout(() => ok({ ok: false, code: 'HUNG' as never, message: 'no answer in 75 s' }), 75_000)),
  );
  const result = await Promise.race([desk.call('import:preview', { kind, sources: [{ file: join(dir, f.name) }], expect }), hung]);
  clearTimeout(timer);
  const ms = performance.now() - t;
  clearInterval(sampler);
  peak = Math.max(peak, await rssMb(desk.pid));
  return { file: f.name, category: f.category, kind, ms, rssMb: peak, result };
}
