import { describe, expect, it } from 'vitest';
import type { DeskContext } from '../../electron/services/context';
import type { Grade } from '../../shared/domain/grade';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Input } from '../../shared/api/contract';
import { callFail, callOk, openTestDesk, person, smallOrg, tempDir } from './helpers';

/**
 * Issue 16 through the services, on a real data folder: the confirm → change → re-run sequence
 * (§2), the stale warning and 按顺序重新评定 (§3), event dates (§6). 办公室: 王五 (科室负责人), 甲,
 * 乙, 丙; 组织人事科: 戊. Everyone 较好 unless said otherwise.
 */
async function office(ctx: DeskContext) {
  const { office, hr } = await smallOrg(ctx);
  const ids: Record<string, string> = {};
  for (const [name, unit] of [
    ['王五', office],
    ['甲', office],
    ['乙', office],
    ['丙', office],
    ['戊', hr],
  ] as const)
    ids[name] = (await callOk(ctx, 'people:save', { unitId: unit.id, fields: person(name) })).id;
  await callOk(ctx, 'roles:save', { personId: ids['王五'], kind: 'departmentHead', unitId: office.id, from: '2020-01-01' });
  return ids;
}

async function gradedQuarter(ctx: DeskContext, ids: Record<string, string>, index: number, grades: Record<string, Grade> = {}) {
  const id = `2025-Q${index}`;
  await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index });
  for (const name of Object.keys(ids))
    await callOk(ctx, 'reviews:save', { periodId: id, personId: ids[name], score: 85, proposed: grades[name] ?? 'fair', comment: null });
  await callOk(ctx, 'periods:advance', { id });
  await callOk(ctx, 'periods:advance', { id });
  return id;
}

/** Every text cell of a form exported as a workbook. */
async function formTexts(ctx: DeskContext, request: Input<'forms:export'>['request']): Promise<string[]> {
  const file = join(await tempDir(), 'form.xlsx');
  await callOk(ctx, 'forms:export', { request, format: 'xlsx', file });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const texts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value))));
  return texts;
}

const talk = (personId: string, date: string, reason: string) =>
  ({ personId, kind: '工作推进不理想', handling: '提醒谈话', date, reason, docNo: null }) as const;

describe('a confirmation belongs to the result it confirmed (§2)', () => {
  it('confirm → 免责 and re-run → a new event and re-run: the new result needs its own confirmation before 公示', async () => {
    const ctx = await openTestDesk();
    const ids = await office(ctx);
    const q = await gradedQuarter(ctx, ids, 1);
    const first = await callOk(ctx, 'incidents:save', talk(ids['甲'], '2025-02-20', '交办事项逾期'));
    let v = await callOk(ctx, 'grading:run', { periodId: q });
    expect(v.accountability.map((a) => [a.name, a.scope, a.reading])).toEqual([['王五', '办公室', 'responsibility']]);
    v = await callOk(ctx, 'grading:confirm', { periodId: q, fingerprints: [v.accountability[0].fingerprint], note: '经局党组会议研究' });
    expect(v.unconfirmed).toEqual([]);
    expect(v.accountability[0].confirmation).toMatchObject({ name: '王五', note: '经局党组会议研究' });
    // On paper, with its evidence (the 事由 in full: printing is the clerk's deliberate act) and the confirmation.
    expect(await formTexts(ctx, { form: 'accountability', periodId: q, personId: ids['王五'] })).toEqual(
      expect.arrayContaining([
        '按职责范围：各职责按本人的职责范围：科室负责人看本科室，班子成员看全局和所分管的各单位合在一起（分管范围内有人“一般”即不适用）',
        '办公室',
        '2025年第一季度：办公室 3 人，“好”0人，“较好”3人，“一般”“较差”0人',
        '2025年2月20日　工作推进不理想　甲：交办事项逾期（提醒谈话）',
        '按上述规定，王五同志（科室负责人）2025年第一季度平时考核直接评为“较差”等次。',
        expect.stringMatching(/于2026年12月7日确认：经局党组会议研究$/),
      ]),
    );

    // 免责, re-run: 王五 leaves 较差.
    await callOk(ctx, 'incidents:tolerance', {
      id: first.id,
      decision: 'exempt',
      body: '局党组',
      docNo: '医保党组〔2025〕8号',
      date: '2025-03-10',
      distinction: 1,
      note: null,
    });
    v = await callOk(ctx, 'grading:run', { periodId: q });
    expect(v.accountability).toEqual([]);
    expect(v.outcomes.find((o) => o.name === '王五')!.grade).toBe('fair');

    // Another, untolerated event: 较差 again, on new evidence — not confirmed by the first confirmation.
    await callOk(ctx, 'incidents:save', talk(ids['乙'], '2025-03-15', '材料报送迟延'));
    v = await callOk(ctx, 'grading:run', { periodId: q });
    expect(v.accountability.map((a) => [a.name, a.incidents.map((i) => i.name)])).toEqual([['王五', ['乙']]]);
    expect(v.unconfirmed).toEqual([v.accountability[0].fingerprint]);
    expect(v.accountability[0]).toMatchObject({ confirmation: null, superseded: true });
    expect((await callFail(ctx, 'periods:advance', { id: q })).message).toMatch(/^还不能公示：管理责任规则的结果（王五，办公室）尚未确认/);

    // A stale fingerprint (a result that is no longer the one on screen) is refused, nothing written.
    const refused = await callFail(ctx, 'grading:confirm', { periodId: q, fingerprints: ['0000'] });
    expect(refused.message).toMatch(/^要确认的结果已经不是现在的评定结果/);
    await callOk(ctx, 'grading:confirm', { periodId: q });
    expect((await callOk(ctx, 'periods:advance', { id: q })).state).toBe('publicity');
    const confirms = (await ctx.folder.audit.all()).filter((e) => e.action === 'grading.confirm').map((e) => [e.summary, e.reason]);
    expect(confirms).toEqual([
      ['2025年第一季度 确认管理责任规则结果：王五（科室负责人，办公室）评为“较差”', '经局党组会议研究'],
      ['2025年第一季度 确认管理责任规则结果（全部）：王五（科室负责人，办公室）评为“较差”', null],
    ]);
  });
});

