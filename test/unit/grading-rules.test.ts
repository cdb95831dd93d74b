import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grade } from '../../shared/domain/grade';
import { ACCOUNTABILITY_KINDS, checkIncidentDate, type Incident } from '../../shared/domain/incident';
import type { Participant } from '../../shared/domain/period';
import { annualRollup, type AnnualPeriod } from '../../shared/grading/annual';
import { unconfirmed } from '../../shared/grading/confirmations';
import { gradePeriod } from '../../shared/grading/engine';
import { contractYear } from '../../shared/grading/renewal';
import { DEFAULT_APPRAISAL_SETTINGS, type AccountabilityReading, type AppraisalSettings } from '../../shared/grading/settings';
import { outcomesDigest, staleInputs } from '../../shared/grading/stale';
import type { GradeOrUndetermined } from '../../shared/grading/types';
import { Q1, Q2, earlier, incident, input, role, tolerance, unit, who } from './grading-fixtures';

/**
 * Issue 16, computed by hand. One organisation: 局机关 with 办公室, 待遇保障科, 基金监管科, 组织人事科.
 * 党组主要负责人 chief; 班子成员 M 分管 办公室 + 待遇保障科, N 分管 基金监管科 + 组织人事科; a 科室负责人
 * in each 科室 (H1…H4) and one 科员 (o1, b1, f1, h1). Everyone is 较好 in both quarters except o1,
 * 一般 this quarter; b1 (待遇保障科) had a 提醒谈话 for 工作推进不理想 on 2025-05-10.
 */
const UNITS = [
  unit('b', '局机关', 'bureau', null),
  unit('office', '办公室', 'department', 'b', 1),
  unit('benefits', '待遇保障科', 'department', 'b', 2),
  unit('fund', '基金监管科', 'department', 'b', 3),
  unit('hr', '组织人事科', 'department', 'b', 4),
];
const ROLES = [
  role('chief', 'principal', 'b'),
  role('M', 'leadershipMember', 'b', ['benefits', 'office']),
  role('N', 'leadershipMember', 'b', ['fund', 'hr']),
  role('H1', 'departmentHead', 'office'),
  role('H2', 'departmentHead', 'benefits'),
  role('H3', 'departmentHead', 'fund'),
  role('H4', 'departmentHead', 'hr'),
];
const PLACES: Record<string, string> = {
  M: 'b',
  N: 'b',
  H1: 'office',
  o1: 'office',
  H2: 'benefits',
  b1: 'benefits',
  H3: 'fund',
  f1: 'fund',
};
const placeOf = (id: string) => PLACES[id] ?? 'hr';
const STAFF = ['M', 'N', 'H1', 'H2', 'H3', 'H4', 'o1', 'b1', 'f1', 'h1'];
const b1Talk = incident('b1', '工作推进不理想', '提醒谈话', '2025-05-10', { unitId: 'benefits' });

function organisation(
  o: { o1Now?: Grade; incidents?: Incident[]; reading?: AccountabilityReading; settings?: Partial<AppraisalSettings> } = {},
) {
  const people: [Participant, number | null, Grade | null][] = [
    [who('chief', 'b'), null, null],
    ...STAFF.map((id): [Participant, number, Grade] => [who(id, placeOf(id)), 85, id === 'o1' ? (o.o1Now ?? 'average') : 'fair']),
  ];
  return input(
    people,
    {
      units: UNITS,
      roles: ROLES,
      incidents: o.incidents ?? [b1Talk],
      earlier: [earlier(Q1, Object.fromEntries(STAFF.map((id) => [id, [placeOf(id), 'fair']])))],
    },
    { accountabilityReading: o.reading ?? 'responsibility', ...o.settings },
  );
}
const triggered = (r: ReturnType<typeof gradePeriod>) => r.accountability.map((a) => [a.name, a.scope]);
const stepsOf = (r: ReturnType<typeof gradePeriod>, id: string) => r.outcomes.find((x) => x.personId === id)!.steps.map((s) => s.reason);

