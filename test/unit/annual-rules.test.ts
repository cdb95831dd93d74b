import { describe, expect, it } from 'vitest';
import type { Incident } from '../../shared/domain/incident';
import { annualRollup, type AnnualPeriod } from '../../shared/grading/annual';
import { DEFAULT_APPRAISAL_SETTINGS, type AppraisalSettings } from '../../shared/grading/settings';
import type { GradeOrUndetermined } from '../../shared/grading/types';

/** Four quarters for three people: 甲 好好较好较好, 乙 好较好较好较好, 丙 好好好一般. */
const GRADES: Record<string, GradeOrUndetermined[]> = {
  甲: ['good', 'good', 'fair', 'fair'],
  乙: ['good', 'fair', 'fair', 'fair'],
  丙: ['good', 'good', 'good', 'average'],
};
const periods: AnnualPeriod[] = [1, 2, 3, 4].map((q, i) => ({
  id: `2025-Q${q}`,
  label: `第${q}季度`,
  kind: 'quarter',
  start: `2025-${String(q * 3 - 2).padStart(2, '0')}-01`,
  published: true,
  outcomes: Object.entries(GRADES).map(([personId, g]) => ({ personId, grade: g[i] })),
}));
const people = Object.keys(GRADES).map((n) => ({ personId: n, name: n, unitLabel: '办公室', establishment: '行政编制' }));
const eligible = (rule: AppraisalSettings['annual']['rule'], incidents: Incident[] = []) =>
  annualRollup(2025, periods, people, incidents, { ...DEFAULT_APPRAISAL_SETTINGS, annual: { ...DEFAULT_APPRAISAL_SETTINGS.annual, rule } })
    .rows.filter((r) => r.eligible)
    .map((r) => r.name);

describe('年度优秀 eligibility under each selectable rule (reference/rules.md §1)', () => {
  it('default — 好 in at least half the periods and no 一般/较差: 甲 only (乙 has one 好 of four, 丙 has an 一般)', () => {
    expect(eligible('halfGoodNoLow')).toEqual(['甲']);
  });
  it('at least one 好 (the Tianjin reading): all three', () => {
    expect(eligible('anyGood')).toEqual(['甲', '乙', '丙']);
  });
  it('no 一般/较差: 甲 and 乙', () => {
    expect(eligible('noLow')).toEqual(['甲', '乙']);
  });
  it('an event with a cap that year blocks 优秀 whatever the grades; 免责 does not', () => {
    const base: Incident = {
      id: 'i',
      personId: '甲',
      unitId: 'u',
      kind: '造成不良影响',
      handling: '诫勉',
      date: '2025-06-01',
      reason: 'x',
      docNo: null,
      impactMonths: 12,
      impactUntil: '2026-05-31',
      closedOn: null,
      tolerance: null,
      createdAt: '',
      updatedAt: '',
    };
    const r = annualRollup(2025, periods, people, [base], DEFAULT_APPRAISAL_SETTINGS);
    expect(r.rows[0]).toMatchObject({ eligible: false, eligibility: '2025年6月1日诫勉（造成不良影响），当年不得评为优秀' });
    const exempt = {
      ...base,
      tolerance: {
        decision: 'exempt' as const,
        body: '局党组',
        docNo: 'a',
        date: '2025-07-01',
        distinction: 1 as const,
        note: null,
        recordedAt: '',
        recordedBy: '',
      },
    };
    expect(eligible('halfGoodNoLow', [exempt])).toEqual(['甲']);
  });
});
