import { addDays } from '../domain/dates';
import type { AppraisalSettings } from './settings';
import type { GradeOrUndetermined } from './types';

/** A contract year: its first and last day, and how it is written (2024.07—2025.06). */
export interface ContractYear {
  start: string;
  end: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The contract year of an 编外聘用 person that ends in `year` (its renewal falls in that year),
 * from the 合同起始时间 on the roster ('2023.07'): a contract begun in July runs 2024.07—2025.06
 * for 2025, one begun in January the calendar year, one begun in 2025.07 its first year
 * 2025.07—2026.06. Null without a start, or one after the year (the calendar year is then used,
 * and said so).
 */
export function contractYear(contractStart: string | null, year: number): ContractYear | null {
  const m = contractStart ? /^\d{4}\.(\d{2})$/.exec(contractStart) : null;
  if (!m || Number(contractStart!.slice(0, 4)) > year) return null;
  const month = Number(m[1]);
  // A contract begun during the year has no year ending in it yet: its first year is the one that counts.
  const startYear = Math.max(month === 1 ? year : year - 1, Number(contractStart!.slice(0, 4)));
  const start = `${startYear}-${pad(month)}-01`;
  const end = addDays(`${startYear + 1}-${pad(month)}-01`, -1);
  return { start, end, label: `${startYear}.${pad(month)}—${end.slice(0, 4)}.${end.slice(5, 7)}` };
}

/** A period's grade for the person, with the period's first day (a period counts for the contract year it begins in). */
export interface DatedGrade {
  start: string;
  grade: GradeOrUndetermined | null;
}

/**
 * 续聘 of an 编外聘用 person (DOMAIN.md §5): not recommended after 较差 in N periods of the
 * contract year, or 一般 or worse in M; the sentence names the contract year, or says the
 * calendar year was used for want of a 合同起始时间.
 */
export function renewalAdvice(
  year: number,
  contractStart: string | null,
  grades: readonly DatedGrade[],
  a: AppraisalSettings['annual'],
): { recommended: boolean; reason: string } {
  const cy = contractYear(contractStart, year);
  const from = cy?.start ?? `${year}-01-01`;
  const to = cy?.end ?? `${year}-12-31`;
  const inside = grades.filter((g) => g.start >= from && g.start <= to).map((g) => g.grade);
  const poor = inside.filter((g) => g === 'poor').length;
  const low = poor + inside.filter((g) => g === 'average').length;
  const span = cy ? `合同年度（${cy.label}）` : '本年度';
  const fallback = cy ? '' : '（未登记合同起始时间，按自然年度计算）';
  if (poor >= a.renewalPoorLimit)
    return { recommended: false, reason: `${span}“较差”${poor}次（达到${a.renewalPoorLimit}次），不建议续聘${fallback}` };
  if (low >= a.renewalAverageLimit)
    return { recommended: false, reason: `${span}“一般”及以下${low}次（达到${a.renewalAverageLimit}次），不建议续聘${fallback}` };
  return { recommended: true, reason: `${span}“一般”及以下${low}次，建议续聘${fallback}` };
}