describe('accountability scope: the same organisation under the three readings (DOMAIN.md §4.4)', () => {
  it('按职责范围 (default): M’s 分管范围 is one scope and its 一般 (o1, 办公室) clears him; only H2 of 待遇保障科 is 较差', () => {
    expect(DEFAULT_APPRAISAL_SETTINGS.accountabilityReading).toBe('responsibility');
    const r = gradePeriod(organisation());
    expect(triggered(r)).toEqual([['H2', '待遇保障科']]);
    expect(r.outcomes.find((o) => o.personId === 'H2')!.grade).toBe('poor');
    expect(r.outcomes.find((o) => o.personId === 'M')!.grade).toBe('fair');
    expect(stepsOf(r, 'H2').at(-1)).toBe(
      '管理责任（按职责范围）：待遇保障科本期1人，2025年第一季度、2025年第二季度无人被评为“一般”“较差”，但有1起未予容错的问题（2025-05-10 工作推进不理想（b1）），科室负责人直接评为“较差”',
    );
    // The evidence: both quarters' counts (H2 judged, so left out: b1 alone).
    expect(r.accountability[0].perPeriod).toEqual([
      { label: '2025年第一季度', people: 1, good: 0, fair: 1, ungraded: 0 },
      { label: '2025年第二季度', people: 1, good: 0, fair: 1, ungraded: 0 },
    ]);
  });

  it('分管单位逐个: 待遇保障科 on its own has no 一般, so M is 较差 as well as H2', () => {
    const r = gradePeriod(organisation({ reading: 'perUnit' }));
    expect(triggered(r)).toEqual([
      ['M', '分管单位（待遇保障科）'],
      ['H2', '待遇保障科'],
    ]);
    expect(stepsOf(r, 'M').at(-1)).toBe(
      '管理责任（分管单位逐个）：分管单位（待遇保障科）本期1人，2025年第一季度、2025年第二季度无人被评为“一般”“较差”，但有1起未予容错的问题（2025-05-10 工作推进不理想（b1）），党组班子成员直接评为“较差”',
    );
  });

  it('全局（字面）: the bureau had an 一般 (o1), so nobody is', () => {
    expect(triggered(gradePeriod(organisation({ reading: 'literal' })))).toEqual([]);
  });

  it('全局（字面） without that 一般: every role holder is 较差, also the heads of 科室 without any event; the 主要负责人’s is a recommendation', () => {
    const r = gradePeriod(organisation({ reading: 'literal', o1Now: 'fair' }));
    expect(r.accountability.map((a) => a.name)).toEqual(['chief', 'M', 'N', 'H1', 'H2', 'H3', 'H4']);
    expect(new Set(r.accountability.map((a) => a.scope))).toEqual(new Set(['全局']));
    // Every role holder is judged for the bureau, so all of them are left out: the four 科员 remain.
    expect(r.accountability[0].peopleInScope).toBe(4);
    expect(r.outcomes.filter((o) => o.grade === 'poor').map((o) => o.personId)).toEqual(['H1', 'H2', 'H3', 'H4', 'M', 'N']);
    const chief = r.outcomes.find((o) => o.personId === 'chief')!;
    expect(chief).toMatchObject({ grade: null, superior: true });
    expect(chief.steps.at(-1)!.reason).toMatch(
      /^管理责任（全局（字面））：全局本期4人，.*党组主要负责人由上级党组织考核，建议上级党组织评为“较差”$/,
    );
  });

  it('按职责范围 without that 一般: the 班子成员 answer for the whole bureau too, the heads of 科室 without events do not', () => {
    expect(triggered(gradePeriod(organisation({ o1Now: 'fair' })))).toEqual([
      ['chief', '全局'],
      ['M', '全局'],
      ['N', '全局'],
      ['H2', '待遇保障科'],
    ]);
  });
});

type CaseOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

describe('readings, for any grades and events', () => {
  const arbCase = fc.record({
    now: fc.dictionary(fc.constantFrom(...STAFF), fc.constantFrom<Grade>('good', 'fair', 'average')),
    before: fc.dictionary(fc.constantFrom(...STAFF), fc.constantFrom<Grade>('good', 'fair', 'average')),
    events: fc.array(
      fc.record({ who: fc.constantFrom(...STAFF), kind: fc.constantFrom(...ACCOUNTABILITY_KINDS), day: fc.integer({ min: 0, max: 180 }) }),
      { maxLength: 4 },
    ),
  });
  const build = (c: CaseOf<typeof arbCase>, reading: AccountabilityReading) => {
    const base = organisation({
      reading,
      incidents: c.events.map((e, i) =>
        incident(
          e.who,
          e.kind,
          '提醒谈话',
          `2025-${String(1 + Math.floor(e.day / 30)).padStart(2, '0')}-${String(1 + (e.day % 28)).padStart(2, '0')}`,
          {
            id: `e${i}`,
            unitId: placeOf(e.who),
          },
        ),
      ),
    });
    return {
      ...base,
      reviews: base.reviews.map((r) => (r.personId in c.now ? { ...r, proposed: c.now[r.personId] } : r)),
      earlier: [earlier(Q1, Object.fromEntries(STAFF.map((id) => [id, [placeOf(id), c.before[id] ?? 'fair']])))],
    };
  };
  const held = (r: ReturnType<typeof gradePeriod>) => new Set(r.accountability.map((a) => a.personId));

  it('按职责范围 never holds anyone who 分管单位逐个 would not', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const perUnit = held(gradePeriod(build(c, 'perUnit')));
        for (const id of held(gradePeriod(build(c, 'responsibility')))) expect(perUnit.has(id)).toBe(true);
      }),
    );
  });

  it('全局（字面） holds every role holder or nobody', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const n = held(gradePeriod(build(c, 'literal'))).size;
        expect([0, ROLES.length]).toContain(n);
      }),
    );
  });

  it('a result’s fingerprint does not depend on the order of the records', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const a = build(c, 'responsibility');
        const fingerprints = (i: typeof a) => gradePeriod(i).accountability.map((x) => x.fingerprint);
        expect(fingerprints({ ...a, incidents: [...a.incidents].reverse() })).toEqual(fingerprints(a));
      }),
    );
  });
});

