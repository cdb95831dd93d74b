import { z } from 'zod';
import { IsoDateSchema } from '../domain/dates';
import { GRADES, UNDETERMINED_REASONS } from '../domain/grade';
import { HANDLING_NAMES, INCIDENT_KINDS, IncidentSchema, type Handling } from '../domain/incident';
import { PERIOD_KINDS, PERIOD_STATES, PeriodSchema, StateChangeSchema } from '../domain/period';
import { GradingResultSchema, OverrideSchema } from '../grading/record';
import { AppraisalSettingsSchema } from '../grading/settings';
import { AttendanceSchema, RecordReviewSchema, SelfSummarySchema, WorkRecordSchema } from '../domain/period-inputs';

/** Schemas of the period, input and incident channels (the contract lists them by channel). */
const Id = z.string().min(1).max(64);
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
  reviewerName: z.string().nullable(),
  relation: z.string().nullable(),
  undetermined: z.string().nullable(),
  score: z.number().nullable(),
  proposed: z.enum(GRADES).nullable(),
  comment: z.string().nullable(),
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

export const GradingViewSchema = GradingResultSchema.omit({ ranAt: true, settings: true, basis: true }).extend({
  periodId: z.string(),
  state: z.enum(PERIOD_STATES),
  ranAt: z.string().nullable(),
  unacknowledged: z.array(z.string()),
  overrides: z.array(OverrideSchema),
  moved: z.array(z.object({ personId: z.string(), name: z.string(), from: z.string(), to: z.string() })),
});
export type GradingView = z.infer<typeof GradingViewSchema>;

const GradeOrUndetermined = z.enum([...GRADES, 'undetermined']);

export const AnnualResultSchema = z.object({
  year: z.number(),
  periods: z.array(z.object({ id: z.string(), label: z.string(), published: z.boolean() })),
  rows: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      unitLabel: z.string(),
      establishment: z.string().nullable(),
      grades: z.array(GradeOrUndetermined.nullable()),
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
});

const GradeCountsSchema = z.object({ good: z.number(), fair: z.number(), average: z.number(), poor: z.number(), undetermined: z.number() });
export const GradeStatisticsSchema = z.object({
  periodId: z.string().nullable(),
  trend: z.array(z.object({ periodId: z.string(), label: z.string(), counts: GradeCountsSchema, seats: z.number(), used: z.number() })),
  byUnit: z.array(z.object({ unitId: z.string(), unitLabel: z.string(), counts: GradeCountsSchema })),
});
export type GradeStatistics = z.infer<typeof GradeStatisticsSchema>;

const text = (max: number) => z.string().trim().max(max).nullable().default(null);

