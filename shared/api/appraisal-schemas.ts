import { z } from 'zod';
import { GradeOrUndeterminedSchema } from './fields';
import { GRADES, UNDETERMINED_REASONS } from '../domain/grade';
import { IncidentSchema } from '../domain/incident';
import { PERIOD_STATES, PeriodSchema, StateChangeSchema } from '../domain/period';
import { ConfirmationSchema } from '../grading/confirmations';
import { AccountabilityIncidentSchema, AccountabilityResultSchema, GradingResultSchema, OverrideSchema } from '../grading/record';
import { ACCOUNTABILITY_READINGS } from '../grading/settings';
import { RecordReviewSchema, ReviewCheckSchema, SelfSummarySchema, WorkRecordSchema } from '../domain/period-inputs';

/** Schemas of the period, input and incident channels (the contract lists them by channel). */
export const FileOutputSchema = z.object({
  fileName: z.string(),
  bytes: z.number(),
  file: z.string().nullable(),
  dataBase64: z.string().nullable(),
});
export type FileOutput = z.infer<typeof FileOutputSchema>;
export const PeriodIdSchema = z.string().regex(/^\d{4}-(Q[1-4]|M(0[1-9]|1[0-2]))$/, '考核周期编号应为 2025-Q1 或 2025-M01 的形式');

export const PeriodSummarySchema = PeriodSchema.omit({ participants: true, history: true, grading: true }).extend({
  participantCount: z.number(),
});
export type PeriodSummary = z.infer<typeof PeriodSummarySchema>;

export const ParticipantRowSchema = z.object({
  personId: z.string(),
  name: z.string(),
  unitId: z.string(),
  unitLabel: z.string(),
  /** Where the person is now, when they moved after the period opened. */
  movedTo: z.string().nullable(),
  post: z.string().nullable(),
  establishment: z.string().nullable(),
  category: z.string().nullable(),
  undetermined: z.object({ reason: z.enum(UNDETERMINED_REASONS), note: z.string().nullable() }).nullable(),
  /** 由上级党组织考核 (DOMAIN.md §1): on the 考核名单, no 评鉴, no grade here. */
  superior: z.boolean(),
  records: z.number(),
  hasSummary: z.boolean(),
  hasReview: z.boolean(),
});
export type ParticipantRow = z.infer<typeof ParticipantRowSchema>;

export const PeriodDetailSchema = z.object({
  period: PeriodSummarySchema,
  history: z.array(StateChangeSchema),
  participants: z.array(ParticipantRowSchema),
});
export type PeriodDetail = z.infer<typeof PeriodDetailSchema>;

export const WorkRecordRowSchema = WorkRecordSchema.extend({ name: z.string(), periodId: z.string() });
export type WorkRecordRow = z.infer<typeof WorkRecordRowSchema>;

export const ReviewRowSchema = z.object({
  personId: z.string(),
  name: z.string(),
  post: z.string().nullable(),
  unitLabel: z.string(),
  /** Who rates this person (who-rates-whom at the period's end); null when nobody is set up. */
  reviewerId: z.string().nullable(),
  reviewerName: z.string().nullable(),
  relation: z.string().nullable(),
  undetermined: z.string().nullable(),
  /** 由上级党组织考核: no 评鉴 here. */
  superior: z.boolean(),
  score: z.number().nullable(),
  proposed: z.enum(GRADES).nullable(),
  comment: z.string().nullable(),
  /** The second review step: who 审核 this 评鉴 (null: not checked here), and the 审核 given. */
  checkerName: z.string().nullable(),
  check: ReviewCheckSchema.nullable(),
  records: z.number(),
  hasSummary: z.boolean(),
});
export type ReviewRow = z.infer<typeof ReviewRowSchema>;

export const QuotaCountSchema = z.object({
  /** Which pool the seats are counted in (全局 by default). */
  pool: z.string(),
  graded: z.number(),
  seats: z.number(),
  /** People in the pool proposed 好 (or scored in the 好 band without a proposal). */
  proposedGood: z.number(),
});
export type QuotaCount = z.infer<typeof QuotaCountSchema>;

