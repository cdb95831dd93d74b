import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeskContext } from '../../electron/services/context';
import type { Grade } from '../../shared/domain/grade';
import { callFail, callOk, openTestDesk, person, smallOrg } from './helpers';

/** 办公室: 王五 (科室负责人) and 甲乙丙丁; 组织人事科: 戊. Quarter 2025-Q1 moved to 评定 with reviews. */
async function setUp(ctx: DeskContext, reviews: Record<string, [number, Grade | null]>, quarter = 1) {
  const { office, hr, bureau } = await smallOrg(ctx);
  const ids: Record<string, string> = {};
  for (const [name, unit] of [
    ['王五', office],
    ['甲', office],
    ['乙', office],
    ['丙', office],
    ['丁', office],
    ['戊', hr],
  ] as const) {
    ids[name] = (await callOk(ctx, 'people:save', { unitId: unit.id, fields: person(name) })).id;
  }
  await callOk(ctx, 'roles:save', { personId: ids['王五'], kind: 'departmentHead', unitId: office.id, from: '2020-01-01' });
  await openAndReview(ctx, ids, reviews, quarter);
  return { ids, office, hr, bureau };
}

async function openAndReview(
  ctx: DeskContext,
  ids: Record<string, string>,
  reviews: Record<string, [number, Grade | null]>,
  quarter: number,
) {
  const periodId = `2025-Q${quarter}`;
  await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: quarter });
  for (const [name, [score, proposed]] of Object.entries(reviews))
    await callOk(ctx, 'reviews:save', { periodId, personId: ids[name], score, proposed, comment: `${name}的评鉴意见` });
  await callOk(ctx, 'periods:advance', { id: periodId });
  await callOk(ctx, 'periods:advance', { id: periodId });
  return periodId;
}

const all = (g: [number, Grade | null]) => ({ 王五: g, 甲: g, 乙: g, 丙: g, 丁: g, 戊: g });