export const appraisalChannels = {
  'periods:list': { input: z.object({}).strict(), output: z.array(PeriodSummarySchema) },
  'periods:open': {
    input: z
      .object({
        kind: z.enum(PERIOD_KINDS).default('quarter'),
        year: z.number().int().min(2000).max(2100),
        index: z.number().int().min(1).max(12),
      })
      .strict(),
    output: PeriodSummarySchema,
  },
  'periods:get': { input: z.object({ id: PeriodIdSchema }).strict(), output: PeriodDetailSchema },
  'periods:setState': {
    input: z.object({ id: PeriodIdSchema, to: z.enum(PERIOD_STATES), reason: text(500) }).strict(),
    output: PeriodSummarySchema,
  },
  'periods:advance': { input: z.object({ id: PeriodIdSchema }).strict(), output: PeriodSummarySchema },
  'periods:setUndetermined': {
    input: z.object({ periodId: PeriodIdSchema, personId: Id, reason: z.enum(UNDETERMINED_REASONS).nullable(), note: text(200) }).strict(),
    output: ParticipantRowSchema,
  },
  'records:list': {
    input: z.object({ periodId: PeriodIdSchema, personId: Id.optional(), unitId: Id.optional() }).strict(),
    output: z.array(WorkRecordRowSchema),
  },
  'records:save': {
    input: z
      .object({
        periodId: PeriodIdSchema,
        personId: Id,
        id: Id.optional(),
        date: IsoDateSchema,
        content: z.string().trim().min(1, '工作内容不能为空').max(1000),
        progress: text(300),
        note: text(300),
      })
      .strict(),
    output: WorkRecordRowSchema,
  },
  'records:delete': {
    input: z.object({ periodId: PeriodIdSchema, personId: Id, id: Id }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  'records:review': {
    input: z
      .object({
        periodId: PeriodIdSchema,
        personId: Id,
        key: z.string().regex(/^\d{4}-(W\d{2}|\d{2})$/),
        comment: z.string().trim().max(500),
      })
      .strict(),
    output: RecordReviewSchema,
  },
  'records:reviews': { input: z.object({ periodId: PeriodIdSchema, personId: Id }).strict(), output: z.array(RecordReviewSchema) },
  'records:coverage': {
    input: z.object({ periodId: PeriodIdSchema, weeks: z.number().int().min(1).max(26).default(2), unitId: Id.optional() }).strict(),
    output: z.array(
      z.object({ personId: z.string(), name: z.string(), unitLabel: z.string(), count: z.number(), lastDate: z.string().nullable() }),
    ),
  },
  'summaries:get': { input: z.object({ periodId: PeriodIdSchema, personId: Id }).strict(), output: SelfSummarySchema.nullable() },
  'summaries:save': {
    input: z
      .object({
        periodId: PeriodIdSchema,
        personId: Id,
        text: z.string().max(3000, '个人小结不能超过3000字'),
        attendance: AttendanceSchema,
      })
      .strict(),
    output: SelfSummarySchema,
  },
  'reviews:grid': { input: z.object({ periodId: PeriodIdSchema, unitId: Id }).strict(), output: ReviewGridSchema },
  'reviews:save': {
    input: z
      .object({
        periodId: PeriodIdSchema,
        personId: Id,
        score: z.number({ message: '分数应为0到100之间的数字' }).min(0, '分数不能小于0').max(100, '分数不能超过100').nullable(),
        proposed: z.enum(GRADES, { message: '等次应为 好、较好、一般 或 较差' }).nullable(),
        comment: text(1000),
      })
      .strict(),
    output: ReviewRowSchema,
  },
  'reviews:exportSheet': {
    input: z.object({ periodId: PeriodIdSchema, unitId: Id, file: z.string().trim().min(1).max(1024).optional() }).strict(),
    output: FileOutputSchema,
  },
  'records:exportSheet': {
    input: z
      .object({
        periodId: PeriodIdSchema,
        personId: Id.optional(),
        unitId: Id.optional(),
        file: z.string().trim().min(1).max(1024).optional(),
      })
      .strict(),
    output: FileOutputSchema,
  },
  'grading:get': { input: z.object({ periodId: PeriodIdSchema }).strict(), output: GradingViewSchema },
  'grading:run': { input: z.object({ periodId: PeriodIdSchema }).strict(), output: GradingViewSchema },
  'grading:resolveTie': {
    input: z.object({ periodId: PeriodIdSchema, poolKey: z.string().min(1).max(80), keep: z.array(Id).min(1).max(100) }).strict(),
    output: GradingViewSchema,
  },
  'grading:override': {
    input: z
      .object({
        periodId: PeriodIdSchema,
        personId: Id,
        grade: GradeOrUndetermined.nullable(),
        reason: z.string().trim().min(4, '调整等次须写明理由（至少4个字）').max(500),
      })
      .strict(),
    output: GradingViewSchema,
  },
  'grading:acknowledge': { input: z.object({ periodId: PeriodIdSchema }).strict(), output: GradingViewSchema },
  'grading:feedback': {
    input: z.object({ periodId: PeriodIdSchema, unitId: Id.optional() }).strict(),
    output: z.array(
      z.object({ personId: z.string(), name: z.string(), unitLabel: z.string(), grade: GradeOrUndetermined.nullable(), text: z.string() }),
    ),
  },
  'stats:grades': { input: z.object({ periodId: PeriodIdSchema.optional() }).strict(), output: GradeStatisticsSchema },
  'settings:get': { input: z.object({}).strict(), output: AppraisalSettingsSchema },
  'settings:save': { input: AppraisalSettingsSchema, output: AppraisalSettingsSchema },
  'annual:get': { input: z.object({ year: z.number().int().min(2000).max(2100) }).strict(), output: AnnualResultSchema },
  'incidents:list': { input: z.object({ personId: Id.optional(), unitId: Id.optional() }).strict(), output: z.array(IncidentRowSchema) },
  'incidents:save': {
    input: z
      .object({
        id: Id.optional(),
        personId: Id.nullable(),
        unitId: Id.optional(),
        kind: z.enum(INCIDENT_KINDS),
        handling: z.enum(HANDLING_NAMES as [Handling, ...Handling[]]),
        date: IsoDateSchema,
        reason: z.string().trim().min(1, '请填写事由').max(500),
        docNo: text(60),
        impactMonths: z.number().int().min(0).max(60).nullable().optional(),
      })
      .strict(),
    output: IncidentRowSchema,
  },
  'incidents:delete': {
    input: z.object({ id: Id, reason: z.string().trim().min(2, '请填写删除理由').max(200) }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  'incidents:tolerance': {
    input: z
      .object({
        id: Id,
        decision: z.enum(['exempt', 'mitigated']),
        body: z.string().trim().min(1, '请填写认定机关').max(60),
        docNo: z.string().trim().min(1, '请填写认定文号').max(60),
        date: IsoDateSchema,
        distinction: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        note: text(500),
      })
      .strict(),
    output: IncidentRowSchema,
  },
  'incidents:closeCase': { input: z.object({ id: Id, closedOn: IsoDateSchema }).strict(), output: IncidentRowSchema },
} as const;

export { SelfSummarySchema, RecordReviewSchema };