describe('a confirmation belongs to the result it confirmed', () => {
  it('confirm → 免责 and re-run (no result) → a new event and re-run: the new result is unconfirmed', () => {
    const first = gradePeriod(organisation()).accountability;
    const confirmed = first.map((a) => ({ fingerprint: a.fingerprint }));
    expect(unconfirmed(first, confirmed)).toEqual([]);
    // Re-running the same data gives the same fingerprint, whatever the order of the records.
    expect(gradePeriod(organisation({ incidents: [b1Talk] })).accountability[0].fingerprint).toBe(first[0].fingerprint);

    const exempt = { ...b1Talk, tolerance: tolerance('exempt', '2025-06-01') };
    const cleared = gradePeriod(organisation({ incidents: [exempt] }));
    expect(cleared.accountability).toEqual([]);
    expect(cleared.outcomes.find((o) => o.personId === 'H2')!.grade).toBe('fair');

    const another = incident('f1', '造成不良影响', '批评教育', '2025-06-12', { unitId: 'benefits' });
    const again = gradePeriod(organisation({ incidents: [exempt, { ...another, personId: 'b1', id: 'i-b1-0612' }] })).accountability;
    expect(again.map((a) => a.name)).toEqual(['H2']);
    expect(again[0].fingerprint).not.toBe(first[0].fingerprint);
    expect(unconfirmed(again, confirmed).map((a) => a.name)).toEqual(['H2']);
  });

  it('the same person, scope and events under another reading need their own confirmation', () => {
    const responsibility = gradePeriod(organisation()).accountability.find((a) => a.name === 'H2')!;
    const perUnit = gradePeriod(organisation({ reading: 'perUnit' })).accountability.find((a) => a.name === 'H2')!;
    expect(perUnit.fingerprint).not.toBe(responsibility.fingerprint);
  });

  it('a recommendation to the superior organisation never holds up 公示', () => {
    const r = gradePeriod(organisation({ reading: 'literal', o1Now: 'fair' })).accountability;
    expect(unconfirmed(r, []).map((a) => a.name)).toEqual(['M', 'N', 'H1', 'H2', 'H3', 'H4']);
  });
});

describe('every event in its person’s own reasons', () => {
  it('a 提醒谈话 is listed “列出，不影响等次”, and as evidence of H2’s result', () => {
    const r = gradePeriod(organisation());
    expect(r.outcomes.find((o) => o.personId === 'b1')!.grade).toBe('fair');
    expect(stepsOf(r, 'b1')).toEqual([
      '主管领导拟评“较好”（85分）',
      '表现记录：2025-05-10 工作推进不理想（提醒谈话，影响期至 2025-08-09）：列出，不影响等次',
      '本人的表现记录（2025-05-10 工作推进不理想）是管理责任规则结果的依据：H2（科室负责人，待遇保障科）评为“较差”；不影响本人等次',
    ]);
  });

  it('a positive record and a record of someone not graded are listed too', () => {
    const praise = incident('f1', '表彰奖励', '嘉奖', '2025-04-20', { unitId: 'fund' });
    const onProbation = incident('h1', '违反工作纪律', '批评教育', '2025-05-01', { unitId: 'hr' });
    const base = organisation({ incidents: [praise, onProbation] });
    const r = gradePeriod({
      ...base,
      participants: base.participants.map((p) =>
        p.personId === 'h1' ? { ...p, undetermined: { reason: '新录用试用期', note: null } } : p,
      ),
    });
    expect(stepsOf(r, 'f1').at(-1)).toBe('表现记录：2025-04-20 表彰奖励（嘉奖）：列出，不影响等次');
    expect(stepsOf(r, 'h1')).toEqual([
      '本期不确定等次：新录用试用期',
      '表现记录：2025-05-01 违反工作纪律（批评教育，影响期至 2025-07-31）：列出，不影响等次',
    ]);
  });
});

