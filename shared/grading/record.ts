import { z } from 'zod';
import { GRADES, UNDETERMINED_REASONS } from '../domain/grade';
import { ROLE_KINDS } from '../domain/role';
import { ConfirmationSchema } from './confirmations';
import { ACCOUNTABILITY_READINGS, AppraisalSettingsSchema } from './settings';

/**
 * What a period keeps of its grading (in period.json): the clerk's decisions (ties, overrides,
 * the acknowledgement of accountability results) and the last result the engine produced.
 */
const GradeOrUndeterminedSchema = z.enum([...GRADES, 'undetermined']);

export const StepSchema = z.object({
  rule: z.enum(['base', 'undetermined', 'superior', 'cap', 'accountability', 'quota', 'override']),
  from: GradeOrUndeterminedSchema.nullable(),
  to: GradeOrUndeterminedSchema.nullable(),
  reason: z.string(),
});

export const OutcomeSchema = z.object({
  personId: z.string(),
  name: z.string(),
  unitId: z.string(),
  grade: GradeOrUndeterminedSchema.nullable(),
  gradeBeforeAccountability: GradeOrUndeterminedSchema.nullable(),
  score: z.number().nullable(),
  steps: z.array(StepSchema),
  undeterminedReason: z.enum(UNDETERMINED_REASONS).nullable(),
  // Added with 由上级党组织考核: older results have nobody marked.
  superior: z.boolean().default(false),
});

export const PoolResultSchema = z.object({
  key: z.string(),
  label: z.string(),
  graded: z.number(),
  seats: z.number(),
  used: z.number(),
  tie: z.object({ personIds: z.array(z.string()), seatsLeft: z.number() }).nullable(),
});

/** An event a result rests on: the 表现记录, whom it was about, its 事由. */
export const AccountabilityIncidentSchema = z.object({
  id: z.string(),
  personId: z.string().nullable().default(null),
  date: z.string(),
  kind: z.string(),
  reason: z.string(),
  name: z.string().nullable(),
});

// The fields after `scope` came with the readings and confirmations of issue 16; older results get
// the reading they were computed under (each 分管 unit on its own) and no fingerprint, so a
// confirmation given before can never match them.
export const AccountabilityResultSchema = z.object({
  personId: z.string(),
  name: z.string(),
  role: z.string(),
  roleKind: z.enum(ROLE_KINDS).default('departmentHead'),
  reading: z.enum(ACCOUNTABILITY_READINGS).default('perUnit'),
  scope: z.string(),
  scopeUnitIds: z.array(z.string()).default([]),
  periods: z.array(z.string()),
  periodIds: z.array(z.string()).default([]),
  peopleInScope: z.number(),
  perPeriod: z
    .array(z.object({ label: z.string(), people: z.number(), good: z.number(), fair: z.number(), ungraded: z.number() }))
    .default([]),
  incidents: z.array(AccountabilityIncidentSchema),
  superior: z.boolean().default(false),
  fingerprint: z.string().default(''),
});

export const GradingBasisSchema = z.object({ periodId: z.string(), label: z.string(), digest: z.string() });

export const GradingResultSchema = z.object({
  ranAt: z.string(),
  /** The 考核设置 the result was computed under (DESIGN.md: a period keeps the settings it used). */
  settings: AppraisalSettingsSchema.optional(),
  outcomes: z.array(OutcomeSchema),
  pools: z.array(PoolResultSchema),
  accountability: z.array(AccountabilityResultSchema),
  openDecisions: z.array(z.string()),
  /** The earlier periods' grades the result used; absent in results kept before it was recorded (then only changed inputs are told). */
  basis: z.array(GradingBasisSchema).optional(),
});

export const OverrideSchema = z.object({
  personId: z.string(),
  grade: GradeOrUndeterminedSchema,
  reason: z.string(),
  by: z.string(),
  at: z.string(),
});

export const GradingRecordSchema = z.object({
  ties: z.record(z.string(), z.array(z.string())),
  overrides: z.array(OverrideSchema),
  /**
   * The clerk's confirmations of accountability results, each bound to the result it confirmed
   * (its fingerprint). Replaced the person-id `acknowledged` of earlier versions, which is dropped
   * on reading: a result confirmed that way is confirmed again before 公示.
   */
  confirmations: z.array(ConfirmationSchema).default([]),
  result: GradingResultSchema.nullable(),
});
export type GradingRecord = z.infer<typeof GradingRecordSchema>;
export const EMPTY_GRADING: GradingRecord = { ties: {}, overrides: [], confirmations: [], result: null };
