import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeskContext } from '../../electron/services/context';
import { callFail, callOk, openTestDesk, person, smallOrg } from './helpers';

/** 办公室 with 王五 (head), 丁一, 卜二; 组织人事科 with 马三; 王五 is 科室负责人, 李四 分管. */
async function orgWithStaff(ctx: DeskContext) {
  const units = await smallOrg(ctx);
  const add = async (name: string, unit: { id: string }) =>
    (await callOk(ctx, 'people:save', { unitId: unit.id, fields: person(name) })).id;
  const ids = {
    wang: await add('王五', units.office),
    ding: await add('丁一', units.office),
    bu: await add('卜二', units.office),
    ma: await add('马三', units.hr),
    li: await add('李四', units.office),
  };
  await callOk(ctx, 'roles:save', { personId: ids.wang, kind: 'departmentHead', unitId: units.office.id, from: '2020-01-01' });
  await callOk(ctx, 'roles:save', {
    personId: ids.li,
    kind: 'leadershipMember',
    unitId: units.bureau.id,
    supervisedUnitIds: [units.office.id, units.hr.id],
    from: '2020-01-01',
  });
  return { ...units, ids };
}

/** Publishing needs a review for everyone graded (the grading must have nothing left open). */
async function reviewEveryone(ctx: DeskContext, periodId: string) {
  for (const p of (await callOk(ctx, 'periods:get', { id: periodId })).participants) {
    if (!p.undetermined) await callOk(ctx, 'reviews:save', { periodId, personId: p.personId, score: 85, proposed: 'fair', comment: null });
  }
}

describe('periods', () => {
  it('opens a quarter with everyone in post, each in their unit on that day; a later transfer shows the move', async () => {
    const ctx = await openTestDesk();
    const { ids, hr } = await orgWithStaff(ctx);
    const p = await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
    expect(p).toMatchObject({
      id: '2025-Q1',
      label: '2025年第一季度',
      start: '2025-01-01',
      end: '2025-03-31',
      state: 'recording',
      participantCount: 5,
    });
    await callOk(ctx, 'people:transfer', { personId: ids.ding, toUnitId: hr.id, date: '2099-01-01' });
    const detail = await callOk(ctx, 'periods:get', { id: '2025-Q1' });
    expect(detail.participants.map((x) => x.name)).toEqual(['丁一', '卜二', '马三', '王五', '李四']);
    expect(detail.participants[0]).toMatchObject({ unitLabel: '办公室', movedTo: '组织人事科' });
    expect((await callFail(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 })).message).toBe(
      '2025年第一季度已经建立，不能重复建立。',
    );
    expect((await callFail(ctx, 'periods:open', { kind: 'month', year: 2025, index: 2 })).message).toMatch(
      /与已建立的2025年第一季度时间重叠/,
    );
    const m = await callOk(ctx, 'periods:open', { kind: 'month', year: 2025, index: 4 });
    expect(m).toMatchObject({ id: '2025-M04', label: '2025年4月', start: '2025-04-01', end: '2025-04-30' });
  });

  it('moves forward step by step; back and reopening need a reason, are logged, and show in the history', async () => {
    const ctx = await openTestDesk();
    await orgWithStaff(ctx);
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 2 });
    await reviewEveryone(ctx, '2025-Q2');
    expect((await callFail(ctx, 'periods:setState', { id: '2025-Q2', to: 'grading' })).message).toMatch(/请按顺序推进.*下一步是“评鉴”/);
    for (const to of ['reviewing', 'grading', 'publicity', 'archived'] as const)
      await callOk(ctx, 'periods:setState', { id: '2025-Q2', to });
    expect((await callFail(ctx, 'periods:setState', { id: '2025-Q2', to: 'publicity' })).message).toBe(
      '重新打开已归档的2025年第二季度须写明理由（至少4个字）。',
    );
    await callOk(ctx, 'periods:setState', { id: '2025-Q2', to: 'publicity', reason: '公示期间收到异议需复核' });
    const detail = await callOk(ctx, 'periods:get', { id: '2025-Q2' });
    expect(detail.history.at(-1)).toMatchObject({ from: 'archived', to: 'publicity', reason: '公示期间收到异议需复核' });
    const log = await callOk(ctx, 'audit:recent', { limit: 1 });
    expect(log[0]).toMatchObject({ action: 'period.reopen', summary: '2025年第二季度：已归档 → 公示', reason: '公示期间收到异议需复核' });
  });

  it('不确定等次 with a reason; 借调 staff are marked so when the period opens', async () => {
    const ctx = await openTestDesk();
    const { ids } = await orgWithStaff(ctx);
    await callOk(ctx, 'people:setStatus', { personId: ids.bu, status: 'seconded', date: '2025-01-01', secondedTo: '市委巡察办' });
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
    const row = (await callOk(ctx, 'periods:get', { id: '2025-Q1' })).participants.find((p) => p.name === '卜二')!;
    expect(row.undetermined).toEqual({ reason: '借调在外由借入单位考核', note: '市委巡察办' });
    expect(
      (await callFail(ctx, 'periods:setUndetermined', { periodId: '2025-Q1', personId: ids.ding, reason: '其他', note: null })).message,
    ).toMatch(/请写明/);
    const ding = await callOk(ctx, 'periods:setUndetermined', {
      periodId: '2025-Q1',
      personId: ids.ding,
      reason: '新录用试用期',
      note: null,
    });
    expect(ding.undetermined).toEqual({ reason: '新录用试用期', note: null });
  });
});

