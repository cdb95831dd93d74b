import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api/result';
import { DeskProcess } from '../crash/desk-process';
import { SmallDisk, smallDiskUnavailable } from '../crash/small-disk';
import { EMPTY_PERSON_FIELDS } from '../../shared/domain/person';

const unavailable = smallDiskUnavailable();
if (unavailable) console.warn(`disk-fault tests skipped: ${unavailable}`);

const disks: SmallDisk[] = [];
const desks: DeskProcess[] = [];
afterEach(async () => {
  for (const d of desks.splice(0)) await d.kill();
  for (const d of disks.splice(0)) await d.dispose();
});

async function deskOn(disk: SmallDisk): Promise<DeskProcess> {
  const desk = await disk.startDesk();
  desks.push(desk);
  const s = await desk.started;
  if (s.type !== 'ready') throw new Error(`${s.code} ${s.message}`);
  return desk;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each channel answers its own shape
async function ok(desk: DeskProcess, channel: string, input: unknown): Promise<any> {
  const r = await desk.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.code} ${r.message}`);
  return r.data;
}

const person = (name: string, note: string | null = null) => ({ ...EMPTY_PERSON_FIELDS, name, post: '科员', note });

/** A bureau with people, a period in 评定 and some inputs: what the failed writes must not touch. */
async function setUp(desk: DeskProcess) {
  await ok(desk, 'org:create', { name: '磁盘测试市医疗保障局', departments: ['办公室', '基金监管科'] });
  const units = (await ok(desk, 'units:list', {})) as { id: string; name: string }[];
  const office = units.find((u) => u.name === '办公室')!;
  const fund = units.find((u) => u.name === '基金监管科')!;
  const ids: string[] = [];
  for (const name of ['丁一', '卜二', '王五'])
    ids.push((await ok(desk, 'people:save', { unitId: office.id, unitSince: '2024-06-01', fields: person(name) })).id);
  await ok(desk, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
  await ok(desk, 'records:save', {
    periodId: '2025-Q1',
    personId: ids[0],
    date: '2025-02-03',
    content: '起草年度工作要点',
    progress: null,
    note: null,
  });
  return { office, fund, ids };
}

/** A desk on a fresh small disk with a little data, the roster and the files as they stand. */
async function deskWithData() {
  const disk = await SmallDisk.create();
  disks.push(disk);
  const desk = await deskOn(disk);
  const ctx = await setUp(desk);
  return { disk, desk, ctx, people: await ok(desk, 'people:list', {}), before: await disk.files() };
}

/** One write of each kind the clerk makes; each must be refused with the given message. */
async function expectEveryWriteRefused(desk: DeskProcess, ctx: Awaited<ReturnType<typeof setUp>>, message: RegExp, outDir: string) {
  const attempts: [string, unknown][] = [
    ['people:save', { unitId: ctx.office.id, fields: person('新来的') }],
    ['people:save', { id: ctx.ids[1], fields: person('卜二', '改了备注') }],
    ['people:transfer', { personId: ctx.ids[2], toUnitId: ctx.fund.id, date: '2026-01-05', note: null }],
    ['units:save', { name: '新科室', kind: 'department', parentId: (await ok(desk, 'units:list', {}))[0].id }],
    ['records:save', { periodId: '2025-Q1', personId: ctx.ids[1], date: '2025-02-04', content: '整理档案', progress: null, note: null }],
    [
      'summaries:save',
      { periodId: '2025-Q1', personId: ctx.ids[0], text: '本季度完成了……', attendance: { absentDays: 0, leaveDays: 1, lateTimes: 0 } },
    ],
    [
      'incidents:save',
      { personId: ctx.ids[2], kind: '违反工作纪律', handling: '提醒谈话', date: '2025-02-10', reason: '迟到', docNo: null },
    ],
    ['periods:advance', { id: '2025-Q1' }],
    ['roster:export', { unitId: null, file: `${outDir}/花名册.xlsx` }],
    ['data:backup', { file: `${outDir}/备份.backup` }],
  ];
  const refusals: Result<unknown>[] = [];
  for (const [channel, input] of attempts) {
    const r = await desk.call(channel, input);
    expect(r, channel).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
    if (!r.ok) expect(r.message, channel).toMatch(message);
    refusals.push(r);
  }
  return refusals;
}

describe.skipIf(unavailable !== null)('disk faults on a real small disk (tmpfs)', () => {
  it('disk full: every kind of write is refused in one Chinese sentence, nothing on disk or on screen changes, and work goes on once space is freed', async () => {
    const { disk, desk, ctx, people, before } = await deskWithData();
    expect(await disk.fill()).toBeGreaterThan(1_000_000);

    const refusals = await expectEveryWriteRefused(
      desk,
      ctx,
      /^磁盘空间不足，无法保存 \S+（位于 \/\S+）。本次修改没有保存，原有数据未受影响；请清理磁盘后重试。$/,
      disk.mountPoint,
    );
    for (const r of refusals) if (!r.ok) expect(r.message).not.toMatch(/ENOSPC|Error|at /);
    expect(await disk.files()).toEqual(before);
    expect(await ok(desk, 'people:list', {})).toEqual(people);
    // The hand-edit check expects what is on disk, not what failed to be written.
    expect((await ok(desk, 'data:verify', {})).ok).toBe(true);

    await disk.free();
    await ok(desk, 'people:save', { unitId: ctx.office.id, fields: person('新来的') });
    expect((await ok(desk, 'people:list', {})).length).toBe(people.length + 1);
    expect((await ok(desk, 'data:verify', {})).ok).toBe(true);
  }, 60_000);

  it('read-only folder: writes refused as not writable; closing and reopening say so; nothing changes; writable again, all is there', async () => {
    const { disk, desk, ctx, people, before } = await deskWithData();
    disk.remount('ro');

    await expectEveryWriteRefused(
      desk,
      ctx,
      /^文件夹不可写（只读或无权限），无法保存 \S+（位于 \/\S+）。本次修改没有保存，原有数据未受影响。$/,
      disk.mountPoint,
    );
    expect(await disk.files()).toEqual(before);
    expect(await ok(desk, 'people:list', {})).toEqual(people);

    // Closing cannot remove the lock on a read-only disk: that must not crash the program.
    await desk.close();
    expect(await desk.exited).toBe(0);
    const again = await disk.startDesk();
    desks.push(again);
    const refused = await again.started;
    expect(refused).toMatchObject({ type: 'open-failed', code: 'WRITE_FAILED' });
    if (refused.type === 'open-failed') expect(refused.message).toMatch(/^数据文件夹 .+ 是只读的或没有写入权限/);
    expect(await disk.files()).toEqual(before);

    disk.remount('rw');
    const reopened = await deskOn(disk);
    expect(await ok(reopened, 'people:list', {})).toEqual(people);
    expect((await ok(reopened, 'data:verify', {})).ok).toBe(true);
  }, 60_000);
});
