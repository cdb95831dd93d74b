import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listDataFiles } from '../../electron/services/backup/bundle';
import { callFail, callOk, changeOrgForTest, openTestDesk, person, smallOrg, tempDir } from './helpers';

/** Every data file's text except the audit log (a restore never rewinds the log). */
async function dataTexts(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const rel of await listDataFiles(dir)) if (!rel.startsWith('audit/')) out.set(rel, await readFile(join(dir, rel), 'utf8'));
  return out;
}

const objectCount = async (dir: string) => (await readdir(join(dir, 'backups', 'objects'))).length;
const snapshotFiles = async (dir: string) => (await readdir(join(dir, 'backups'))).filter((f) => f.endsWith('.backup')).sort();

describe('incremental snapshots and streamed backups', () => {
  it('a start snapshot stores only what changed, and restoring it gives back the data exactly', async () => {
    const dir = await tempDir();
    const first = await openTestDesk(dir, { snapshotOnOpen: false });
    await callOk(first, 'org:loadDemo', { people: 60, years: 2 });
    await first.folder.close();

    await (await openTestDesk(dir)).folder.close();
    const atFirst = await dataTexts(dir);
    const objects = await objectCount(dir);
    expect(objects).toBeGreaterThan(20); // periods × units: each file once

    const ctx = await openTestDesk(dir);
    const units = await callOk(ctx, 'units:list', {});
    await callOk(ctx, 'people:save', { unitId: units[1].id, fields: person('新来的') });
    await ctx.folder.close();
    await (await openTestDesk(dir)).folder.close();
    // The second snapshot added org.json and the audit log, nothing else.
    expect((await objectCount(dir)) - objects).toBe(2);

    const again = await openTestDesk(dir);
    const snaps = await snapshotFiles(dir);
    const r = await callOk(again, 'data:restore', { file: join(dir, 'backups', snaps[0]) });
    expect(r.status.counts.people).toBe(60);
    expect(await dataTexts(dir)).toEqual(atFirst);
    expect((await callOk(again, 'data:verify', {})).ok).toBe(true);
  });

  it('the start snapshot shows the folder as found, even when a save comes at once', async () => {
    const dir = await tempDir();
    const setup = await openTestDesk(dir, { snapshotOnOpen: false });
    const { office } = await smallOrg(setup);
    await setup.folder.close();

    const ctx = await openTestDesk(dir);
    await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五') }); // waits for the snapshot
    const [snap] = await snapshotFiles(dir);
    const restored = await tempDir();
    const other = await openTestDesk(restored, { snapshotOnOpen: false });
    await callOk(other, 'data:restore', { file: join(dir, 'backups', snap) });
    expect(await callOk(other, 'people:list', {})).toEqual([]);
    expect((await callOk(ctx, 'people:list', {})).map((p) => p.name)).toEqual(['王五']);
  });

  it('old snapshots are pruned and the copies only they used are removed', async () => {
    const dir = await tempDir();
    const setup = await openTestDesk(dir, { snapshotOnOpen: false });
    const { office } = await smallOrg(setup);
    await changeOrgForTest(setup, (d) => {
      d.settings.snapshotsToKeep = 2;
    });
    await setup.folder.close();
    for (let i = 0; i < 4; i++) {
      const ctx = await openTestDesk(dir);
      await callOk(ctx, 'people:save', { unitId: office.id, fields: person(`第${i}人`) });
      await ctx.folder.close();
    }
    expect(await snapshotFiles(dir)).toHaveLength(2);
    // Each snapshot differs in org.json and the log; two snapshots keep at most two of each, plus the unchanged files.
    const unchanged = (await listDataFiles(dir)).length - 2;
    expect(await objectCount(dir)).toBeLessThanOrEqual(unchanged + 4);
  });

  it('refuses a snapshot whose stored copy is missing, and a truncated backup; the data stays', async () => {
    const dir = await tempDir();
    const setup = await openTestDesk(dir, { snapshotOnOpen: false });
    const { office } = await smallOrg(setup);
    await setup.folder.close();
    await (await openTestDesk(dir)).folder.close();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五') });
    const before = await dataTexts(dir);

    const [snap] = await snapshotFiles(dir);
    const objects = join(dir, 'backups', 'objects');
    for (const o of await readdir(objects)) await rm(join(objects, o));
    const missing = await callFail(ctx, 'data:restore', { file: join(dir, 'backups', snap) });
    expect(missing.message).toMatch(/引用的数据块缺失或已损坏.*当前数据没有改动/);

    const full = join(await tempDir(), '备份.backup');
    await callOk(ctx, 'data:backup', { file: full });
    const whole = await readFile(full);
    const cut = join(await tempDir(), '半截.backup');
    // A copy cut short, re-compressed so only the missing end line gives it away.
    const lines = gunzipSync(whole).toString('utf8').trimEnd().split('\n');
    await writeFile(cut, gzipSync(lines.slice(0, -2).join('\n')));
    const truncated = await callFail(ctx, 'data:restore', { file: cut });
    expect(truncated.message).toMatch(/不是平时考核的备份文件，或已经损坏/);
    expect(await dataTexts(dir)).toEqual(before);
    expect(await readdir(dir)).not.toContain('.restore');
  });

  it('still restores a backup made by the first version (one JSON document)', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    const { office } = await smallOrg(ctx);
    await callOk(ctx, 'people:save', { unitId: office.id, fields: person('丁一') });
    const files: Record<string, string> = {};
    for (const rel of await listDataFiles(dir)) files[rel] = await readFile(join(dir, rel), 'utf8');
    const old = join(await tempDir(), 'v1.backup');
    await writeFile(
      old,
      gzipSync(
        JSON.stringify({
          format: 'appraisal-desk-backup',
          formatVersion: 1,
          createdAt: '2025-01-01T00:00:00.000Z',
          reason: '手动备份',
          organisation: '测试',
          files,
        }),
      ),
    );
    await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五') });
    await callOk(ctx, 'data:restore', { file: old });
    expect((await callOk(ctx, 'people:list', {})).map((p) => p.name)).toEqual(['丁一']);
  });
});