describe('由上级党组织考核 (DOMAIN.md §1)', () => {
  it('the 主要负责人 and anyone the settings mark: no grade, no 评鉴 needed, outside the quota', () => {
    const r = gradePeriod(organisation({ settings: { superiorAppraised: ['N'] } }));
    for (const id of ['chief', 'N']) {
      const o = r.outcomes.find((x) => x.personId === id)!;
      expect(o).toMatchObject({ grade: null, superior: true });
      expect(o.steps[0].reason).toBe('由上级党组织考核，不参加本局评定，不占名额');
    }
    expect(r.openDecisions).toEqual([]);
    // 9 graded (10 staff less N): 40% → 3 seats.
    expect(r.pools).toEqual([{ key: 'bureau', label: '全局', graded: 9, seats: 3, used: 0, tie: null }]);
  });

  it('an override does not give them a grade', () => {
    const r = gradePeriod(organisation(), { ties: {}, overrides: [{ personId: 'chief', grade: 'good', reason: '误操作测试' }] });
    expect(r.outcomes.find((x) => x.personId === 'chief')!.grade).toBeNull();
  });
});

describe('the second review step (分管领导 审核)', () => {
  const reviewed = (check: { decision: 'agree' | 'adjust'; grade: Grade | null; opinion: string | null } | null, secondStep = true) =>
    gradePeriod(
      input(
        [[who('a'), 92, 'good']],
        {
          reviews: [{ personId: 'a', score: 92, proposed: 'good', check, needsCheck: true }],
        },
        { reviewers: { ...DEFAULT_APPRAISAL_SETTINGS.reviewers, secondStep } },
      ),
    );

  it('agreeing keeps the grade, adjusting replaces it with the opinion in the reason', () => {
    expect(reviewed({ decision: 'agree', grade: null, opinion: null }).outcomes[0].steps[0].reason).toBe(
      '主管领导拟评“好”（92分）；分管领导审核同意',
    );
    const adjusted = reviewed({ decision: 'adjust', grade: 'fair', opinion: '全年重点任务有一项滞后' }).outcomes[0];
    expect(adjusted.grade).toBe('fair');
    expect(adjusted.steps[0].reason).toBe('主管领导拟评“好”（92分）；分管领导审核调整为“较好”：全年重点任务有一项滞后');
  });

  it('a 评鉴 waiting for its 审核 is an open decision; with the step off the 审核 is ignored', () => {
    expect(reviewed(null).openDecisions).toEqual(['a的评鉴还没有经分管领导审核。']);
    const off = reviewed({ decision: 'adjust', grade: 'fair', opinion: '意见' }, false);
    expect(off.outcomes[0].steps[0]).toMatchObject({ to: 'good', reason: '主管领导拟评“好”（92分）' });
    expect(off.openDecisions).toEqual([]);
  });
});

describe('stale inputs: an earlier period changed after a later one was graded on it', () => {
  const q1Grades = earlier(Q1, { x: ['office', 'fair'], y: ['office', 'good'] });
  const r = gradePeriod(input([[who('x'), 85, 'fair']], { earlier: [q1Grades] }));
  const digestNow = outcomesDigest(q1Grades.outcomes);
  const changed = outcomesDigest([
    ...q1Grades.outcomes.slice(0, 1),
    { personId: 'y', unitId: 'office', gradeBeforeAccountability: 'average' },
  ]);

  it('the result keeps what it was computed on; nothing changed, nothing to say', () => {
    expect(r.basis).toEqual([{ periodId: Q1.id, label: Q1.label, digest: digestNow }]);
    const now = [{ periodId: Q1.id, label: Q1.label, gradable: false, stored: digestNow, fresh: digestNow }];
    expect(staleInputs(Q2, r.basis, now)).toEqual({ warnings: [], order: [] });
  });

  it('reopened and changed, not re-graded: warn, re-grade the earlier one first (or move it back first)', () => {
    const now = { periodId: Q1.id, label: Q1.label, gradable: true, stored: digestNow, fresh: changed };
    const s = staleInputs(Q2, r.basis, [now]);
    expect(s.order).toEqual(['2025-Q1', '2025-Q2']);
    expect(s.warnings.map((w) => w.message)).toEqual([
      '2025年第一季度评定后，其评鉴、考核名单或表现记录有改动，但还没有重新评定；2025年第二季度的评定用的是它改动前的等次。请按顺序重新评定2025年第一季度和2025年第二季度。',
    ]);
    const archived = staleInputs(Q2, r.basis, [{ ...now, gradable: false }]);
    expect(archived.order).toEqual(['2025-Q2']);
    expect(archived.warnings[0].message).toMatch(/请先将2025年第一季度退回“评定”并重新评定，再重新评定2025年第二季度。$/);
  });

  it('re-graded with other grades since: only this period needs re-grading', () => {
    const s = staleInputs(Q2, r.basis, [{ periodId: Q1.id, label: Q1.label, gradable: true, stored: changed, fresh: changed }]);
    expect(s.order).toEqual(['2025-Q2']);
    expect(s.warnings[0]).toMatchObject({ kind: 'regraded' });
  });
});