export const ReviewGridSchema = z.object({ rows: z.array(ReviewRowSchema), quota: QuotaCountSchema, unitProposedGood: z.number() });
export type ReviewGrid = z.infer<typeof ReviewGridSchema>;
/** What saving one 评鉴 answers: the row as saved and the pool count as it now stands. */
export const ReviewSavedSchema = ReviewGridSchema.omit({ rows: true }).extend({ row: ReviewRowSchema });
export type ReviewSaved = z.infer<typeof ReviewSavedSchema>;

export const IncidentRowSchema = IncidentSchema.extend({
  name: z.string().nullable(),
  unitLabel: z.string(),
  negative: z.boolean(),
  /** Whether the 影响期 covers today. */
  inEffect: z.boolean(),
  /** Lists show a negative record's 事由 masked; incidents:revealReason gives it (logged). */
  reasonMasked: z.boolean(),
});
export type IncidentRow = z.infer<typeof IncidentRowSchema>;

/** A saved 表现记录, with what the clerk should know (a date before the first period). */
export const IncidentSavedSchema = IncidentRowSchema.extend({ warning: z.string().nullable() });
export type IncidentSaved = z.infer<typeof IncidentSavedSchema>;

export const StaleWarningSchema = z.object({
  periodId: z.string(),
  label: z.string(),
  kind: z.enum(['regraded', 'inputsChanged']),
  message: z.string(),
});

/** An accountability result as the views show it: the 事由 of its events masked (incidents:revealReason shows one, logged) and its confirmation, if any. */
export const AccountabilityViewSchema = AccountabilityResultSchema.extend({
  incidents: z.array(AccountabilityIncidentSchema.extend({ reasonMasked: z.boolean() })),
  confirmation: ConfirmationSchema.nullable(),
  /** Confirmed before for this person, but on other evidence: this result needs its own confirmation. */
  superseded: z.boolean(),
});
export type AccountabilityView = z.infer<typeof AccountabilityViewSchema>;

export const GradingViewSchema = GradingResultSchema.omit({ ranAt: true, settings: true, basis: true, accountability: true }).extend({
  periodId: z.string(),
  state: z.enum(PERIOD_STATES),
  ranAt: z.string().nullable(),
  /** The reading of “本单位” the result was computed under (考核设置 may have changed since). */
  reading: z.enum(ACCOUNTABILITY_READINGS),
  accountability: z.array(AccountabilityViewSchema),
  /** Fingerprints of the results that still hold up 公示 (not confirmed as they stand). */
  unconfirmed: z.array(z.string()),
  /** Earlier periods changed since this one was graded on their grades, and the order to re-grade in. */
  stale: z.object({ warnings: z.array(StaleWarningSchema), order: z.array(z.string()) }),
  overrides: z.array(OverrideSchema),
  moved: z.array(z.object({ personId: z.string(), name: z.string(), from: z.string(), to: z.string() })),
});
export type GradingView = z.infer<typeof GradingViewSchema>;

export const AnnualResultSchema = z.object({
  year: z.number(),
  periods: z.array(z.object({ id: z.string(), label: z.string(), published: z.boolean() })),
  rows: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      unitLabel: z.string(),
      establishment: z.string().nullable(),
      grades: z.array(GradeOrUndeterminedSchema.nullable()),
      counts: z.record(z.string(), z.number()),
      eligible: z.boolean(),
      eligibility: z.string(),
      renewal: z.object({ recommended: z.boolean(), reason: z.string() }).nullable(),
      note: z.string(),
    }),
  ),
  quota: z.object({ participants: z.number(), seats: z.number(), eligible: z.number(), ratio: z.number() }),
  twicePoor: z.array(z.string()),
  allGood: z.array(z.string()),
  /** Too few graded periods for the year, or some unpublished: said before anything is judged on them. */
  warnings: z.array(z.string()),
});

const GradeCountsSchema = z.object({ good: z.number(), fair: z.number(), average: z.number(), poor: z.number(), undetermined: z.number() });
export const GradeStatisticsSchema = z.object({
  periodId: z.string().nullable(),
  trend: z.array(z.object({ periodId: z.string(), label: z.string(), counts: GradeCountsSchema, seats: z.number(), used: z.number() })),
  byUnit: z.array(z.object({ unitId: z.string(), unitLabel: z.string(), counts: GradeCountsSchema })),
});
export type GradeStatistics = z.infer<typeof GradeStatisticsSchema>;

export { SelfSummarySchema, RecordReviewSchema };