describe('grading a period', () => {
  it('runs only at 评定; a tie blocks 公示 until the clerk decides; the decision is logged', async () => {
    const ctx = await openTestDesk();
    const { ids } = await setUp(ctx, {
      王五: [88, 'fair'],
      甲: [95, 'good'],
      乙: [93, 'good'],
      丙: [93, 'good'],
      丁: [80, 'fair'],
      戊: [75, 'average'],
    });
    // 6 graded × 40% = 2 seats: 甲 keeps one; 乙 and 丙 tie at 93 for the other.
    const v = await callOk(ctx, 'grading:run', { periodId: '2025-Q1' });
    expect(v.pools).toEqual([
      { key: 'bureau', label: '全局', graded: 6, seats: 2, used: 3, tie: { personIds: [ids['乙'], ids['丙']].sort(), seatsLeft: 1 } },
    ]);
    const refused = await callFail(ctx, 'periods:advance', { id: '2025-Q1' });
    expect(refused.message).toBe('还不能公示：全局“好”等次剩余 1 个名额，乙、丙 同分，请决定由谁保留“好”。');
    const settled = await callOk(ctx, 'grading:resolveTie', { periodId: '2025-Q1', poolKey: 'bureau', keep: [ids['丙']] });
    const grade = (name: string) => settled.outcomes.find((o) => o.name === name)!.grade;
    expect([grade('甲'), grade('乙'), grade('丙')]).toEqual(['good', 'fair', 'good']);
    expect(settled.outcomes.find((o) => o.name === '乙')!.steps.at(-1)!.reason).toBe(
      '全局“好”等次名额 2 个，第 2 位同分（93），经决定由他人保留“好”，评为“较好”',
    );
    expect((await callOk(ctx, 'periods:advance', { id: '2025-Q1' })).state).toBe('publicity');
    const log = await callOk(ctx, 'audit:recent', { limit: 10 });
    // One entry for the clerk's decision, saying what the re-run gave (not a second one for the re-run).
    expect(log.find((e) => e.action === 'grading.tie')!.summary).toBe(
      '2025年第一季度 同分决定：丙 保留“好”；重新评定：好 2、较好 3、一般 1、较差 0、不确定等次 0；与上次相比 1 人等次变化',
    );
    // The refused 公示 kept its re-run (the clerk saw the tie) and said so; the accepted one says it re-ran.
    expect(log.filter((e) => e.action === 'grading.run').map((e) => e.summary)).toEqual([
      '2025年第一季度 公示前重新评定：好 3、较好 2、一般 1、较差 0、不确定等次 0；待决定 1 项（未能公示）',
      '2025年第一季度 运行评定：好 3、较好 2、一般 1、较差 0、不确定等次 0；待决定 1 项',
    ]);
    expect(log[0]).toMatchObject({
      action: 'period.advance',
      summary: expect.stringMatching(/^2025年第一季度：评定 → 公示（公示前重新评定：/),
    });
    expect((await callFail(ctx, 'grading:run', { periodId: '2025-Q1' })).message).toBe(
      '2025年第一季度处于“公示”状态，只有在“评定”阶段才能评定等次。',
    );
  });

  it('overrides need a reason, are logged with before and after, and re-running shows what moved', async () => {
    const ctx = await openTestDesk();
    const { ids } = await setUp(ctx, all([85, 'fair']));
    await callOk(ctx, 'grading:run', { periodId: '2025-Q1' });
    expect((await callFail(ctx, 'grading:override', { periodId: '2025-Q1', personId: ids['甲'], grade: 'good', reason: '好' })).code).toBe(
      'INVALID_INPUT',
    );
    const v = await callOk(ctx, 'grading:override', {
      periodId: '2025-Q1',
      personId: ids['甲'],
      grade: 'good',
      reason: '评鉴分数漏记加分项，经党组会研究',
    });
    expect(v.outcomes.find((o) => o.name === '甲')).toMatchObject({ grade: 'good' });
    expect(v.moved).toEqual([{ personId: ids['甲'], name: '甲', from: '较好', to: '好' }]);
    const entry = (await callOk(ctx, 'audit:recent', { limit: 5 })).find((e) => e.action === 'grading.override')!;
    expect(entry).toMatchObject({
      summary: '2025年第一季度 甲 等次由“较好”调整为“好”；重新评定：好 1、较好 5、一般 0、较差 0、不确定等次 0；与上次相比 1 人等次变化',
      before: { grade: 'fair' },
      after: { grade: 'good' },
      reason: '评鉴分数漏记加分项，经党组会研究',
    });
    // A changed review shows up as a move on the next run.
    await callOk(ctx, 'periods:setState', { id: '2025-Q1', to: 'reviewing', reason: '补充评鉴意见' });
    await callOk(ctx, 'reviews:save', { periodId: '2025-Q1', personId: ids['乙'], score: 60, proposed: 'average', comment: null });
    await callOk(ctx, 'periods:advance', { id: '2025-Q1' });
    expect((await callOk(ctx, 'grading:run', { periodId: '2025-Q1' })).moved).toEqual([
      { personId: ids['乙'], name: '乙', from: '较好', to: '一般' },
    ]);
  });

  it('a manager-accountability result must be confirmed before 公示; the view masks the 事由', async () => {
    const ctx = await openTestDesk();
    const { ids } = await setUp(ctx, all([85, 'fair']));
    await callOk(ctx, 'incidents:save', {
      personId: ids['甲'],
      kind: '工作推进不理想',
      handling: '提醒谈话',
      date: '2025-02-20',
      reason: '交办事项逾期',
    });
    const v = await callOk(ctx, 'grading:run', { periodId: '2025-Q1' });
    expect(v.accountability.map((a) => [a.name, a.role, a.scope])).toEqual([['王五', '科室负责人', '办公室']]);
    expect(v.outcomes.find((o) => o.name === '王五')!.grade).toBe('poor');
    expect(v.unconfirmed).toEqual([v.accountability[0].fingerprint]);
    expect(v.accountability[0].incidents.map((i) => [i.reason, i.reasonMasked])).toEqual([['交＊＊＊＊', true]]);
    expect((await callFail(ctx, 'periods:advance', { id: '2025-Q1' })).message).toBe(
      '还不能公示：管理责任规则的结果（王五，办公室）尚未确认；确认后结果的人员、范围、周期或事项有变化的，须重新确认。',
    );
    await callOk(ctx, 'grading:confirm', { periodId: '2025-Q1', fingerprints: [v.accountability[0].fingerprint] });
    expect((await callOk(ctx, 'periods:advance', { id: '2025-Q1' })).state).toBe('publicity');
    const feedback = await callOk(ctx, 'grading:feedback', { periodId: '2025-Q1' });
    expect(feedback.find((f) => f.name === '甲')!.text).toBe(
      '甲同志：经评定，您在2025年第一季度平时考核中的等次为“较好”。主管领导评鉴意见：甲的评鉴意见。',
    );
  });
});