describe('工作纪实, 个人小结, 评鉴', () => {
  it('records must fall inside the period and belong to a participant; archived periods refuse edits', async () => {
    const ctx = await openTestDesk();
    const { ids } = await orgWithStaff(ctx);
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
    const rec = await callOk(ctx, 'records:save', {
      periodId: '2025-Q1',
      personId: ids.ding,
      date: '2025-02-10',
      content: '起草医保基金监管年度工作要点',
      progress: '已完成',
      note: null,
    });
    expect(rec).toMatchObject({ name: '丁一', date: '2025-02-10' });
    expect(
      (await callFail(ctx, 'records:save', { periodId: '2025-Q1', personId: ids.ding, date: '2025-04-01', content: '越界' })).message,
    ).toBe('日期 2025-04-01 不在2025年第一季度（2025-01-01 至 2025-03-31）之内。');
    const outsider = (await callOk(ctx, 'people:save', { unitId: (await callOk(ctx, 'units:list', {}))[1].id, fields: person('新来的') }))
      .id;
    expect(
      (await callFail(ctx, 'records:save', { periodId: '2025-Q1', personId: outsider, date: '2025-02-10', content: 'x' })).message,
    ).toBe('此人不在2025年第一季度的考核名单中（名单在建立周期时确定）。');
    expect((await callFail(ctx, 'records:save', { periodId: '2025-Q1', personId: ids.ding, date: '2025-02-10', content: '  ' })).code).toBe(
      'INVALID_INPUT',
    );
    await reviewEveryone(ctx, '2025-Q1');
    for (const to of ['reviewing', 'grading', 'publicity', 'archived'] as const)
      await callOk(ctx, 'periods:setState', { id: '2025-Q1', to });
    const r = await callFail(ctx, 'records:save', { periodId: '2025-Q1', personId: ids.ding, date: '2025-02-11', content: '补录' });
    expect(r.message).toBe('2025年第一季度已归档，不能修改。如确需修改，请先重新打开（须写明理由）。');
    expect(await callOk(ctx, 'records:list', { periodId: '2025-Q1', personId: ids.ding })).toHaveLength(1);
  });

  it('coverage lists who has not recorded in the last weeks', async () => {
    const ctx = await openTestDesk();
    const { ids } = await orgWithStaff(ctx);
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
    await callOk(ctx, 'records:save', { periodId: '2025-Q1', personId: ids.ding, date: '2025-03-28', content: '季度总结' });
    await callOk(ctx, 'records:save', { periodId: '2025-Q1', personId: ids.bu, date: '2025-01-05', content: '年初计划' });
    const missing = await callOk(ctx, 'records:coverage', { periodId: '2025-Q1', weeks: 2 });
    expect(missing.map((m) => [m.name, m.count, m.lastDate])).toEqual([
      ['卜二', 1, '2025-01-05'],
      ['王五', 0, null],
      ['李四', 0, null],
      ['马三', 0, null],
    ]);
  });

  it('reviews: reviewer by who-rates-whom, score and grade checked, live 好 count against the seats', async () => {
    const ctx = await openTestDesk();
    const { ids, office } = await orgWithStaff(ctx);
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
    await callOk(ctx, 'reviews:save', { periodId: '2025-Q1', personId: ids.ding, score: 95, proposed: null, comment: '工作积极主动' });
    await callOk(ctx, 'reviews:save', { periodId: '2025-Q1', personId: ids.bu, score: 85, proposed: 'good', comment: null });
    await callOk(ctx, 'reviews:save', { periodId: '2025-Q1', personId: ids.wang, score: 88, proposed: 'fair', comment: null });
    const grid = await callOk(ctx, 'reviews:grid', { periodId: '2025-Q1', unitId: office.id });
    // 5 graded → 5 × 40% = 2 seats (floor); 丁一 scores in the 好 band, 卜二 is proposed 好.
    expect(grid.quota).toEqual({ pool: '全局', graded: 5, seats: 2, proposedGood: 2 });
    expect(grid.unitProposedGood).toBe(2);
    const byName = Object.fromEntries(grid.rows.map((r) => [r.name, r]));
    expect(byName['丁一']).toMatchObject({ reviewerName: '王五', relation: '科室负责人评鉴', score: 95, comment: '工作积极主动' });
    expect(byName['王五']).toMatchObject({ reviewerName: '李四', relation: '分管领导评鉴', proposed: 'fair' });
    // Who rates whom is a setting: here 一般工作人员 are rated by the 分管领导 instead.
    const settings = await callOk(ctx, 'settings:get', {});
    await callOk(ctx, 'settings:save', { ...settings, reviewers: { ...settings.reviewers, staff: 'supervisor' } });
    expect(
      (await callOk(ctx, 'reviews:grid', { periodId: '2025-Q1', unitId: office.id })).rows.find((r) => r.name === '丁一'),
    ).toMatchObject({ reviewerName: '李四', relation: '分管领导评鉴' });
    await callOk(ctx, 'settings:save', settings);
    for (const bad of [{ score: 105 }, { score: -1 }, { proposed: '优' }, { score: '九十' }]) {
      const r = await callFail(ctx, 'reviews:save', {
        periodId: '2025-Q1',
        personId: ids.ding,
        score: null,
        proposed: null,
        comment: null,
        ...bad,
      });
      expect(r.code).toBe('INVALID_INPUT');
      expect(r.message).toMatch(/分数|等次/);
    }
    const outsider = (await callOk(ctx, 'people:save', { unitId: office.id, fields: person('新来的') })).id;
    expect(
      (await callFail(ctx, 'reviews:save', { periodId: '2025-Q1', personId: outsider, score: 90, proposed: null, comment: null })).message,
    ).toBe('此人不在2025年第一季度的考核名单中（名单在建立周期时确定）。');
    await callOk(ctx, 'periods:setUndetermined', { periodId: '2025-Q1', personId: ids.ma, reason: '病事假超过期限', note: null });
    expect(
      (await callFail(ctx, 'reviews:save', { periodId: '2025-Q1', personId: ids.ma, score: 80, proposed: null, comment: null })).message,
    ).toMatch(/不确定等次（病事假超过期限），不评分/);
    expect((await callOk(ctx, 'reviews:grid', { periodId: '2025-Q1', unitId: office.id })).quota).toMatchObject({ graded: 4, seats: 1 });
    const log = await callOk(ctx, 'audit:recent', { limit: 10 });
    expect(log.find((e) => e.action === 'review.save')).toMatchObject({ summary: '2025年第一季度 王五 主管领导评鉴：88 分，拟评“较好”' });
  });

  it('个人小结 with attendance', async () => {
    const ctx = await openTestDesk();
    const { ids } = await orgWithStaff(ctx);
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
    await callOk(ctx, 'summaries:save', {
      periodId: '2025-Q1',
      personId: ids.ding,
      text: '本季度完成了……',
      attendance: { absentDays: 0, leaveDays: 1.5, lateTimes: 0 },
    });
    expect(await callOk(ctx, 'summaries:get', { periodId: '2025-Q1', personId: ids.ding })).toMatchObject({
      text: '本季度完成了……',
      attendance: { leaveDays: 1.5 },
    });
    expect(
      (
        await callFail(ctx, 'summaries:save', {
          periodId: '2025-Q1',
          personId: ids.ding,
          text: 'x',
          attendance: { absentDays: -1, leaveDays: 0, lateTimes: 0 },
        })
      ).code,
    ).toBe('INVALID_INPUT');
  });

  it('property: reopening and re-archiving never loses records', async () => {
    const ctx = await openTestDesk();
    const { ids } = await orgWithStaff(ctx);
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 3 });
    await reviewEveryone(ctx, '2025-Q3');
    const people = [ids.ding, ids.bu, ids.ma];
    let expected = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...people), fc.integer({ min: 1, max: 92 }), fc.boolean()), { minLength: 1, maxLength: 6 }),
        async (ops) => {
          for (const [personId, day, cycle] of ops) {
            const date = new Date(Date.UTC(2025, 6, day)).toISOString().slice(0, 10);
            await callOk(ctx, 'records:save', { periodId: '2025-Q3', personId, date, content: `第${day}天的工作` });
            expected++;
            if (cycle) {
              for (const to of ['reviewing', 'grading', 'publicity', 'archived'] as const)
                await callOk(ctx, 'periods:setState', { id: '2025-Q3', to });
              await callOk(ctx, 'periods:setState', { id: '2025-Q3', to: 'publicity', reason: '复核需要重新打开' });
              await callOk(ctx, 'periods:setState', { id: '2025-Q3', to: 'grading', reason: '退回评定修改材料' });
              await callOk(ctx, 'periods:setState', { id: '2025-Q3', to: 'reviewing', reason: '退回评鉴补充记录' });
              await callOk(ctx, 'periods:setState', { id: '2025-Q3', to: 'recording', reason: '退回补录工作纪实' });
            }
          }
          const all = (await Promise.all(people.map((personId) => callOk(ctx, 'records:list', { periodId: '2025-Q3', personId })))).flat();
          expect(all).toHaveLength(expected);
        },
      ),
      { numRuns: 15 },
    );
    // And the same after closing and opening the data folder again.
    const dir = ctx.folder.dir;
    await ctx.folder.close();
    const again = await openTestDesk(dir, { snapshotOnOpen: false });
    const all = (await Promise.all(people.map((personId) => callOk(again, 'records:list', { periodId: '2025-Q3', personId })))).flat();
    expect(all).toHaveLength(expected);
  });
});

