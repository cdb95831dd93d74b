import { describe, expect, it } from 'vitest';
import type { DeskContext } from '../../electron/services/context';
import { callOk, openTestDesk, person, smallOrg } from './helpers';

// The desk's clock is 2026-12-07 (a Monday, test/fixed-now.ts): of 2026年第四季度 the ISO weeks
// W40 (9.28—10.4) … W49 (11.30—12.6) are over, ten weeks each due a 工作纪实.
const WEEKS = [
  '2026-10-01',
  '2026-10-08',
  '2026-10-15',
  '2026-10-22',
  '2026-10-29',
  '2026-11-05',
  '2026-11-12',
  '2026-11-19',
  '2026-11-26',
  '2026-12-03',
];
const Q = '2026-Q4';

/**
 * 局机关: 郭局长 (党组主要负责人, 由上级党组织考核), 李四 (分管办公室、组织人事科). 办公室: 王五
 * (科室负责人), 丁一, 卜二. 组织人事科: 马三 (no 科室负责人: 李四 rates him). 中心: 赵六, whom nobody rates.
 */
async function bureau(ctx: DeskContext) {
  const units = await smallOrg(ctx);
  const add = async (name: string, unit: { id: string }) =>
    (await callOk(ctx, 'people:save', { unitId: unit.id, fields: person(name) })).id;
  const ids = {
    guo: await add('郭局长', units.bureau),
    li: await add('李四', units.bureau),
    wang: await add('王五', units.office),
    ding: await add('丁一', units.office),
    bu: await add('卜二', units.office),
    ma: await add('马三', units.hr),
    zhao: await add('赵六', units.centre),
  };
  const role = (personId: string, kind: string, unitId: string, supervisedUnitIds: string[] = []) =>
    callOk(ctx, 'roles:save', { personId, kind, unitId, supervisedUnitIds, from: '2020-01-01' } as never);
  await role(ids.guo, 'principal', units.bureau.id);
  await role(ids.li, 'leadershipMember', units.bureau.id, [units.office.id, units.hr.id]);
  await role(ids.wang, 'departmentHead', units.office.id);
  return { ...units, ids };
}

const record = (ctx: DeskContext, personId: string, date: string) =>
  callOk(ctx, 'records:save', { periodId: Q, personId, date, content: `${date} 的工作` });

