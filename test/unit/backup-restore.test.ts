import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../electron/services/backup/bundle';
import { markRestoreReady, stageRestore } from '../../electron/services/backup/restore';
import { callFail, callOk, changeOrgForTest, openTestDesk, person, smallOrg, tempDir } from './helpers';

/** Every file of a backup, by path. */
async function backupFiles(file: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const f of readBundle(file, 1)) out.set(f.path, f.text);
  return out;
}

describe('backup and restore', () => {
  it('round trip: restore gives back exactly the data that was backed up', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    await callOk(ctx, 'org:loadDemo', { people: 120, years: 3 });
    const original = await readFile(join(dir, 'org.json'), 'utf8');
    const file = join(await tempDir(), '平时考核备份.backup');
    const { bytes } = await callOk(ctx, 'data:backup', { file });
    expect(bytes).toBeGreaterThan(1000);

    const units = await callOk(ctx, 'units:list', {});
    const added = await callOk(ctx, 'people:save', { unitId: units[1].id, fields: person('新来的') });
    await callOk(ctx, 'people:transfer', { personId: added.id, toUnitId: units[2].id, date: '2099-01-01' });

    const r = await callOk(ctx, 'data:restore', { file });
    expect(r.status.counts.people).toBe(120);
    expect(await readFile(join(dir, 'org.json'), 'utf8')).toBe(original);
    expect((await callOk(ctx, 'people:list', { search: '新来的' })).length).toBe(0);
    // The data before the restore was kept, and the restore itself is logged.
    expect(r.safetySnapshot).toMatch(/auto-.*-restore\.backup$/);
    expect((await backupFiles(r.safetySnapshot)).get('org.json')).toContain('新来的');
    // The log is not rewound: it still shows the backup, what came after it, and the restore.
    const log = await callOk(ctx, 'audit:recent', { limit: 5 });
    expect(log.map((e) => e.action)).toEqual(['data.restore', 'person.transfer', 'person.create', 'data.backup', 'org.demo']);
    expect(log[0].summary).toMatch(/^从 .*恢复数据/);
    expect((await callOk(ctx, 'data:verify', {})).ok).toBe(true);
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    await smallOrg(ctx);
    const before = await readFile(join(dir, 'org.json'), 'utf8');
    const bogus = join(await tempDir(), '名单.xlsx');
    await writeFile(bogus, 'PK\u0003\u0004 not really');
    const r = await callFail(ctx, 'data:restore', { file: bogus });
    expect(r.message).toMatch(/不是平时考核的备份文件.*当前数据没有改动/);
    expect(await readFile(join(dir, 'org.json'), 'utf8')).toBe(before);
    expect(await readdir(join(dir))).not.toContain('.restore');
  });

  it('refuses a backup whose file names try to leave the data folder', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    await smallOrg(ctx);
    const evil = join(await tempDir(), 'evil.backup');
    const meta = await readFile(join(dir, 'meta.json'), 'utf8');
    const org = await readFile(join(dir, 'org.json'), 'utf8');
    const bundle = {
      format: 'appraisal-desk-backup',
      formatVersion: 1,
      createdAt: '',
      reason: '',
      organisation: null,
      files: { 'meta.json': meta, 'org.json': org, '../escape.json': '{}' },
    };
    await writeFile(evil, gzipSync(JSON.stringify(bundle)));
    const r = await callFail(ctx, 'data:restore', { file: evil });
    expect(r.code).toBe('REJECTED');
  });

  it('a restore interrupted after staging is finished on the next open', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    const { office } = await smallOrg(ctx);
    const file = join(await tempDir(), 'a.backup');
    await callOk(ctx, 'data:backup', { file });
    await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五') });
    // Crash right after the staged copy is complete.
    await markRestoreReady(dir, await stageRestore(dir, file, 1));
    await ctx.folder.close();
    const again = await openTestDesk(dir, { snapshotOnOpen: false });
    expect(await callOk(again, 'people:list', {})).toEqual([]);
    expect((await callOk(again, 'app:status', {})).notices.join()).toMatch(/已在本次启动时完成恢复/);
  });

  it('an incomplete staged restore is discarded, current data kept', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    const { office } = await smallOrg(ctx);
    await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五') });
    await ctx.folder.close();
    await mkdir(join(dir, '.restore'));
    await writeFile(join(dir, '.restore', 'org.json'), '{"half":');
    const again = await openTestDesk(dir, { snapshotOnOpen: false });
    expect((await callOk(again, 'people:list', {})).map((p) => p.name)).toEqual(['王五']);
    expect(await readdir(dir)).not.toContain('.restore');
  });

  it('takes a snapshot at each start and keeps only the newest N', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir);
    await smallOrg(ctx);
    await changeOrgForTest(ctx, (d) => {
      d.settings.snapshotsToKeep = 3;
    });
    await ctx.folder.close();
    for (let i = 0; i < 5; i++) await (await openTestDesk(dir)).folder.close();
    const snaps = await callOk(await openTestDesk(dir, { snapshotOnOpen: false }), 'data:snapshots', {});
    expect(snaps).toHaveLength(3);
    expect(snaps.every((s) => s.reason === '启动时')).toBe(true);
  });
});
