import type { Handling, Incident } from '../domain/incident';
import type { CapChoice } from './settings';
import type { GradingPeriod, GradeOrUndetermined } from './types';

/**
 * What a 处理方式 does to this period's grade while its 影响期 lasts (reference/rules.md §2, §4):
 * 'fair' = at most 较好 (not 好); 'average' = at most 一般; 'poor' = 较差; 'undetermined' = not graded.
 * 诫勉 / 党内警告 / 政务警告 → not 好 (DOMAIN.md §4.2); 记过 and the heavier 政务处分, 严重警告 and
 * organisational removal → 不确定等次; 撤销党内职务 and heavier party sanctions → 较差.
 */
export type Cap = 'fair' | 'average' | 'poor' | 'undetermined';

export const CAP_BY_HANDLING: Record<Handling, Cap | null> = {
  提醒谈话: null,
  批评教育: null,
  通报批评: 'fair',
  责令检查: 'fair',
  诫勉: 'fair',
  调整职务: 'fair',
  责令辞职: 'undetermined',
  免职: 'undetermined',
  降职: 'undetermined',
  党内警告: 'fair',
  党内严重警告: 'undetermined',
  撤销党内职务: 'poor',
  留党察看: 'poor',
  开除党籍: 'poor',
  政务警告: 'fair',
  记过: 'undetermined',
  记大过: 'undetermined',
  降级: 'undetermined',
  撤职: 'undetermined',
  立案审查: 'undetermined',
  通报表扬: null,
  嘉奖: null,
  记功: null,
  表彰: null,
};

export const CAP_LABELS: Record<Cap, string> = {
  fair: '不得评为“好”',
  average: '最高评为“一般”',
  poor: '评为“较差”',
  undetermined: '不确定等次',
};

/** Severity order: a heavier cap wins when several apply. */
const SEVERITY: Record<Cap, number> = { fair: 1, average: 2, poor: 3, undetermined: 4 };
export const heavier = (a: Cap | null, b: Cap | null): Cap | null => (!a ? b : !b ? a : SEVERITY[a] >= SEVERITY[b] ? a : b);

/** 从轻: the cap one level milder (不确定等次 → 较差 is not milder; it becomes “not 好”). */
export function milder(cap: Cap): Cap | null {
  return cap === 'undetermined' ? 'fair' : cap === 'poor' ? 'average' : cap === 'average' ? 'fair' : null;
}

/** Whether an incident's 影响期 covers any day of the period (an open 立案审查 covers everything after it). */
export function covers(incident: Incident, period: GradingPeriod): boolean {
  if (incident.date > period.end) return false;
  if (incident.impactUntil === null) return incident.handling === '立案审查' && incident.closedOn === null;
  return incident.impactUntil >= period.start;
}

/** The cap of a handling: the bureau's setting when it has one, else the default table. */
export function capOf(handling: Handling, overrides: Partial<Record<Handling, CapChoice>>): Cap | null {
  const chosen = overrides[handling];
  if (chosen === undefined) return CAP_BY_HANDLING[handling];
  return chosen === 'none' ? null : chosen;
}

/** The cap an incident puts on the period, after its 容错 decision; null when none. */
export function effectiveCap(incident: Incident, overrides: Partial<Record<Handling, CapChoice>> = {}): Cap | null {
  const cap = capOf(incident.handling, overrides);
  if (!cap || incident.tolerance?.decision === 'exempt') return null;
  return incident.tolerance?.decision === 'mitigated' ? milder(cap) : cap;
}

const ORDER: GradeOrUndetermined[] = ['good', 'fair', 'average', 'poor'];

/** The grade after a cap: never better than the cap allows. */
export function applyCap(grade: GradeOrUndetermined, cap: Cap): GradeOrUndetermined {
  if (cap === 'undetermined') return 'undetermined';
  if (grade === 'undetermined') return grade;
  return ORDER.indexOf(grade) >= ORDER.indexOf(cap) ? grade : cap;
}
