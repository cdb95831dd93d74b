import type { Grade, UndeterminedReason } from '../domain/grade';
import type { Incident } from '../domain/incident';
import type { Participant } from '../domain/period';
import type { ReviewCheck } from '../domain/period-inputs';
import type { RoleAssignment } from '../domain/role';
import type { Unit } from '../domain/unit';
import type { AppraisalSettings } from './settings';

/** A grade as the engine carries it: one of the four, or 不确定等次. */
export type GradeOrUndetermined = Grade | 'undetermined';

/** One rule's effect on one person, with the sentence shown on screen. */
export interface Step {
  rule: 'base' | 'undetermined' | 'superior' | 'cap' | 'accountability' | 'quota' | 'override';
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
  /** 由上级党组织考核: no grade here, outside every quota (DOMAIN.md §1). */
  superior: boolean;
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

/** A 评鉴 as the engine reads it, with the 分管领导's 审核 when the second review step is on. */
export interface GradingReview {
  personId: string;
  score: number | null;
  proposed: Grade | null;
  /** The 审核 (agreed, or adjusted to another grade with an opinion); null while not checked. */
  check?: Pick<ReviewCheck, 'decision' | 'grade' | 'opinion'> | null;
  /** Whether this 评鉴 waits for a 审核 (second step on, reviewed by the 科室负责人, a 分管领导 to check it). */
  needsCheck?: boolean;
}

export interface GradingInput {
  period: GradingPeriod;
  participants: Participant[];
  reviews: GradingReview[];
  incidents: Incident[];
  roles: RoleAssignment[];
  units: Unit[];
  settings: AppraisalSettings;
  /** Earlier periods, newest first (the accountability window looks back through them). */
  earlier: EarlierPeriod[];
}
