import { describe, expect, it } from 'vitest';
import { gapsBefore, dueSlots, unitProgress, type StepContext } from '../../shared/domain/completeness';
import { DEFAULT_DEADLINES, publicityEnds, reviewsDue } from '../../shared/domain/deadlines';
import type { Incident } from '../../shared/domain/incident';
import type { Participant } from '../../shared/domain/period';
import { emptyUnitInputs, type UnitInputs } from '../../shared/domain/period-inputs';
import { awaitingTolerance, todoSummary } from '../../shared/domain/todo';

const person = (personId: string, name: string, unitId: string, undetermined = false): Participant => ({
  personId,
  name,
  unitId,
  establishment: null,
  category: null,
  post: null,
  undetermined: undetermined ? { reason: '借调在外由借入单位考核', note: null } : null,
});
const Q1 = { start: '2025-01-01', end: '2025-03-31' };
const participants = [
  person('p1', '丁一', 'office'),
  person('p2', '王五', 'office'),
  person('p3', '郭局长', 'bureau'),
  person('p4', '借调者', 'office', true),
];
const record = (personId: string, date: string) => ({
  id: `${personId}-${date}`,
  personId,
  date,
  content: '工作',
  progress: null,
  note: null,
  createdAt: '',
  updatedAt: '',
});
const review = (personId: string, score: number | null) => ({
  personId,
  reviewerId: null,
  score,
  proposed: null,
  comment: null,
  check: null,
  updatedAt: '',
});

/** 丁一 wrote every week of January, 王五 only the first; 丁一 has a 小结 and a review. */
function inputs(): UnitInputs[] {
  const office = emptyUnitInputs('2025-Q1', 'office');
  for (const d of ['2025-01-02', '2025-01-08', '2025-01-15', '2025-01-22', '2025-01-29']) office.workRecords.push(record('p1', d));
  office.workRecords.push(record('p2', '2025-01-03'));
  office.summaries.push({ personId: 'p1', text: '本季度完成……', attendance: { absentDays: 0, leaveDays: 0, lateTimes: 0 }, updatedAt: '' });
  office.summaries.push({ personId: 'p2', text: '  ', attendance: { absentDays: 0, leaveDays: 0, lateTimes: 0 }, updatedAt: '' });
  office.reviews.push(review('p1', 92), review('p2', null));
  return [office];
}
const needsReview = (p: Participant) => p.personId !== 'p3'; // 郭局长: 由上级党组织考核
// 2025-02-03 is a Monday: the weeks W01 (12-30—1-5) … W05 (1-27—2-2) are over.
const progress = () =>
  unitProgress({ period: { ...Q1, participants }, inputs: inputs(), today: '2025-02-03', cadence: 'week', needsReview });

describe('completeness of a period’s material, per unit', () => {
  it('counts only the weeks that are over, and a week is covered by any entry in it', () => {
    expect(dueSlots(Q1, '2025-02-03', 'week')).toEqual(['2025-W01', '2025-W02', '2025-W03', '2025-W04', '2025-W05']);
    expect(dueSlots(Q1, '2025-02-03', 'month')).toEqual(['2025-01']);
    expect(dueSlots(Q1, '2025-01-01', 'week')).toEqual([]);
  });

  it('per unit: who wrote every week, who has a 小结 (not blank), who has a 评鉴; 不确定等次 and the superior-appraised are left out where they should be', () => {
    const [office, bureau] = progress();
    expect(office).toMatchObject({
      unitId: 'office',
      people: 2,
      recordSlots: 5,
      recordsComplete: 1,
      summaries: 1,
      reviewsNeeded: 2,
      reviews: 1,
    });
    expect(office.recordGaps).toEqual([{ personId: 'p2', name: '王五', unitId: 'office', missing: 4 }]);
    expect(office.summaryGaps.map((g) => g.name)).toEqual(['王五']);
    expect(office.reviewGaps.map((g) => g.name)).toEqual(['王五']);
    // 郭局长 has no unit file at all: nothing written, but no 评鉴 is asked of him.
    expect(bureau).toMatchObject({
      unitId: 'bureau',
      people: 1,
      recordsComplete: 0,
      summaries: 0,
      reviewsNeeded: 0,
      reviews: 0,
      reviewGaps: [],
    });
  });
});

