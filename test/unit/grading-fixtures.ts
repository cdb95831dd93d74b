import type { Grade } from '../../shared/domain/grade';
import type { Incident, Handling, IncidentKind, Tolerance } from '../../shared/domain/incident';
import { HANDLINGS, impactEnd } from '../../shared/domain/incident';
import type { Participant } from '../../shared/domain/period';
import type { RoleAssignment } from '../../shared/domain/role';
import type { Unit } from '../../shared/domain/unit';
import type { gradePeriod } from '../../shared/grading/engine';
import { DEFAULT_APPRAISAL_SETTINGS, type AppraisalSettings } from '../../shared/grading/settings';
import type { EarlierPeriod, GradingInput, GradingPeriod } from '../../shared/grading/types';

/** Engine inputs written by hand: units, people, incidents, roles and periods for the grading tests. */

export const unit = (id: string, name: string, kind: Unit['kind'], parentId: string | null, order = 1): Unit => ({
  id,
  name,
  kind,
  parentId,
  order,
  active: true,
});

export const UNITS: Unit[] = [
  unit('b', '局机关', 'bureau', null),
  unit('office', '办公室', 'department', 'b', 1),
  unit('hr', '组织人事科', 'department', 'b', 2),
];
export const Q1: GradingPeriod = { id: '2025-Q1', label: '2025年第一季度', start: '2025-01-01', end: '2025-03-31' };
export const Q2: GradingPeriod = { id: '2025-Q2', label: '2025年第二季度', start: '2025-04-01', end: '2025-06-30' };

export const who = (id: string, unitId = 'office', extra: Partial<Participant> = {}): Participant => ({
  personId: id,
  name: id,
  unitId,
  establishment: '行政编制',
  category: '公务员',
  post: null,
  undetermined: null,
  ...extra,
});

export const incident = (
  personId: string,
  kind: IncidentKind,
  handling: Handling,
  date: string,
  extra: Partial<Incident> = {},
): Incident => ({
  id: `i-${personId}-${date}`,
  personId,
  unitId: 'office',
  kind,
  handling,
  date,
  reason: '事由',
  docNo: null,
  impactMonths: null,
  impactUntil: impactEnd(date, HANDLINGS[handling]),
  closedOn: null,
  tolerance: null,
  createdAt: '',
  updatedAt: '',
  ...extra,
});

export const tolerance = (decision: Tolerance['decision'], date = '2025-02-01'): Tolerance => ({
  decision,
  body: '局党组',
  docNo: '医保党组〔2025〕5号',
  date,
  distinction: 1,
  note: null,
  recordedAt: '',
  recordedBy: '',
});

export const role = (personId: string, kind: RoleAssignment['kind'], unitId: string, supervised: string[] = []): RoleAssignment => ({
  id: `r-${personId}-${kind}`,
  personId,
  kind,
  unitId,
  supervisedUnitIds: supervised,
  from: '2020-01-01',
  until: null,
});

/** An earlier period's grades before the accountability rule: person → [unit, grade]. */
export const earlier = (period: GradingPeriod, grades: Record<string, [string, Grade]>): EarlierPeriod => ({
  period,
  outcomes: Object.entries(grades).map(([personId, [unitId, g]]) => ({ personId, unitId, gradeBeforeAccountability: g })),
});

export function input(
  people: [Participant, number | null, Grade | null][],
  more: Partial<GradingInput> = {},
  settings: Partial<AppraisalSettings> = {},
): GradingInput {
  return {
    period: Q2,
    participants: people.map(([p]) => p),
    reviews: people.map(([p, score, proposed]) => ({ personId: p.personId, score, proposed })),
    incidents: [],
    roles: [],
    units: UNITS,
    settings: { ...DEFAULT_APPRAISAL_SETTINGS, ...settings },
    earlier: [],
    ...more,
  };
}

export const gradesOf = (r: ReturnType<typeof gradePeriod>) => Object.fromEntries(r.outcomes.map((o) => [o.personId, o.grade]));
