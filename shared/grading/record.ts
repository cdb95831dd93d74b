import { z } from 'zod';
import { GRADES, UNDETERMINED_REASONS } from '../domain/grade';
import { AppraisalSettingsSchema } from './settings';

/**
 * What a period keeps of its grading (in period.json): the clerk's decisions (ties, overrides,
 * the acknowledgement of accountability results) and the last result the engine produced.
 */
const GradeOrUndeterminedSchema = z.enum([...GRADES, 'undetermined']);

export const StepSchema = z.object({
  rule: z.enum(['base', 'undetermined', 'cap', 'accountability', 'quota', 'override']),
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
});

export const PoolResultSchema = z.object({
  key: z.string(),
  label: z.string(),
  graded: z.number(),
  seats: z.number(),
  used: z.number(),
  tie: z.object({ personIds: z.array(z.string()), seatsLeft: z.number() }).nullable(),
});

export const AccountabilityResultSchema = z.object({
  personId: z.string(),
  name: z.string(),
  role: z.string(),
  scope: z.string(),
  periods: z.array(z.string()),
  peopleInScope: z.number(),
  incidents: z.array(z.object({ id: z.string(), date: z.string(), kind: z.string(), reason: z.string(), name: z.string().nullable() })),
});

export const GradingResultSchema = z.object({
  ranAt: z.string(),
  /** The 考核设置 the result was computed under (DESIGN.md: a period keeps the settings it used). */
  settings: AppraisalSettingsSchema.optional(),
  outcomes: z.array(OutcomeSchema),
  pools: z.array(PoolResultSchema),
  accountability: z.array(AccountabilityResultSchema),
  openDecisions: z.array(z.string()),
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
  /** The accountability results the clerk has seen and accepted (their person ids), with when and who. */
  acknowledged: z.object({ personIds: z.array(z.string()), at: z.string(), by: z.string() }).nullable(),
  result: GradingResultSchema.nullable(),
});
export type GradingRecord = z.infer<typeof GradingRecordSchema>;
export const EMPTY_GRADING: GradingRecord = { ties: {}, overrides: [], acknowledged: null, result: null };
