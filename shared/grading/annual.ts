import { GRADE_LABELS } from '../domain/grade';
import { formatChineseDate } from '../text/ym-date';
import type { Incident } from '../domain/incident';
import { ANNUAL_RULE_LABELS, type AppraisalSettings } from './settings';
import { effectiveCap } from './caps';
import type { PeriodKind } from '../domain/period';
import { renewalAdvice } from './renewal';
import type { GradeOrUndetermined } from './types';

export interface AnnualPeriod {
  id: string;
  label: string;
  kind: PeriodKind;
  start: string;
  /** Whether its results are published (公示 or 已归档); unpublished ones are shown as provisional. */
  published: boolean;
  outcomes: { personId: string; grade: GradeOrUndetermined | null }[];
}

export interface AnnualPerson {
  personId: string;
  name: string;
  unitLabel: string;
  establishment: string | null;
  /** 合同起始时间 of an 编外聘用 person ('2023.07'): 续聘 counts the contract year. */
  contractStart?: string | null;
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
  /** What the clerk must know before relying on the roll-up (too few graded periods, unpublished ones). */
  warnings: string[];
}

const EMPTY_COUNTS = (): Record<GradeOrUndetermined, number> => ({ good: 0, fair: 0, average: 0, poor: 0, undetermined: 0 });

/**
 * The year's roll-up (DOMAIN.md §5) from its periods' final grades: eligibility for 年度优秀 under
 * the selected rule and the year's events, the 20% quota, 续聘 for 编外聘用 staff (over their
 * contract year, for which `before` gives the previous year's periods), the lists for 能上能下, the
 * prefilled “需要说明的情况”, and a warning when the year has fewer graded periods than it should.
 */
export function annualRollup(
  year: number,
  periods: AnnualPeriod[],
  people: AnnualPerson[],
  incidents: Incident[],
  settings: AppraisalSettings,
  before: AnnualPeriod[] = [],
): AnnualResult {
  const a = settings.annual;
  const rows: AnnualRow[] = [];
  // Indexed once: looking each person up in every list is 5,000 × 5,000 × 4 steps for a large bureau.
  const gradeOf = periods.map((p) => new Map(p.outcomes.map((o) => [o.personId, o.grade])));
  const contractPeriods = [...before, ...periods];
  const contractGradeOf = contractPeriods.map((p) => new Map(p.outcomes.map((o) => [o.personId, o.grade])));
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
        ? renewalAdvice(
            year,
            person.contractStart ?? null,
            contractPeriods.map((p, i) => ({ start: p.start, grade: contractGradeOf[i].get(person.personId) ?? null })),
            a,
          )
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
    warnings: yearWarnings(year, periods),
  };
}

const EXPECTED: Record<PeriodKind, number> = { quarter: 4, month: 12 };
const KIND_NAMES: Record<PeriodKind, string> = { quarter: '季度', month: '月度' };

/** Too few graded periods for the year (e.g. 1 of 4), or some not yet published: said before anything is judged on them. */
function yearWarnings(year: number, periods: AnnualPeriod[]): string[] {
  const warnings: string[] = [];
  for (const kind of ['quarter', 'month'] as const) {
    const graded = periods.filter((p) => p.kind === kind);
    if (graded.length === 0 || graded.length >= EXPECTED[kind]) continue;
    const names = graded.map((p) => p.label.replace(/^\d+年/, '')).join('、');
    warnings.push(
      `${year}年只有${graded.length}期${KIND_NAMES[kind]}平时考核有评定结果（${names}），全年应有${EXPECTED[kind]}期；评优资格、优秀名额和续聘建议只依据这${graded.length}期，仅供参考。`,
    );
  }
  const unpublished = periods.filter((p) => !p.published);
  if (unpublished.length) warnings.push(`${unpublished.map((p) => p.label).join('、')}的结果尚未公示，汇总中的等次可能还会变化。`);
  return warnings;
}
