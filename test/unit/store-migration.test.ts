import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readBundle } from '../../electron/services/backup/bundle';
import { describe, expect, it } from 'vitest';
import type { Migration } from '../../electron/services/store/folder/migrations';
import { callOk, openTestDesk, smallOrg, tempDir } from './helpers';

/** A real format change for the test: version 2 renames 局机关 to 机关本级 in org.json. */
const renameBureau: Migration = {
  from: 1,
  to: 2,
  description: '局机关改称机关本级',
  async run(dir) {
    const file = join(dir, 'org.json');
    const doc = JSON.parse(await readFile(file, 'utf8'));
    doc.units[0].name = '机关本级';
    await writeFile(file, JSON.stringify(doc));
  },
};

describe('data format versions', () => {
  it('migrates an older folder after snapshotting it, and says so', async () => {
    const dir = await tempDir();
    const v1 = await openTestDesk(dir, { snapshotOnOpen: false });
    await smallOrg(v1);
    await v1.folder.close();

    const v2 = await openTestDesk(dir, { schemaVersion: 2, migrations: [renameBureau], snapshotOnOpen: false });
    expect((await callOk(v2, 'units:list', {}))[0].name).toBe('机关本级');
    expect(JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')).schemaVersion).toBe(2);
    expect((await callOk(v2, 'app:status', {})).notices.join()).toMatch(/从第1版升级到第2版/);
    const snaps = (await readdir(join(dir, 'backups'))).filter((f) => f.includes('-migration'));
    expect(snaps).toHaveLength(1);
    // The snapshot holds the data as it was before the migration.
    const files = new Map<string, string>();
    for await (const f of readBundle(join(dir, 'backups', snaps[0]), 2)) files.set(f.path, f.text);
    expect(JSON.parse(files.get('org.json')!).units[0].name).toBe('局机关');
    expect(JSON.parse(files.get('meta.json')!).schemaVersion).toBe(1);
  });

  it('refuses a folder written by a newer version and leaves it untouched', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    await smallOrg(ctx);
    await ctx.folder.close();
    const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8'));
    await writeFile(join(dir, 'meta.json'), JSON.stringify({ ...meta, schemaVersion: 9, appVersion: '9.0.0' }));
    const before = await readFile(join(dir, 'org.json'), 'utf8');
    const err = await openTestDesk(dir).catch((e) => e);
    expect(err.code).toBe('NEWER_VERSION');
    expect(err.message).toMatch(/更新版本的平时考核（9\.0\.0）/);
    expect(await readFile(join(dir, 'org.json'), 'utf8')).toBe(before);
    // The refused open released its lock.
    await writeFile(join(dir, 'meta.json'), JSON.stringify(meta));
    await expect(openTestDesk(dir)).resolves.toBeTruthy();
  });

  it('stops with a clear message when no migration step exists', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    await smallOrg(ctx);
    await ctx.folder.close();
    const err = await openTestDesk(dir, { schemaVersion: 3, migrations: [renameBureau] }).catch((e) => e);
    expect(err.code).toBe('DAMAGED');
    expect(err.message).toMatch(/找不到把数据从第2版升级的方法/);
  });
});
