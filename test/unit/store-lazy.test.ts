import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { callFail, callOk, openTestDesk, person, smallOrg, tempDir } from './helpers';

describe('period files read lazily and dropped when many are open', () => {
  it('every unit file of years of quarters reads the same after being dropped and read again; saves land', async () => {
    const dir = await tempDir();
    const setup = await openTestDesk(dir, { snapshotOnOpen: false });
    await callOk(setup, 'org:loadDemo', { people: 40, years: 6 });
    await setup.folder.close();

    // Opening reads the list of periods, not the periods themselves.
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    const view = ctx.folder.view;
    const periods = view.periods();
    expect(periods.length).toBeGreaterThan(20);

    const units = (await callOk(ctx, 'units:list', {})).map((u) => u.id);
    const keys = periods.flatMap((p) => units.map((u) => [p.id, u] as const));
    expect(keys.length).toBeGreaterThan(300); // more than the cache keeps
    const first = new Map<string, string>();
    for (const [p, u] of keys) first.set(`${p}/${u}`, JSON.stringify(await view.unit(p, u)));
    for (const [p, u] of keys) expect(JSON.stringify(await view.unit(p, u))).toBe(first.get(`${p}/${u}`));
    for (const p of periods) expect((await view.period(p.id)).id).toBe(p.id);

    // A save to the current quarter after its file was dropped and read again is kept, and is what is read after.
    const current = periods.at(-1)!;
    const period = await view.period(current.id);
    const who = period.participants[0];
    await callOk(ctx, 'records:save', {
      periodId: current.id,
      personId: who.personId,
      date: current.start,
      content: '按需读取后保存',
      progress: null,
      note: null,
    });
    for (const [p, u] of keys.slice(0, 300)) await view.unit(p, u); // push it out again
    const unitId = period.participants[0].unitId;
    expect((await ctx.folder.view.unit(current.id, unitId)).workRecords.some((r) => r.content === '按需读取后保存')).toBe(true);
    await ctx.folder.close();
    const again = await openTestDesk(dir, { snapshotOnOpen: false });
    const records = await callOk(again, 'records:list', { periodId: current.id, personId: who.personId });
    expect(records.some((r) => r.content === '按需读取后保存')).toBe(true);
  });

  it('a save that validates only its entry: a refused one changes nothing, an accepted one is on disk as in memory', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    const { office } = await smallOrg(ctx);
    const wang = (await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五') })).id;
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
    const saved = await callOk(ctx, 'records:save', {
      periodId: '2025-Q1',
      personId: wang,
      date: '2025-01-06',
      content: '医保基金专项检查',
      progress: '已完成',
      note: null,
    });
    await callOk(ctx, 'records:save', {
      periodId: '2025-Q1',
      personId: wang,
      id: saved.id,
      date: '2025-01-07',
      content: '医保基金专项检查（复查）',
      progress: null,
      note: null,
    });
    await callOk(ctx, 'reviews:save', { periodId: '2025-Q1', personId: wang, score: 91, proposed: null, comment: '工作主动' });
    const unit = () => ctx.folder.view.unit('2025-Q1', office.id);
    const before = JSON.stringify(await unit());
    const refused = await callFail(ctx, 'records:save', {
      periodId: '2025-Q1',
      personId: wang,
      id: 'w-none',
      date: '2025-01-08',
      content: '不存在的纪实',
      progress: null,
      note: null,
    });
    expect(refused.code).toBe('NOT_FOUND');
    expect(JSON.stringify(await unit())).toBe(before);
    const onDisk = JSON.parse(await readFile(join(dir, 'periods', '2025-Q1', 'units', `${office.id}.json`), 'utf8'));
    expect(onDisk).toEqual(await unit());
    expect(onDisk.workRecords).toEqual([
      expect.objectContaining({ id: saved.id, date: '2025-01-07', content: '医保基金专项检查（复查）', progress: null }),
    ]);
    expect(onDisk.reviews).toEqual([expect.objectContaining({ personId: wang, score: 91, comment: '工作主动' })]);
  });
});
