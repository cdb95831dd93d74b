import { z } from 'zod';
import { IsoDateSchema } from '../../domain/dates';
import { GRADES, UNDETERMINED_REASONS } from '../../domain/grade';
import { PERIOD_KINDS, PERIOD_STATES } from '../../domain/period';
import { AttendanceSchema, RecordReviewSchema, REVIEW_CHECK_DECISIONS, SelfSummarySchema } from '../../domain/period-inputs';
import {
  FileOutputSchema,
  ParticipantRowSchema,
  PeriodDetailSchema,
  PeriodIdSchema,
  PeriodSummarySchema,
  ReviewGridSchema,
  ReviewSavedSchema,
  WorkRecordRowSchema,
} from '../appraisal-schemas';
import { Id, text } from '../fields';
import type { ChannelSpec } from '../channel';

/** A 考核周期 and its materials: the period and its steps, 工作纪实, 个人小结, 主管领导评鉴 and the sheets that go out to the units. */
export const periodsChannels = {
  'periods:list': { access: 'view', mode: 'read', input: z.object({}).strict(), output: z.array(PeriodSummarySchema) },
  'periods:open': {
    access: 'change',
    mode: 'change',
    input: z
      .object({
        kind: z.enum(PERIOD_KINDS).default('quarter'),
        year: z.number().int().min(2000).max(2100),
        index: z.number().int().min(1).max(12),
      })
      .strict(),
    output: PeriodSummarySchema,
  },
  'periods:get': { access: 'view', mode: 'read', input: z.object({ id: PeriodIdSchema }).strict(), output: PeriodDetailSchema },
  'periods:setState': {
    access: 'change',
    mode: 'change',
    input: z.object({ id: PeriodIdSchema, to: z.enum(PERIOD_STATES), reason: text(500) }).strict(),
    output: PeriodSummarySchema,
  },
  'periods:advance': { access: 'change', mode: 'change', input: z.object({ id: PeriodIdSchema }).strict(), output: PeriodSummarySchema },
  'periods:setUndetermined': {
    access: 'change',
    mode: 'change',
    input: z.object({ periodId: PeriodIdSchema, personId: Id, reason: z.enum(UNDETERMINED_REASONS).nullable(), note: text(200) }).strict(),
    output: ParticipantRowSchema,
  },
  'records:list': {
    access: 'view',
    mode: 'read',
    input: z.object({ periodId: PeriodIdSchema, personId: Id.optional(), unitId: Id.optional() }).strict(),
    output: z.array(WorkRecordRowSchema),
  },
  'records:save': {
    access: 'change',
    mode: 'change',
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
    access: 'change',
    mode: 'change',
    input: z.object({ periodId: PeriodIdSchema, personId: Id, id: Id }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  'records:review': {
    access: 'change',
    mode: 'change',
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
  'records:reviews': {
    access: 'view',
    mode: 'read',
    input: z.object({ periodId: PeriodIdSchema, personId: Id }).strict(),
    output: z.array(RecordReviewSchema),
  },
  'records:coverage': {
    access: 'view',
    mode: 'read',
    input: z.object({ periodId: PeriodIdSchema, weeks: z.number().int().min(1).max(26).default(2), unitId: Id.optional() }).strict(),
    output: z.array(
      z.object({ personId: z.string(), name: z.string(), unitLabel: z.string(), count: z.number(), lastDate: z.string().nullable() }),
    ),
  },
  'records:exportSheet': {
    access: 'view',
    mode: 'read',
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
  'summaries:get': {
    access: 'view',
    mode: 'read',
    input: z.object({ periodId: PeriodIdSchema, personId: Id }).strict(),
    output: SelfSummarySchema.nullable(),
  },
  'summaries:save': {
    access: 'change',
    mode: 'change',
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
  'reviews:grid': {
    access: 'view',
    mode: 'read',
    input: z.object({ periodId: PeriodIdSchema, unitId: Id }).strict(),
    output: ReviewGridSchema,
  },
  'reviews:save': {
    access: 'change',
    mode: 'change',
    input: z
      .object({
        periodId: PeriodIdSchema,
        personId: Id,
        score: z.number({ message: '分数应为0到100之间的数字' }).min(0, '分数不能小于0').max(100, '分数不能超过100').nullable(),
        proposed: z.enum(GRADES, { message: '等次应为 好、较好、一般 或 较差' }).nullable(),
        comment: text(1000),
      })
      .strict(),
    output: ReviewSavedSchema,
  },
  /** The 分管领导's 审核 of a 评鉴 (second review step): agree, or adjust the grade with an opinion; null clears it. */
  'reviews:check': {
    access: 'change',
    mode: 'change',
    input: z
      .object({
        periodId: PeriodIdSchema,
        personId: Id,
        decision: z.enum(REVIEW_CHECK_DECISIONS, { message: '审核结果应为 agree（同意）或 adjust（调整）' }).nullable(),
        grade: z.enum(GRADES, { message: '等次应为 好、较好、一般 或 较差' }).nullable().default(null),
        opinion: text(500),
      })
      .strict(),
    output: ReviewSavedSchema,
  },
  'reviews:exportSheet': {
    access: 'view',
    mode: 'read',
    input: z
      .object({
        periodId: PeriodIdSchema,
        unitId: Id,
        /** The sheet of one 评鉴人: only the people of the unit he rates (who-rates-whom); absent = the whole unit. */
        reviewerId: Id.optional(),
        file: z.string().trim().min(1).max(1024).optional(),
      })
      .strict(),
    output: FileOutputSchema,
  },
} as const satisfies Record<string, ChannelSpec>;
