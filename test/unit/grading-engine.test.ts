import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grade } from '../../shared/domain/grade';
import type { Incident } from '../../shared/domain/incident';
import type { Participant } from '../../shared/domain/period';
import { gradePeriod } from '../../shared/grading/engine';
import { DEFAULT_APPRAISAL_SETTINGS, goodSeats } from '../../shared/grading/settings';
import type { GradingInput } from '../../shared/grading/types';
import { Q1, earlier as earlierOf, gradesOf, incident, input, role, tolerance, who } from './grading-fixtures';

describe('quota for 好', () => {
  it.each([
    // pool size, rounding, seats — by hand: 7×0.4=2.8, 10×0.4=4, 3×0.4=1.2, 2×0.4=0.8 (no minimum under 3 people)
    [7, 'floor', 2],
    [7, 'round', 3],
    [7, 'ceil', 3],
    [10, 'floor', 4],
    [10, 'round', 4],
    [10, 'ceil', 4],
    [3, 'floor', 1],
    [3, 'round', 1],
    [3, 'ceil', 2],
    [2, 'floor', 0],
    [2, 'round', 1],
    [2, 'ceil', 1],
  ] as const)('%i people, %s → %i seats; the lowest scores move to 较好 with the reason', (n, rounding, seats) => {
    expect(goodSeats(n, { ...DEFAULT_APPRAISAL_SETTINGS, rounding })).toBe(seats);
    const people = Array.from({ length: n }, (_, i) => [who(`p${i}`), 99 - i, 'good'] as [Participant, number, Grade]);
    const r = gradePeriod(input(people, {}, { rounding }));
    const kept = people.slice(0, seats).map(([p]) => p.personId);
    for (const o of r.outcomes) expect(o.grade).toBe(kept.includes(o.personId) ? 'good' : 'fair');
    expect(r.pools).toEqual([{ key: 'bureau', label: '全局', graded: n, seats, used: seats, tie: null }]);
    const moved = r.outcomes.find((o) => o.grade === 'fair');
    if (moved)
      expect(moved.steps.at(-1)!.reason).toMatch(
        new RegExp(`^全局“好”等次名额 ${seats} 个，按分数排第 ${seats + 1} 位（${99 - seats}），超出名额，评为“较好”$`),
      );
  });

  it('a tie at the cut is reported, not decided; the clerk’s choice settles it', () => {
    const people: [Participant, number, Grade][] = [
      [who('a'), 95, 'good'],
      [who('b'), 92, 'good'],
      [who('c'), 92, 'good'],
      [who('d'), 85, 'fair'],
      [who('e'), 70, 'average'],
    ];
    const r = gradePeriod(input(people));
    // 5 × 40% = 2 seats: a keeps one; b and c tie for the last.
    expect(r.pools[0].tie).toEqual({ personIds: ['b', 'c'], seatsLeft: 1 });
    expect(gradesOf(r)).toMatchObject({ a: 'good', b: 'good', c: 'good' });
    expect(r.openDecisions).toEqual(['全局“好”等次剩余 1 个名额，b、c 同分，请决定由谁保留“好”。']);
    const settled = gradePeriod(input(people), { ties: { bureau: ['c'] }, overrides: [] });
    expect(gradesOf(settled)).toMatchObject({ a: 'good', b: 'fair', c: 'good' });
    expect(settled.openDecisions).toEqual([]);
  });

  it('score bands give the base grade when no grade is proposed', () => {
    const r = gradePeriod(
      input([
        [who('a'), 90, null],
        [who('b'), 89.5, null],
        [who('c'), 60, null],
        [who('d'), 59, null],
      ]),
    );
    expect(gradesOf(r)).toEqual({ a: 'good', b: 'fair', c: 'average', d: 'poor' });
    expect(r.outcomes[0].steps[0].reason).toBe('评鉴得分 90 分，按分数段为“好”');
  });
});

