import type { Grade, UndeterminedReason } from '../domain/grade';
import type { Incident } from '../domain/incident';
import type { Participant } from '../domain/period';
import type { RoleAssignment } from '../domain/role';
import type { Unit } from '../domain/unit';
import type { AppraisalSettings } from './settings';

/** A grade as the engine carries it: one of the four, or 不确定等次. */
export type GradeOrUndetermined = Grade | 'undetermined';

/** One rule's effect on one person, with the sentence shown on screen. */
export interface Step {
  rule: 'base' | 'undetermined' | 'cap' | 'accountability' | 'quota' | 'override';
  from: GradeOrUndetermined | null;
  to: GradeOrUndetermined | null;
  reason: string;
}

export interface Outcome {
  personId: string;
  name: string;
  unitId: string;
  grade: GradeOrUndetermined | null;
  /** The grade before the accountability rule and the quota (what the accountability rule looks at). */
  gradeBeforeAccountability: GradeOrUndetermined | null;
  score: number | null;
  steps: Step[];
  undeterminedReason: UndeterminedReason | null;
}

export interface GradingPeriod {
  id: string;
  label: string;
  start: string;
  end: string;
}

/** An earlier period as the accountability rule needs it: who was in which unit, and their grades before the rule. */
export interface EarlierPeriod {
  period: GradingPeriod;
  outcomes: Pick<Outcome, 'personId' | 'unitId' | 'gradeBeforeAccountability'>[];
}

export interface GradingInput {
  period: GradingPeriod;
  participants: Participant[];
  reviews: { personId: string; score: number | null; proposed: Grade | null }[];
  incidents: Incident[];
  roles: RoleAssignment[];
  units: Unit[];
  settings: AppraisalSettings;
  /** Earlier periods, newest first (the accountability window looks back through them). */
  earlier: EarlierPeriod[];
}