describe('what is missing before each step', () => {
  const context = (over: Partial<StepContext> = {}): StepContext => ({
    progress: progress(),
    ties: 0,
    unconfirmed: [],
    publicityEnd: null,
    today: '2025-02-03',
    cadence: 'week',
    ...over,
  });

  it('评鉴 asks for the 纪实 and 小结, with names and how many weeks are missing', () => {
    expect(gapsBefore('reviewing', context())).toEqual([
      { key: 'records', text: '2 人的工作纪实不全（每周至少一条）', count: 2, names: ['王五（缺4周）', '郭局长（缺5周）'] },
      { key: 'summaries', text: '2 人还没有个人小结', count: 2, names: ['王五', '郭局长'] },
    ]);
  });

  it('评定 and 公示 ask for the 评鉴; 公示 also lists open ties and unconfirmed accountability results', () => {
    expect(gapsBefore('grading', context()).map((g) => g.text)).toEqual(['1 人还没有主管领导评鉴']);
    expect(gapsBefore('publicity', context({ ties: 1, unconfirmed: ['陈明'] })).map((g) => g.text)).toEqual([
      '1 人还没有主管领导评鉴',
      '1 个名额池的同分待决定',
      '1 个管理责任结果未确认',
    ]);
  });

  it('归档 before the 公示期 is over warns with the days left; from the day after, nothing', () => {
    const end = publicityEnds('2025-04-10', DEFAULT_DEADLINES);
    expect(end).toBe('2025-04-16');
    expect(gapsBefore('archived', context({ publicityEnd: end, today: '2025-04-10' }))).toEqual([
      { key: 'publicity', text: '公示期到 2025.04.16 才结束，还有 7 天', count: 7, names: [] },
    ]);
    expect(gapsBefore('archived', context({ publicityEnd: end, today: '2025-04-17' }))).toEqual([]);
  });
});

describe('the 待办 page of a period', () => {
  const base = {
    progress: progress(),
    unitLabel: (id: string) => ({ office: '办公室', bureau: '局机关' })[id] ?? id,
    deadlines: DEFAULT_DEADLINES,
    today: '2025-02-03',
    awaitingTolerance: [],
    ties: [],
    unconfirmed: [],
    graded: true,
  };
  const period = { id: '2025-Q1', label: '2025年第一季度', ...Q1, history: [] };

  it('while 进行中: the end of the period is due; per unit 纪实 and 小结 (no 评鉴 yet), units with gaps first', () => {
    const t = todoSummary({ ...base, period: { ...period, state: 'recording' } });
    expect(t.due).toEqual({ what: '工作纪实（每周至少一条）、个人小结，本期截止', date: '2025-03-31', days: 56 });
    expect(t.units).toEqual([
      {
        unitId: 'office',
        label: '办公室',
        people: 2,
        records: { done: 1, of: 2 },
        summaries: { done: 1, of: 2 },
        reviews: null,
        tolerance: 0,
        missing: { records: ['王五（缺4周）'], summaries: ['王五'], reviews: [] },
        open: true,
      },
      {
        unitId: 'bureau',
        label: '局机关',
        people: 1,
        records: { done: 0, of: 1 },
        summaries: { done: 0, of: 1 },
        reviews: null,
        tolerance: 0,
        missing: { records: ['郭局长（缺5周）'], summaries: ['郭局长'], reviews: [] },
        open: true,
      },
    ]);
    expect(t.lines).toEqual([]);
  });

  it('in 评定: the 评鉴 deadline (N days after the quarter), ties and accountability results to confirm, 容错 to consider', () => {
    const t = todoSummary({
      ...base,
      today: '2025-04-05',
      awaitingTolerance: [{ unitId: 'office' }, { unitId: 'office' }],
      ties: ['全局剩 1 个“好”，丁一、王五 同分'],
      unconfirmed: ['陈明'],
      period: { ...period, state: 'grading' },
    });
    expect(t.due).toEqual({ what: '主管领导评鉴', date: reviewsDue(Q1, DEFAULT_DEADLINES), days: 5 });
    // 局机关's only person is appraised by the superior organisation: no 评鉴 asked there.
    expect(t.units.map((u) => [u.label, u.records, u.reviews, u.open])).toEqual([
      ['办公室', null, { done: 1, of: 2 }, true],
      ['局机关', null, null, false],
    ]);
    expect(t.lines.map((l) => l.text)).toEqual([
      '1 个名额池的同分待决定：全局剩 1 个“好”，丁一、王五 同分',
      '管理责任结果待确认：陈明',
      '本期有 2 条负面事项未作容错认定：需要容错的，请在评定前登记',
    ]);
  });

  it('in 公示: the days left, then that it may be archived', () => {
    const publicity = {
      ...period,
      state: 'publicity' as const,
      history: [{ from: 'grading' as const, to: 'publicity' as const, at: '2025-04-10T09:00:00+08:00', by: '张三', reason: null }],
    };
    expect(todoSummary({ ...base, today: '2025-04-12', period: publicity }).lines.map((l) => l.text)).toEqual([
      '公示中，还有 5 天期满；期满无异议后归档',
    ]);
    expect(todoSummary({ ...base, today: '2025-04-17', period: publicity }).lines.map((l) => [l.level, l.text])).toEqual([
      ['todo', '公示期已满，可以归档：在考核周期中点“下一步”'],
    ]);
  });

  it('容错: only negative records of the accountability kinds, in the period, without a decision', () => {
    const incident = (id: string, kind: Incident['kind'], date: string, tolerated = false) =>
      ({ id, kind, date, tolerance: tolerated ? { decision: 'exempt' } : null }) as unknown as Incident;
    const list = [
      incident('a', '工作推进不理想', '2025-02-01'),
      incident('b', '造成不良影响', '2025-02-01', true),
      incident('c', '违反工作纪律', '2025-02-01'),
      incident('d', '昏庸懒散拖问题突出', '2024-12-31'),
      incident('e', '表彰奖励', '2025-02-01'),
    ];
    expect(awaitingTolerance(list, Q1).map((i) => i.id)).toEqual(['a']);
  });
});