describe('caps from 表现记录, 容错', () => {
  const three = (extra: Incident[]) =>
    input(
      [
        [who('a'), 95, 'good'],
        [who('b'), 80, 'fair'],
        [who('c'), 75, 'average'],
      ],
      { incidents: extra },
    );

  it('诫勉 in its window: not 好; a window ended before the period: no effect; crossing edges counts', () => {
    expect(gradesOf(gradePeriod(three([incident('a', '造成不良影响', '诫勉', '2025-01-10')]))).a).toBe('fair');
    // 通报批评 2024-09-15 + 6 months → until 2025-03-14: covers Q1, not Q2.
    const old = incident('a', '工作推进不理想', '通报批评', '2024-09-15');
    expect(old.impactUntil).toBe('2025-03-14');
    expect(gradesOf(gradePeriod(three([old]))).a).toBe('good');
    expect(gradesOf(gradePeriod({ ...three([old]), period: Q1 })).a).toBe('fair');
    // An incident dated after the period does not reach back.
    expect(gradesOf(gradePeriod(three([incident('a', '造成不良影响', '诫勉', '2025-07-01')]))).a).toBe('good');
  });

  it('the most severe cap wins: 诫勉 + 记过 → 不确定等次; 撤销党内职务 → 较差; open 立案审查 → 不确定等次', () => {
    const r = gradePeriod(
      three([
        incident('a', '造成不良影响', '诫勉', '2025-01-10'),
        incident('a', '违反工作纪律', '记过', '2025-02-01'),
        incident('b', '违反工作纪律', '撤销党内职务', '2024-06-01'),
        incident('c', '其他负面情形', '立案审查', '2025-05-01'),
      ]),
    );
    expect(gradesOf(r)).toEqual({ a: 'undetermined', b: 'poor', c: 'undetermined' });
    expect(r.outcomes[0].steps.at(-1)!.reason).toMatch(/按最重的一项，不确定等次$/);
    const closed = incident('c', '其他负面情形', '立案审查', '2025-01-05', { closedOn: '2025-03-20', impactUntil: '2025-03-20' });
    expect(gradesOf(gradePeriod(three([closed]))).c).toBe('average');
  });

  it('the bureau’s own cap table overrides the default: 通报批评 set to “不影响” no longer caps, 提醒谈话 set to “一般” does', () => {
    const r = gradePeriod({
      ...three([incident('a', '工作推进不理想', '通报批评', '2025-04-10'), incident('b', '工作推进不理想', '提醒谈话', '2025-04-10')]),
      settings: { ...DEFAULT_APPRAISAL_SETTINGS, caps: { 通报批评: 'none', 提醒谈话: 'average' } },
    });
    expect(gradesOf(r)).toMatchObject({ a: 'good', b: 'average' });
  });

  it('免责: listed, no effect; 从轻: one level milder', () => {
    const tol = tolerance;
    const exempt = gradePeriod(three([incident('a', '工作推进不理想', '诫勉', '2025-01-10', { tolerance: tol('exempt') })]));
    expect(exempt.outcomes[0]).toMatchObject({ grade: 'good' });
    expect(exempt.outcomes[0].steps.at(-1)!.reason).toMatch(/经免责认定（局党组 医保党组〔2025〕5号）：不影响等次$/);
    const mitigated = gradePeriod(
      three([
        incident('a', '违反工作纪律', '记过', '2025-01-10', { tolerance: tol('mitigated') }),
        incident('b', '违反工作纪律', '撤销党内职务', '2025-01-10', { tolerance: tol('mitigated') }),
      ]),
    );
    // 记过 (不确定等次) one level milder → not 好; 撤销党内职务 (较差) → at most 一般.
    expect(gradesOf(mitigated)).toMatchObject({ a: 'fair', b: 'average' });
  });
});