describe('event dates', () => {
  const first = { label: '2025年第一季度', start: '2025-01-01' };
  it('after today: refused; before the first period: kept with a warning; otherwise fine', () => {
    expect(checkIncidentDate('2026-12-08', '2026-12-07', first).error).toBe(
      '日期 2026-12-08 晚于今天（2026-12-07），表现记录只能登记已经发生的事项。',
    );
    expect(checkIncidentDate('2024-11-20', '2026-12-07', first)).toEqual({
      error: null,
      warning: '日期 2024-11-20 早于第一个考核周期（2025年第一季度，自 2025-01-01 起）；已登记，影响期覆盖到的周期仍按它评定。',
    });
    expect(checkIncidentDate('2026-12-07', '2026-12-07', first)).toEqual({ error: null, warning: null });
    expect(checkIncidentDate('2020-01-01', '2026-12-07', null)).toEqual({ error: null, warning: null });
  });
  it('an event before the first period still caps a later one through its 影响期', () => {
    const early = incident('a', '造成不良影响', '诫勉', '2024-11-20');
    expect(gradePeriod(input([[who('a'), 95, 'good']], { incidents: [early] })).outcomes[0].grade).toBe('fair');
  });
});

describe('续聘 on the contract year, and the year’s warning', () => {
  const QUARTERS = ['2024-07-01', '2024-10-01', '2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01'];
  const GRADES: GradeOrUndetermined[] = ['poor', 'poor', 'good', 'fair', 'fair', 'fair'];
  const period = (start: string, i: number): AnnualPeriod => ({
    id: `p${i}`,
    label: `${start.slice(0, 4)}年第${'一二三四'[Math.floor(Number(start.slice(5, 7)) / 3)]}季度`,
    kind: 'quarter',
    start,
    published: true,
    outcomes: [{ personId: 'c', grade: GRADES[i] }],
  });
  const all = QUARTERS.map(period);
  const rollup = (contractStart: string | null, periods = all.slice(2), before = all.slice(0, 2)) =>
    annualRollup(
      2025,
      periods,
      [{ personId: 'c', name: '聘用甲', unitLabel: '办公室', establishment: '编外聘用', contractStart }],
      [],
      DEFAULT_APPRAISAL_SETTINGS,
      before,
    );

  it('the contract year ending in the year: July → 2024.07—2025.06, January → the calendar year, begun this year → its first year', () => {
    expect(contractYear('2023.07', 2025)).toEqual({ start: '2024-07-01', end: '2025-06-30', label: '2024.07—2025.06' });
    expect(contractYear('2019.01', 2025)).toEqual({ start: '2025-01-01', end: '2025-12-31', label: '2025.01—2025.12' });
    expect(contractYear('2025.03', 2025)).toEqual({ start: '2025-03-01', end: '2026-02-28', label: '2025.03—2026.02' });
    expect(contractYear(null, 2025)).toBeNull();
    expect(contractYear('2026.03', 2025)).toBeNull();
  });

  it('two 较差 in the contract year (2024 Q3, Q4): not recommended; the calendar year 2025 alone would have been', () => {
    expect(rollup('2023.07').rows[0].renewal).toEqual({
      recommended: false,
      reason: '合同年度（2024.07—2025.06）“较差”2次（达到2次），不建议续聘',
    });
    expect(rollup(null).rows[0].renewal).toEqual({
      recommended: true,
      reason: '本年度“一般”及以下0次，建议续聘（未登记合同起始时间，按自然年度计算）',
    });
  });

  it('a year with 1 graded period of 4 says so before anything is judged on it', () => {
    const r = rollup(null, [all[2]], []);
    expect(r.warnings).toEqual([
      '2025年只有1期季度平时考核有评定结果（第一季度），全年应有4期；评优资格、优秀名额和续聘建议只依据这1期，仅供参考。',
    ]);
    expect(rollup(null).warnings).toEqual([]);
  });
});
