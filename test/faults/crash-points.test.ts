import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/api/trust-schemas';
import { EMPTY_PERSON_FIELDS } from '../../shared/domain/person';
import type { CrashPoint } from '../../electron/services/store/file/crash-point';
import { JOURNAL_FILE } from '../../electron/services/store/file/journal';
import { DeskProcess } from '../crash/desk-process';
import { readDisk } from '../crash/disk-state';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each channel answers its own shape
async function ok(desk: DeskProcess, channel: string, input: unknown): Promise<any> {
  const r = await desk.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.code} ${r.message}`);
  return r.data;
}

async function started(dataDir: string, env: Record<string, string> = {}): Promise<DeskProcess> {
  const desk = await DeskProcess.start(dataDir, [], env);
  const s = await desk.started;
  if (s.type !== 'ready') throw new Error(`${s.code} ${s.message}`);
  return desk;
}

/** A folder with a person and a quarter with one 评鉴, closed; answers what the change under test needs. */
async function prepared() {
  const root = await mkdtemp(join(tmpdir(), 'desk-crash-point-'));
  roots.push(root);
  const dir = join(root, 'data');
  const desk = await started(dir);
  await ok(desk, 'org:create', { name: '断点测试市医疗保障局', departments: ['办公室'] });
  const office = ((await ok(desk, 'units:list', {})) as { id: string; name: string }[]).find((u) => u.name === '办公室')!;
  const person = await ok(desk, 'people:save', {
    unitId: office.id,
    unitSince: '2024-06-01',
    fields: { ...EMPTY_PERSON_FIELDS, name: '丁一' },
  });
  await ok(desk, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
  await ok(desk, 'periods:advance', { id: '2025-Q1' });
  await ok(desk, 'reviews:save', { periodId: '2025-Q1', personId: person.id, score: 80, proposed: null, comment: null });
  await desk.close();
  return { dir, personId: person.id as string };
}

async function entries(dir: string): Promise<AuditEntry[]> {
  const all: AuditEntry[] = [];
  for (const f of (await readdir(join(dir, 'audit'))).filter((n) => /^\d{4}\.jsonl$/.test(n)))
    for (const line of (await readFile(join(dir, 'audit', f), 'utf8')).split('\n')) if (line.trim()) all.push(JSON.parse(line));
  return all.sort((a, b) => a.seq - b.seq);
}

/**
 * The change: a 评鉴 saved (one unit file and its entry). Killed at `point`, restarted: the change
 * is there with exactly one entry, or (killed before its journal record was whole) absent with none;
 * the chain verifies and every file is whole.
 */
async function crashAt(point: CrashPoint): Promise<'present' | 'absent'> {
  const { dir, personId } = await prepared();
  const before = await entries(dir);
  const desk = await started(dir, { APPRAISAL_DESK_CRASH_AT: point });
  const save = desk.call('reviews:save', { periodId: '2025-Q1', personId, score: 97, proposed: 'good', comment: '断点' });
  // A checkpoint comes a second after the change (or at close): wait for the kill either way.
  const answer = await save;
  if (point.startsWith('checkpoint')) expect(answer.ok, point).toBe(true);
  else expect(answer, point).toMatchObject({ ok: false, code: 'EXITED' });
  expect(await Promise.race([desk.exited, new Promise((r) => setTimeout(() => r('alive'), 15_000))]), point).not.toBe('alive');

  const again = await started(dir);
  const review = await ok(again, 'reviews:grid', { periodId: '2025-Q1', unitId: (await ok(again, 'units:list', {}))[1].id });
  const score = review.rows.find((r: { personId: string }) => r.personId === personId).score;
  const verify = await ok(again, 'data:verify', {});
  await again.close();
  const after = await entries(dir);
  const added = after.slice(before.length);
  expect(verify.ok, `${point}: ${JSON.stringify(verify.checks)}`).toBe(true);
  expect((await readDisk(dir)).damaged, point).toEqual([]);
  expect((await readFile(join(dir, JOURNAL_FILE))).length, `${point}: the journal is emptied once replayed`).toBe(0);
  expect(new Set(after.map((e) => e.seq)).size, point).toBe(after.length);
  const saved = added.filter((e) => e.action === 'review.save');
  if (score === 97) {
    expect(saved, point).toHaveLength(1);
    return 'present';
  }
  expect(score, point).toBe(80);
  expect(saved, point).toHaveLength(0);
  return 'absent';
}

describe('a kill at every step of a commit and of a checkpoint', () => {
  it('before the journal record is whole: the change is not there and has no entry', async () => {
    expect(await crashAt('journal-torn')).toBe('absent');
  });

  it.each<CrashPoint>(['journal-synced', 'files-applied', 'audit-applied'])(
    'after the record is in the journal (%s): the change is finished at the next start, with exactly one entry',
    async (point) => {
      expect(await crashAt(point)).toBe('present');
    },
  );

  it.each<CrashPoint>(['checkpoint-synced', 'checkpoint-done'])(
    'during the checkpoint (%s): the acknowledged change is there once',
    async (point) => {
      expect(await crashAt(point)).toBe('present');
    },
  );
});