describe('manager accountability (DOMAIN.md §4.4)', () => {
  const earlier = (grades: Record<string, [string, Grade]>) => earlierOf(Q1, grades);
  const office = (more: Partial<GradingInput> = {}) =>
    input(
      [
        [who('head'), 93, 'good'],
        [who('x'), 91, 'good'],
        [who('y'), 85, 'fair'],
        [who('hr1', 'hr'), 70, 'average'],
        [who('chief', 'b'), 95, 'good'],
      ],
      {
        roles: [role('head', 'departmentHead', 'office'), role('chief', 'principal', 'b')],
        incidents: [incident('x', '工作推进不理想', '提醒谈话', '2025-02-20')],
        earlier: [
          earlier({ head: ['office', 'good'], x: ['office', 'fair'], y: ['office', 'good'], hr1: ['hr', 'fair'], chief: ['b', 'good'] }),
        ],
        ...more,
      },
    );

  it('triggers for the 科室负责人 when the 科室 had no 一般/较差 in two periods and a non-tolerated event', () => {
    const r = gradePeriod(office());
    expect(r.accountability.map((a) => [a.personId, a.role, a.scope, a.periods, a.incidents.map((i) => i.id)])).toEqual([
      ['head', '科室负责人', '办公室', ['2025年第一季度', '2025年第二季度'], ['i-x-2025-02-20']],
    ]);
    const head = r.outcomes.find((o) => o.personId === 'head')!;
    expect(head.grade).toBe('poor');
    expect(head.steps.at(-1)!.reason).toBe(
      '管理责任（按职责范围）：办公室本期2人，2025年第一季度、2025年第二季度无人被评为“一般”“较差”，但有1起未予容错的问题（2025-02-20 工作推进不理想（x）），科室负责人直接评为“较差”',
    );
    // The principal is appraised by the superior organisation (no grade here), and has no result: the bureau had an 一般 (hr1).
    expect(r.outcomes.find((o) => o.personId === 'chief')).toMatchObject({ grade: null, superior: true });
  });

  it('does not trigger when someone in the scope was 一般 in the window', () => {
    const r = gradePeriod(office({ earlier: [earlier({ x: ['office', 'average'], y: ['office', 'good'] })] }));
    expect(r.accountability).toEqual([]);
  });

  it('does not trigger when the event was 免责 (or is outside the window)', () => {
    const tolerated = incident('x', '工作推进不理想', '提醒谈话', '2025-02-20', {
      tolerance: tolerance('exempt', '2025-03-01'),
    });
    expect(gradePeriod(office({ incidents: [tolerated] })).accountability).toEqual([]);
    expect(gradePeriod(office({ incidents: [incident('x', '工作推进不理想', '提醒谈话', '2024-12-20')] })).accountability).toEqual([]);
  });

  it('triggers for bureau-level roles only when the whole bureau had no 一般/较差', () => {
    const calm = office({
      participants: [who('head'), who('x'), who('y'), who('hr1', 'hr'), who('chief', 'b')],
      reviews: [
        { personId: 'head', score: 93, proposed: 'good' },
        { personId: 'x', score: 91, proposed: 'good' },
        { personId: 'y', score: 85, proposed: 'fair' },
        { personId: 'hr1', score: 88, proposed: 'fair' },
        { personId: 'chief', score: 95, proposed: 'good' },
      ],
      earlier: [earlier({ x: ['office', 'fair'], y: ['office', 'good'], hr1: ['hr', 'fair'] })],
    });
    const r = gradePeriod(calm);
    expect(r.accountability.map((a) => [a.personId, a.scope]).sort()).toEqual([
      ['chief', '全局'],
      ['head', '办公室'],
    ]);
  });

  it('a person moved between units inside the window counts where they were in each period', () => {
    // y was 一般 in Q1 while in 组织人事科; now in 办公室. The 办公室 had no 一般/较差 in Q1.
    const r = gradePeriod(office({ earlier: [earlier({ x: ['office', 'fair'], y: ['hr', 'average'] })] }));
    expect(r.accountability.map((a) => a.personId)).toEqual(['head']);
  });
});

describe('properties', () => {
  const arbPeople = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      score: fc.integer({ min: 50, max: 100 }),
      proposed: fc.constantFrom<Grade | null>('good', 'fair', 'average', 'poor', null),
    }),
    { selector: (p) => p.id, minLength: 1, maxLength: 25 },
  );

  it('the same input in any order gives the same outcomes', () => {
    fc.assert(
      fc.property(arbPeople, fc.func(fc.integer()), (people, key) => {
        const rows = people.map((p) => [who(p.id), p.score, p.proposed] as [Participant, number, Grade | null]);
        const shuffled = [...rows].sort((a, b) => key(a[0].personId) - key(b[0].personId));
        expect(gradePeriod(input(shuffled))).toEqual(gradePeriod(input(rows)));
      }),
    );
  });

  it('without an undecided tie, 好 never exceeds the seats', () => {
    fc.assert(
      fc.property(arbPeople, (people) => {
        const r = gradePeriod(input(people.map((p) => [who(p.id), p.score, p.proposed])));
        for (const pool of r.pools) {
          const good = r.outcomes.filter((o) => o.grade === 'good').length;
          if (!pool.tie) expect(good).toBeLessThanOrEqual(pool.seats);
        }
      }),
    );
  });

  it('every override is recorded as a step with its reason', () => {
    const r = gradePeriod(input([[who('a'), 80, 'fair']]), {
      ties: {},
      overrides: [{ personId: 'a', grade: 'good', reason: '评鉴分数录入错误，经党组会研究调整' }],
    });
    expect(r.outcomes[0]).toMatchObject({ grade: 'good' });
    expect(r.outcomes[0].steps.at(-1)).toEqual({
      rule: 'override',
      from: 'fair',
      to: 'good',
      reason: '人工调整：评鉴分数录入错误，经党组会研究调整',
    });
  });
});