describe('stale inputs (§3)', () => {
  it('Q1 reopened and changed after Q2 was graded on it: Q2 warns; 按顺序重新评定 re-grades Q1, then Q2', async () => {
    const ctx = await openTestDesk();
    const ids = await office(ctx);
    const q1 = await gradedQuarter(ctx, ids, 1);
    await callOk(ctx, 'grading:run', { periodId: q1 });
    await callOk(ctx, 'periods:advance', { id: q1 });
    await callOk(ctx, 'periods:advance', { id: q1 });
    const q2 = await gradedQuarter(ctx, ids, 2);
    // 办公室 had no 一般 in either quarter, and 甲 had a 提醒谈话: 王五 is 较差 in Q2.
    await callOk(ctx, 'incidents:save', talk(ids['甲'], '2025-05-06', '交办事项逾期'));
    let v = await callOk(ctx, 'grading:run', { periodId: q2 });
    expect(v.accountability.map((a) => a.name)).toEqual(['王五']);
    expect(v.stale.warnings).toEqual([]);

    // Q1 reopened: 丙's 评鉴 becomes 一般, Q1 not re-graded.
    await callOk(ctx, 'periods:setState', { id: q1, to: 'publicity', reason: '丙的评鉴录入有误' });
    await callOk(ctx, 'periods:setState', { id: q1, to: 'grading', reason: '丙的评鉴录入有误' });
    await callOk(ctx, 'periods:setState', { id: q1, to: 'reviewing', reason: '丙的评鉴录入有误' });
    await callOk(ctx, 'reviews:save', { periodId: q1, personId: ids['丙'], score: 70, proposed: 'average', comment: null });
    await callOk(ctx, 'periods:advance', { id: q1 });
    v = await callOk(ctx, 'grading:get', { periodId: q2 });
    expect(v.stale).toEqual({
      warnings: [
        {
          periodId: q1,
          label: '2025年第一季度',
          kind: 'inputsChanged',
          message:
            '2025年第一季度评定后，其评鉴、考核名单或表现记录有改动，但还没有重新评定；2025年第二季度的评定用的是它改动前的等次。请按顺序重新评定2025年第一季度和2025年第二季度。',
        },
      ],
      order: [q1, q2],
    });

    // In order: Q1 first (丙 一般), then Q2 on it — 办公室 had an 一般 in the window, so 王五 is no longer 较差.
    v = await callOk(ctx, 'grading:regradeInOrder', { periodId: q2 });
    expect(v.stale.warnings).toEqual([]);
    expect(v.accountability).toEqual([]);
    expect(v.outcomes.find((o) => o.name === '王五')!.grade).toBe('fair');
    expect((await callOk(ctx, 'grading:get', { periodId: q1 })).outcomes.find((o) => o.name === '丙')!.grade).toBe('average');
    const last = (await ctx.folder.audit.all()).at(-1)!;
    expect(last.summary).toMatch(/^按顺序重新评定：2025年第一季度（.*）；2025年第二季度（.*）$/);
  });

  it('Q1 re-graded with other grades after Q2: Q2 alone is to be re-graded', async () => {
    const ctx = await openTestDesk();
    const ids = await office(ctx);
    const q1 = await gradedQuarter(ctx, ids, 1);
    await callOk(ctx, 'grading:run', { periodId: q1 });
    const q2 = await gradedQuarter(ctx, ids, 2);
    await callOk(ctx, 'grading:run', { periodId: q2 });
    await callOk(ctx, 'periods:setState', { id: q1, to: 'reviewing', reason: '补充评鉴意见' });
    await callOk(ctx, 'reviews:save', { periodId: q1, personId: ids['丙'], score: 70, proposed: 'average', comment: null });
    await callOk(ctx, 'periods:advance', { id: q1 });
    await callOk(ctx, 'grading:run', { periodId: q1 });
    const v = await callOk(ctx, 'grading:get', { periodId: q2 });
    expect(v.stale.order).toEqual([q2]);
    expect(v.stale.warnings.map((w) => w.kind)).toEqual(['regraded']);
    expect((await callOk(ctx, 'grading:run', { periodId: q2 })).stale.warnings).toEqual([]);
  });
});

describe('event dates (§6)', () => {
  it('after today: refused, nothing written; before the first period: kept with a warning', async () => {
    const ctx = await openTestDesk();
    const ids = await office(ctx);
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
    // The tests' clock stands at 2026-12-07.
    const future = await callFail(ctx, 'incidents:save', talk(ids['甲'], '2026-12-08', '尚未发生'));
    expect(future.message).toBe('日期 2026-12-08 晚于今天（2026-12-07），表现记录只能登记已经发生的事项。');
    expect(await callOk(ctx, 'incidents:list', {})).toEqual([]);
    const early = await callOk(ctx, 'incidents:save', talk(ids['甲'], '2024-11-20', '年底材料迟报'));
    expect(early.warning).toBe(
      '日期 2024-11-20 早于第一个考核周期（2025年第一季度，自 2025-01-01 起）；已登记，影响期覆盖到的周期仍按它评定。',
    );
    expect((await callOk(ctx, 'incidents:list', {})).map((i) => i.date)).toEqual(['2024-11-20']);
  });
});