describe('todo:get — the 待办 the service works out', () => {
  it('before a period: the roster, the 科室 without a head, the people nobody rates', async () => {
    const ctx = await openTestDesk();
    await bureau(ctx);
    const todo = await callOk(ctx, 'todo:get', {});
    expect(todo).toMatchObject({ today: '2026-12-07', period: null, summary: null, next: null });
    expect(todo.preparation).toEqual({
      activePeople: 7,
      roles: 3,
      headless: [],
      ratedAbove: [{ unitId: expect.any(String), label: '组织人事科', ratedBy: ['分管领导李四'] }],
      withoutReviewer: 1,
    });
  });

  it('names a 科室 without a head as missing only when nobody rates its people', async () => {
    const ctx = await openTestDesk();
    const { ids, hr } = await bureau(ctx);
    const [li] = (await callOk(ctx, 'roles:list', {})).filter((r) => r.personId === ids.li);
    // 李四 no longer 分管 组织人事科: 马三 has no 评鉴人, so its missing head is the thing to fix.
    const { id, personId, kind, unitId, supervisedUnitIds, from, until } = li!;
    await callOk(ctx, 'roles:save', {
      id,
      personId,
      kind,
      unitId,
      from,
      until,
      supervisedUnitIds: supervisedUnitIds.filter((u) => u !== hr.id),
    });
    const { preparation } = await callOk(ctx, 'todo:get', {});
    expect(preparation.headless).toEqual([{ unitId: hr.id, label: '组织人事科', unrated: 1 }]);
    expect(preparation.ratedAbove).toEqual([]);
    expect(preparation.withoutReviewer).toBe(2);
  });

  it('checks the 工作纪实 week by week, not by how many entries: ten entries in two weeks leave eight weeks missing', async () => {
    const ctx = await openTestDesk();
    const { ids, office } = await bureau(ctx);
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2026, index: 4 });
    for (const d of WEEKS) await record(ctx, ids.ding, d);
    for (const d of [
      '2026-10-01',
      '2026-10-02',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
      '2026-10-11',
      '2026-10-05',
    ])
      await record(ctx, ids.bu, d);
    await callOk(ctx, 'summaries:save', {
      periodId: Q,
      personId: ids.ding,
      text: '本季度完成了……',
      attendance: { absentDays: 0, leaveDays: 0, lateTimes: 0 },
    });

    const todo = await callOk(ctx, 'todo:get', {});
    expect(todo.period).toMatchObject({ id: Q, state: 'recording' });
    expect(todo.summary!.due).toEqual({ what: '工作纪实（每周至少一条）、个人小结，本期截止', date: '2026-12-31', days: 24 });
    // The units as the roster's tree lists them (局机关 and its 科室, then the 二层单位), not as their people happen to sort.
    expect(todo.summary!.units.map((u) => u.label)).toEqual(['局机关', '办公室', '组织人事科', '医疗保障事业管理中心']);
    const row = todo.summary!.units.find((u) => u.unitId === office.id)!;
    expect(row).toMatchObject({ label: '办公室', people: 3, records: { done: 1, of: 3 }, summaries: { done: 1, of: 3 }, reviews: null });
    expect(row.missing.records).toEqual(['卜二（缺8周）', '王五（缺10周）']);
    expect(row.missing.summaries).toEqual(['卜二', '王五']);
    // The step's check reads the same: names, with the weeks missing.
    expect(todo.next!.to).toBe('reviewing');
    expect(todo.next!.gaps[0]).toMatchObject({ key: 'records', count: 6 });
    expect(todo.next!.gaps[0].names).toContain('卜二（缺8周）');

    // 每月 in 考核设置: October and November are due; 卜二 wrote in October only.
    const settings = await callOk(ctx, 'settings:get', {});
    await callOk(ctx, 'settings:save', { ...settings, deadlines: { ...settings.deadlines, recordCadence: 'month' } });
    const monthly = await callOk(ctx, 'todo:get', { periodId: Q });
    expect(monthly.summary!.due!.what).toBe('工作纪实（每月至少一条）、个人小结，本期截止');
    expect(monthly.summary!.units.find((u) => u.unitId === office.id)!.missing.records).toEqual(['卜二（缺1个月）', '王五（缺2个月）']);
  });

  it('in 评鉴 and 评定: the 评鉴 due N days after the quarter, the superior-appraised left out, 容错 per unit, ties and results to confirm', async () => {
    const ctx = await openTestDesk();
    const { ids, bureau: top, hr } = await bureau(ctx);
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2026, index: 4 });
    await callOk(ctx, 'incidents:save', {
      personId: ids.ma,
      kind: '工作推进不理想',
      handling: '批评教育',
      date: '2026-11-02',
      reason: '项目推进滞后',
    });
    await callOk(ctx, 'periods:setState', { id: Q, to: 'reviewing', reason: '按期进入评鉴' });

    const reviewing = await callOk(ctx, 'todo:get', {});
    expect(reviewing.summary!.due).toEqual({ what: '主管领导评鉴', date: '2027-01-10', days: 34 });
    const bureauRow = reviewing.summary!.units.find((u) => u.unitId === top.id)!;
    // 郭局长 is appraised by the superior organisation: only 李四 needs a 评鉴 in 局机关.
    expect(bureauRow.reviews).toEqual({ done: 0, of: 1 });
    expect(reviewing.summary!.units.find((u) => u.unitId === hr.id)).toMatchObject({ tolerance: 1, open: true });
    expect(reviewing.summary!.lines.map((l) => [l.key, l.target])).toContainEqual(['tolerance', 'incidents']);

    // Everyone graded proposes 好 with the same score: 6 graded, 2 seats, a tie at the cut.
    for (const personId of [ids.li, ids.wang, ids.ding, ids.bu, ids.ma, ids.zhao])
      await callOk(ctx, 'reviews:save', { periodId: Q, personId, score: 95, proposed: 'good', comment: null });
    const complete = await callOk(ctx, 'todo:get', {});
    expect(complete.summary!.lines.find((l) => l.key === 'next')).toMatchObject({ level: 'todo', target: 'period' });
    await callOk(ctx, 'periods:setState', { id: Q, to: 'grading' });
    const beforeRun = await callOk(ctx, 'todo:get', {});
    expect(beforeRun.summary!.lines.find((l) => l.key === 'grade')).toMatchObject({ target: 'grading' });

    await callOk(ctx, 'grading:run', { periodId: Q });
    const grading = await callOk(ctx, 'todo:get', {});
    const text = grading.summary!.lines.map((l) => l.text);
    expect(text.find((t) => t.includes('同分'))).toBe('1 个名额池的同分待决定：全局“好”等次剩 2 个名额，丁一、卜二、马三、王五、赵六 同分');
    // 马三's non-tolerated event, with nobody graded 一般 or 较差 in what 李四 answers for.
    expect(text).toContain('管理责任结果待确认：李四（党组班子成员，全局）');
    expect(grading.next).toMatchObject({ to: 'publicity' });
    expect(grading.next!.gaps.map((g) => g.key)).toEqual(['ties', 'accountability']);
  });

  it('in 公示: the days left, then 归档; archived: the next period', async () => {
    const ctx = await openTestDesk();
    const { ids } = await bureau(ctx);
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2026, index: 3 });
    // Not 郭局长: 由上级党组织考核, no 评鉴 here.
    for (const personId of [ids.li, ids.wang, ids.ding, ids.bu, ids.ma, ids.zhao])
      await callOk(ctx, 'reviews:save', { periodId: '2026-Q3', personId, score: 85, proposed: 'fair', comment: null });
    for (const to of ['reviewing', 'grading'] as const) await callOk(ctx, 'periods:setState', { id: '2026-Q3', to, reason: '测试' });
    await callOk(ctx, 'grading:run', { periodId: '2026-Q3' });
    await callOk(ctx, 'periods:setState', { id: '2026-Q3', to: 'publicity' });

    const publicity = await callOk(ctx, 'todo:get', {});
    expect(publicity.summary!.due).toEqual({ what: '公示期结束，之后可归档', date: '2026-12-13', days: 6 });
    expect(publicity.summary!.lines.map((l) => l.text)).toEqual(['公示中，还有 7 天期满；期满无异议后归档']);
    expect(publicity.next!.gaps).toEqual([{ key: 'publicity', text: '公示期到 2026.12.13 才结束，还有 7 天', count: 7, names: [] }]);

    await callOk(ctx, 'periods:setState', { id: '2026-Q3', to: 'archived', reason: '公示期内无异议，提前归档' });
    const archived = await callOk(ctx, 'todo:get', {});
    expect(archived.next).toBeNull();
    expect(archived.summary!.lines).toEqual([
      { key: 'next', level: 'info', text: '2026年第三季度已归档：下一期请新建考核周期', target: 'periods' },
    ]);
  });
});
