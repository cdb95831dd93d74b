import { describe, expect, it } from 'vitest';
import { callOk, openTestDesk, tempDir } from './helpers';

describe('period files read lazily and dropped when many are open', () => {
  it('every unit file of years of quarters reads the same after being dropped and read again; saves land', async () => {
    const dir = await tempDir();
    const setup = await openTestDesk(dir, { snapshotOnOpen: false });
    await callOk(setup, 'org:loadDemo', { people: 40, years: 6 });
    await setup.folder.close();

    // Opening reads the list of periods, not the periods themselves.
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    const files = ctx.folder.periods!;
    const periods = files.list();
    expect(periods.length).toBeGreaterThan(20);

    const units = (await callOk(ctx, 'units:list', {})).map((u) => u.id);
    const keys = periods.flatMap((p) => units.map((u) => [p.id, u] as const));
    expect(keys.length).toBeGreaterThan(300); // more than the cache keeps
    const first = new Map<string, string>();
    for (const [p, u] of keys) first.set(`${p}/${u}`, JSON.stringify((await files.unit(p, u)).data));
    const count = ctx.folder.changeCount();
    for (const [p, u] of keys) expect(JSON.stringify((await files.unit(p, u)).data)).toBe(first.get(`${p}/${u}`));
    for (const p of periods) expect((await files.period(p.id)).data.id).toBe(p.id);
    expect(ctx.folder.changeCount()).toBeGreaterThanOrEqual(count);

    // A save to the current quarter after its file was dropped and read again is kept, and counted.
    const current = periods.at(-1)!;
    const period = (await files.period(current.id)).data;
    const who = period.participants[0];
    const before = ctx.folder.changeCount();
    await callOk(ctx, 'records:save', { periodId: current.id, personId: who.personId, date: current.start, content: '按需读取后保存', progress: null, note: null });
    expect(ctx.folder.changeCount()).toBeGreaterThan(before);
    for (const [p, u] of keys.slice(0, 300)) await files.unit(p, u); // push it out again
    expect(ctx.folder.changeCount()).toBeGreaterThan(before); // a preview made before the save stays stale
    await ctx.folder.close();
    const again = await openTestDesk(dir, { snapshotOnOpen: false });
    const records = await callOk(again, 'records:list', { periodId: current.id, personId: who.personId });
    expect(records.some((r) => r.content === '按需读取后保存')).toBe(true);
  });
});