describe('表现记录 and 容错', () => {
  it('impact window from the handling, editable; unknown people refused', async () => {
    const ctx = await openTestDesk();
    const { ids } = await orgWithStaff(ctx);
    const i = await callOk(ctx, 'incidents:save', {
      personId: ids.ding,
      kind: '工作推进不理想',
      handling: '通报批评',
      date: '2025-02-14',
      reason: '电子处方流转规范逾期未出台',
      docNo: '医保发〔2025〕3号',
    });
    expect(i).toMatchObject({ impactMonths: 6, impactUntil: '2025-08-13', unitLabel: '办公室', name: '丁一', negative: true });
    const edited = await callOk(ctx, 'incidents:save', {
      id: i.id,
      personId: ids.ding,
      kind: '工作推进不理想',
      handling: '通报批评',
      date: '2025-02-14',
      reason: '电子处方流转规范逾期未出台',
      docNo: null,
      impactMonths: 3,
    });
    expect(edited.impactUntil).toBe('2025-05-13');
    const end = await callOk(ctx, 'incidents:save', {
      personId: ids.bu,
      kind: '造成不良影响',
      handling: '诫勉',
      date: '2024-08-31',
      reason: '窗口服务态度生硬',
    });
    expect(end.impactUntil).toBe('2025-08-30');
    const feb = await callOk(ctx, 'incidents:save', {
      personId: ids.bu,
      kind: '违反工作纪律',
      handling: '通报批评',
      date: '2024-08-31',
      reason: '迟到',
    });
    expect(feb.impactUntil).toBe('2025-02-27'); // 08-31 + 6 months = 02-28, minus one day
    const case_ = await callOk(ctx, 'incidents:save', {
      personId: ids.ma,
      kind: '其他负面情形',
      handling: '立案审查',
      date: '2025-03-01',
      reason: '涉嫌违纪',
    });
    expect(case_).toMatchObject({ impactMonths: null, impactUntil: null, inEffect: true });
    expect((await callOk(ctx, 'incidents:closeCase', { id: case_.id, closedOn: '2025-06-30' })).impactUntil).toBe('2025-06-30');
    const r = await callFail(ctx, 'incidents:save', {
      personId: 'p-nobody',
      kind: '工作推进不理想',
      handling: '提醒谈话',
      date: '2025-01-01',
      reason: 'x',
    });
    expect(r.message).toBe('花名册中没有这个人，表现记录只能记在已登记的人员名下。');
  });

  it('免责 and 从轻 are recorded with body, 文号, date and distinction; a recurrence within 12 months is refused', async () => {
    const ctx = await openTestDesk();
    const { ids } = await orgWithStaff(ctx);
    const first = await callOk(ctx, 'incidents:save', {
      personId: ids.ding,
      kind: '工作推进不理想',
      handling: '通报批评',
      date: '2025-02-14',
      reason: '先行先试出现偏差',
    });
    const tolerated = await callOk(ctx, 'incidents:tolerance', {
      id: first.id,
      decision: 'exempt',
      body: '局党组',
      docNo: '医保党组〔2025〕5号',
      date: '2025-03-01',
      distinction: 1,
      note: null,
    });
    expect(tolerated.tolerance).toMatchObject({ decision: 'exempt', body: '局党组', docNo: '医保党组〔2025〕5号', distinction: 1 });
    const again = await callOk(ctx, 'incidents:save', {
      personId: ids.ding,
      kind: '工作推进不理想',
      handling: '提醒谈话',
      date: '2026-02-13',
      reason: '再次推进不力',
    });
    const refused = await callFail(ctx, 'incidents:tolerance', {
      id: again.id,
      decision: 'mitigated',
      body: '局党组',
      docNo: '医保党组〔2026〕1号',
      date: '2026-03-01',
      distinction: 1,
    });
    expect(refused.message).toBe('同类事件在12个月内重复发生（2025-02-14 工作推进不理想：先行先试出现偏差），按规定不能再次容错。');
    const later = await callOk(ctx, 'incidents:save', {
      personId: ids.ding,
      kind: '工作推进不理想',
      handling: '提醒谈话',
      date: '2026-02-15',
      reason: '一年多以后',
    });
    // 2026-02-15 looks back to 2025-02-15: the 2025-02-14 event is outside, but 2026-02-13 is inside.
    expect(
      (
        await callFail(ctx, 'incidents:tolerance', {
          id: later.id,
          decision: 'mitigated',
          body: '局党组',
          docNo: 'x',
          date: '2026-03-01',
          distinction: 2,
        })
      ).message,
    ).toMatch(/2026-02-13/);
    const other = await callOk(ctx, 'incidents:save', {
      personId: ids.bu,
      kind: '工作推进不理想',
      handling: '提醒谈话',
      date: '2026-02-15',
      reason: '别人的事',
    });
    expect(
      (
        await callOk(ctx, 'incidents:tolerance', {
          id: other.id,
          decision: 'mitigated',
          body: '局党组',
          docNo: 'y',
          date: '2026-03-01',
          distinction: 3,
          note: '主动纠错',
        })
      ).tolerance?.decision,
    ).toBe('mitigated');
    const praise = await callOk(ctx, 'incidents:save', {
      personId: ids.bu,
      kind: '表彰奖励',
      handling: '通报表扬',
      date: '2025-04-08',
      reason: '服务站点建设成绩突出',
    });
    expect(
      (
        await callFail(ctx, 'incidents:tolerance', {
          id: praise.id,
          decision: 'exempt',
          body: '局党组',
          docNo: 'z',
          date: '2025-05-01',
          distinction: 1,
        })
      ).message,
    ).toBe('正面表现不需要容错认定。');
    const log = await callOk(ctx, 'audit:recent', { limit: 20 });
    expect(log.filter((e) => e.action === 'incident.tolerance').map((e) => e.summary)).toEqual([
      '容错认定：卜二 2026-02-15 工作推进不理想 → 从轻（局党组 y）',
      '容错认定：丁一 2025-02-14 工作推进不理想 → 免责（局党组 医保党组〔2025〕5号）',
    ]);
  });
});
