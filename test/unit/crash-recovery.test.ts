import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callOk, openTestDesk, person, smallOrg, tempDir } from './helpers';

describe('after a power cut', () => {
  it('an audit entry torn mid-line is set aside on the next start; the chain goes on and verifies', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    const { office } = await smallOrg(ctx);
    await callOk(ctx, 'people:save', { unitId: office.id, fields: person('丁一') });
    await ctx.folder.close();
    const year = (await readdir(join(dir, 'audit'))).find((f) => f.endsWith('.jsonl'))!;
    const log = join(dir, 'audit', year);
    const whole = await readFile(log, 'utf8');
    // The power went while the next entry was being appended: half a line, no newline.
    await appendFile(log, '{"seq":99,"at":"2026-');

    const again = await openTestDesk(dir, { snapshotOnOpen: false });
    expect((await callOk(again, 'app:status', {})).notices.join()).toMatch(/操作日志.*末尾.*不完整.*已移到/);
    await callOk(again, 'people:save', { unitId: office.id, fields: person('王五') });
    const report = await callOk(again, 'data:verify', {});
    expect(report.checks.find((c) => c.name === '操作日志')).toMatchObject({ ok: true });
    expect((await readFile(log, 'utf8')).startsWith(whole)).toBe(true);
    const kept = (await readdir(join(dir, 'audit'))).filter((f) => f.includes('.torn-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dir, 'audit', kept[0]), 'utf8')).toBe('{"seq":99,"at":"2026-');
  });

  it('an entry whose newline was lost stays; the next one starts its own line; two unreadable lines are left for verify to name', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    const { office } = await smallOrg(ctx);
    await ctx.folder.close();
    const year = (await readdir(join(dir, 'audit'))).find((f) => f.endsWith('.jsonl'))!;
    const log = join(dir, 'audit', year);
    await writeFile(log, (await readFile(log, 'utf8')).replace(/\n$/, ''));
    const again = await openTestDesk(dir, { snapshotOnOpen: false });
    await callOk(again, 'people:save', { unitId: office.id, fields: person('王五') });
    expect((await callOk(again, 'data:verify', {})).ok).toBe(true);
    await again.folder.close();

    await appendFile(log, 'garbage\n{"seq":');
    const third = await openTestDesk(dir, { snapshotOnOpen: false });
    expect((await callOk(third, 'app:status', {})).notices.join()).not.toMatch(/不完整/);
    expect((await callOk(third, 'data:verify', {})).checks.find((c) => c.name === '操作日志')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/无法读取/),
    });
  });

  it('a new file whose first write a crash cut short is an interrupted save, not a deletion; a save that failed is not a hand edit', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    await smallOrg(ctx);
    // What the ledger notes just before the write that the crash (or a full disk) then stops.
    await ctx.folder.ledger.written(join(dir, 'periods', 'new-unit.json'), '{"a":1}', true);
    await ctx.folder.ledger.written(join(dir, 'org.json'), '{"half":"written"}');
    await ctx.folder.close();
    const again = await openTestDesk(dir, { snapshotOnOpen: false });
    const report = await callOk(again, 'data:verify', {});
    expect(report.checks.find((c) => c.name === '数据文件校验值')).toMatchObject({ ok: true });
  });
});
