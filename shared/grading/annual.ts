import { GRADE_LABELS } from '../domain/grade';
import { formatChineseDate } from '../text/ym-date';
import type { Incident } from '../domain/incident';
import { ANNUAL_RULE_LABELS, type AppraisalSettings } from './settings';
import { effectiveCap } from './caps';
import type { GradeOrUndetermined } from './types';

export interface AnnualPeriod {
  id: string;
  label: string;
  /** Whether its results are published (公示 or 已归档); unpublished ones are shown as provisional. */
  published: boolean;
  outcomes: { personId: string; grade: GradeOrUndetermined | null }[];
}

export interface AnnualPerson {
  personId: string;
  name: string;
  unitLabel: string;
  establishment: string | null;
}

export interface AnnualRow extends AnnualPerson {
  grades: (GradeOrUndetermined | null)[];
  counts: Record<GradeOrUndetermined, number>;
  eligible: boolean;
  /** Why (not) eligible for 年度优秀 / 评优评先, in one sentence. */
  eligibility: string;
  /** 编外聘用 only: whether to renew the contract, and why. */
  renewal: { recommended: boolean; reason: string } | null;
  /** 年度考核登记表 “需要说明的情况”. */
  note: string;
}

export interface AnnualResult {
  year: number;
  periods: { id: string; label: string; published: boolean }[];
  rows: AnnualRow[];
  quota: { participants: number; seats: number; eligible: number; ratio: number };
  /** 能上能下: 较差 in two periods in a row; 好 in every period. */
  twicePoor: string[];
  allGood: string[];
}

const EMPTY_COUNTS = (): Record<GradeOrUndetermined, number> => ({ good: 0, fair: 0, average: 0, poor: 0, undetermined: 0 });

/**
 * The year's roll-up (DOMAIN.md §5) from its periods' final grades: eligibility for 年度优秀 under
 * the selected rule and the year's events, the 20% quota, 续聘 for 编外聘用 staff, the lists for
 * 能上能下, and the prefilled “需要说明的情况”.
 */
export function annualRollup(
  year: number,
  periods: AnnualPeriod[],
  people: AnnualPerson[],
  incidents: Incident[],
  settings: AppraisalSettings,
): AnnualResult {
  const a = settings.annual;
  const rows: AnnualRow[] = [];
  // Indexed once: looking each person up in every list is 5,000 × 5,000 × 4 steps for a large bureau.
  const gradeOf = periods.map((p) => new Map(p.outcomes.map((o) => [o.personId, o.grade])));
  const yearsIncidents = new Map<string, Incident[]>();
  for (const i of incidents) {
    if (!i.personId || !i.date.startsWith(String(year))) continue;
    const list = yearsIncidents.get(i.personId);
    if (list) list.push(i);
    else yearsIncidents.set(i.personId, [i]);
  }
  for (const person of people) {
    const grades = gradeOf.map((m) => m.get(person.personId) ?? null);
    if (grades.every((g) => g === null)) continue;
    const counts = EMPTY_COUNTS();
    for (const g of grades) if (g) counts[g]++;
    const graded = grades.filter((g) => g && g !== 'undetermined').length;
    const low = counts.average + counts.poor;
    const ruleOk =
      a.rule === 'halfGoodNoLow'
        ? counts.good * 2 >= graded && graded > 0 && low === 0
        : a.rule === 'anyGood'
          ? counts.good >= 1
          : graded > 0 && low === 0;
    const blocking = (yearsIncidents.get(person.personId) ?? []).filter((i) => effectiveCap(i, settings.caps));
    const eligible = ruleOk && blocking.length === 0;
    const eligibility = blocking.length
      ? `${formatChineseDate(blocking[0].date)}${blocking[0].handling}（${blocking[0].kind}），当年不得评为优秀`
      : ruleOk
        ? `符合条件：${ANNUAL_RULE_LABELS[a.rule]}`
        : `不符合条件（${ANNUAL_RULE_LABELS[a.rule]}）：“好”${counts.good}次，“一般”“较差”${low}次`;
    const renewal =
      person.establishment === '编外聘用'
        ? counts.poor >= a.renewalPoorLimit
          ? { recommended: false, reason: `本年度“较差”${counts.poor}次（达到${a.renewalPoorLimit}次），不建议续聘` }
          : low >= a.renewalAverageLimit
            ? { recommended: false, reason: `本年度“一般”及以下${low}次（达到${a.renewalAverageLimit}次），不建议续聘` }
            : { recommended: true, reason: `本年度“一般”及以下${low}次，建议续聘` }
        : null;
    const parts = (['good', 'fair', 'average', 'poor'] as const).map((g) => `“${GRADE_LABELS[g]}”${counts[g]}次`);
    if (counts.undetermined) parts.push(`不确定等次${counts.undetermined}次`);
    rows.push({ ...person, grades, counts, eligible, eligibility, renewal, note: `${year}年度平时考核情况：${parts.join('，')}。` });
  }
  const participants = rows.filter((r) => r.grades.some((g) => g && g !== 'undetermined')).length;
  const seats = Math.floor(Math.round(participants * a.excellentRatio * 1e9) / 1e9);
  const consecutivePoor = (g: (GradeOrUndetermined | null)[]) => g.some((x, i) => x === 'poor' && g[i + 1] === 'poor');
  return {
    year,
    periods: periods.map((p) => ({ id: p.id, label: p.label, published: p.published })),
    rows,
    quota: { participants, seats, eligible: rows.filter((r) => r.eligible).length, ratio: a.excellentRatio },
    twicePoor: rows.filter((r) => consecutivePoor(r.grades)).map((r) => r.personId),
    allGood: rows.filter((r) => r.grades.length > 0 && r.grades.every((g) => g === 'good')).map((r) => r.personId),
  };
}