describe('settings', () => {
  it('changing the ratio, rounding and pools changes the seats; bad bands are refused; changes are logged', async () => {
    const ctx = await openTestDesk();
    await setUp(ctx, all([95, 'good']));
    expect((await callOk(ctx, 'grading:run', { periodId: '2025-Q1' })).pools.map((p) => [p.label, p.seats])).toEqual([['全局', 2]]);
    const s = await callOk(ctx, 'settings:get', {});
    await callOk(ctx, 'settings:save', {
      ...s,
      goodRatio: 0.5,
      rounding: 'ceil',
      pools: { by: 'unit', separateLeaders: false, separateContract: false },
    });
    // 办公室 5 × 50% = 2.5 → 3; 组织人事科 1 × 50% = 0.5 → 1 (ceil).
    expect((await callOk(ctx, 'grading:run', { periodId: '2025-Q1' })).pools.map((p) => [p.label, p.seats]).sort()).toEqual([
      ['办公室', 3],
      ['组织人事科', 1],
    ]);
    // The period keeps the settings its result was computed under.
    const stored = JSON.parse(await readFile(join(ctx.folder.dir, 'periods', '2025-Q1', 'period.json'), 'utf8'));
    expect(stored.grading.result.settings).toMatchObject({ goodRatio: 0.5, rounding: 'ceil', pools: { by: 'unit' } });
    const bad = await callFail(ctx, 'settings:save', { ...s, scoreBands: { good: 80, fair: 85, average: 60 } });
    expect(bad.message).toMatch(/分数段应满足 好 > 较好 > 一般/);
    const entry = (await callOk(ctx, 'audit:recent', { limit: 5 })).find((e) => e.action === 'settings.appraisal')!;
    expect(entry).toMatchObject({ before: { goodRatio: 0.4, rounding: 'floor' }, after: { goodRatio: 0.5, rounding: 'ceil' } });
  });
});

describe('statistics', () => {
  it('the trend per graded period with quota use, and the distribution per unit', async () => {
    const ctx = await openTestDesk();
    await setUp(ctx, { 王五: [88, 'fair'], 甲: [95, 'good'], 乙: [70, 'average'], 丙: [50, 'poor'], 丁: [92, 'good'], 戊: [85, 'fair'] });
    await callOk(ctx, 'grading:run', { periodId: '2025-Q1' });
    const s = await callOk(ctx, 'stats:grades', {});
    expect(s.trend).toEqual([
      {
        periodId: '2025-Q1',
        label: '2025年第一季度',
        counts: { good: 2, fair: 2, average: 1, poor: 1, undetermined: 0 },
        seats: 2,
        used: 2,
      },
    ]);
    expect(s.byUnit.map((u) => [u.unitLabel, u.counts.good, u.counts.fair, u.counts.average, u.counts.poor])).toEqual([
      ['办公室', 2, 1, 1, 1],
      ['组织人事科', 0, 1, 0, 0],
    ]);
  });
});

describe('annual roll-up', () => {
  it('eligibility under the default rule, 续聘 for 编外聘用, 能上能下 lists and the 需要说明的情况 text', async () => {
    const ctx = await openTestDesk();
    const { ids } = await setUp(ctx, {
      王五: [88, 'fair'],
      甲: [95, 'good'],
      乙: [70, 'average'],
      丙: [50, 'poor'],
      丁: [92, 'good'],
      戊: [85, 'fair'],
    });
    await callOk(ctx, 'people:save', { id: ids['丙'], fields: person('丙', { establishment: '编外聘用' }) });
    await callOk(ctx, 'grading:run', { periodId: '2025-Q1' });
    await openAndReview(
      ctx,
      ids,
      { 王五: [88, 'fair'], 甲: [85, 'fair'], 乙: [96, 'good'], 丙: [55, 'poor'], 丁: [93, 'good'], 戊: [85, 'fair'] },
      2,
    );
    await callOk(ctx, 'grading:run', { periodId: '2025-Q2' });
    const r = await callOk(ctx, 'annual:get', { year: 2025 });
    const row = (name: string) => r.rows.find((x) => x.name === name)!;
    expect(r.periods.map((p) => [p.label, p.published])).toEqual([
      ['2025年第一季度', false],
      ['2025年第二季度', false],
    ]);
    expect(row('甲')).toMatchObject({
      grades: ['good', 'fair'],
      eligible: true,
      eligibility: '符合条件：“好”达到半数以上，且无“一般”“较差”',
    });
    expect(row('乙')).toMatchObject({
      eligible: false,
      eligibility: '不符合条件（“好”达到半数以上，且无“一般”“较差”）：“好”1次，“一般”“较差”1次',
    });
    expect(row('丁')).toMatchObject({ grades: ['good', 'good'], eligible: true });
    expect(row('丙').renewal).toEqual({
      recommended: false,
      reason: '本年度“较差”2次（达到2次），不建议续聘（未登记合同起始时间，按自然年度计算）',
    });
    expect(row('甲').renewal).toBeNull();
    expect(row('甲').note).toBe('2025年度平时考核情况：“好”1次，“较好”1次，“一般”0次，“较差”0次。');
    expect(r.twicePoor).toEqual([ids['丙']]);
    expect(r.allGood).toEqual([ids['丁']]);
    // 6 people × 20% = 1.2 → 1 seat; 甲 and 丁 qualify.
    expect(r.quota).toEqual({ participants: 6, seats: 1, eligible: 2, ratio: 0.2 });
  });
});
