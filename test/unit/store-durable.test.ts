import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/services/app-error';
import { callOk, openTestDesk, person, smallOrg, tempDir } from './helpers';

describe('durable store', () => {
  it('after a write cut between temp file and rename, the last good data is back', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    const { office } = await smallOrg(ctx);
    await callOk(ctx, 'people:save', { unitId: office.id, fields: person('丁一') });
    await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五') });
    await ctx.folder.close();
    // The crash: a half-written temp file left over, and the main file truncated mid-write.
    const main = join(dir, 'org.json');
    const full = await readFile(main, 'utf8');
    await writeFile(join(dir, `.org.json.99999.tmp`), full.slice(0, 50));
    await writeFile(main, full.slice(0, Math.floor(full.length / 2)));

    const again = await openTestDesk(dir, { snapshotOnOpen: false });
    const names = (await callOk(again, 'people:list', {})).map((p) => p.name);
    // The .bak holds the state before the last save: 丁一 is there, 王五's save is the one lost.
    expect(names).toEqual(['丁一']);
    const status = await callOk(again, 'app:status', {});
    expect(status.notices.join()).toMatch(/org\.json 已损坏.*已自动改用上一次保存的副本/);
    await again.folder.flush(); // leftovers are removed once the roster is up
    const files = await readdir(dir);
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
    expect(files.some((f) => f.startsWith('org.json.damaged-'))).toBe(true);
    // The recovered file is whole again on disk.
    expect(JSON.parse(await readFile(main, 'utf8')).people).toHaveLength(1);
  });

  it('falls back to .bak when the main file was hand-edited into an invalid shape', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    const { office } = await smallOrg(ctx);
    await callOk(ctx, 'people:save', { unitId: office.id, fields: person('丁一') });
    await callOk(ctx, 'people:save', { unitId: office.id, fields: person('卜二') });
    await ctx.folder.close();
    const main = join(dir, 'org.json');
    const doc = JSON.parse(await readFile(main, 'utf8'));
    doc.people[0].status = '不存在的状态';
    await writeFile(main, JSON.stringify(doc));
    const again = await openTestDesk(dir, { snapshotOnOpen: false });
    expect((await callOk(again, 'people:list', {})).map((p) => p.name)).toEqual(['丁一']);
    expect((await callOk(again, 'app:status', {})).notices[0]).toMatch(/内容不符合格式/);
  });

  it('refuses to open when the main file and its copy are both damaged, and overwrites nothing', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    await smallOrg(ctx);
    await ctx.folder.close();
    await writeFile(join(dir, 'org.json'), '{"organisation":');
    await writeFile(join(dir, 'org.json.bak'), '');
    const err = await openTestDesk(dir).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('DAMAGED');
    expect(err.message).toMatch(/org\.json 已损坏.*从备份恢复/);
    expect(await readFile(join(dir, 'org.json'), 'utf8')).toBe('{"organisation":');
  });
});
