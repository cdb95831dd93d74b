import { z } from 'zod';
import { AnnualResultSchema, GradeStatisticsSchema, GradingViewSchema, PeriodIdSchema } from '../appraisal-schemas';
import { GradeOrUndeterminedSchema, Id } from '../fields';
import type { ChannelSpec } from '../channel';

/** 等次评定: running the engine, ties, overrides, accountability results, feedback, statistics and the annual roll-up. */
export const gradingChannels = {
  'grading:get': { access: 'view', mode: 'read', input: z.object({ periodId: PeriodIdSchema }).strict(), output: GradingViewSchema },
  'grading:run': { access: 'change', mode: 'change', input: z.object({ periodId: PeriodIdSchema }).strict(), output: GradingViewSchema },
  'grading:resolveTie': {
    access: 'change',
    mode: 'change',
    input: z.object({ periodId: PeriodIdSchema, poolKey: z.string().min(1).max(80), keep: z.array(Id).min(1).max(100) }).strict(),
    output: GradingViewSchema,
  },
  'grading:override': {
    access: 'change',
    mode: 'change',
    input: z
      .object({
        periodId: PeriodIdSchema,
        personId: Id,
        grade: GradeOrUndeterminedSchema.nullable(),
        reason: z.string().trim().min(4, '调整等次须写明理由（至少4个字）').max(500),
      })
      .strict(),
    output: GradingViewSchema,
  },
  /** Confirms accountability results as they stand (their fingerprints), with a note; no fingerprints = 确认全部. */
  'grading:confirm': {
    access: 'change',
    mode: 'change',
    input: z
      .object({
        periodId: PeriodIdSchema,
        fingerprints: z.array(z.string().min(1).max(64)).min(1).max(500).optional(),
        note: z.string().trim().max(500, '说明不能超过500字').nullable().default(null),
      })
      .strict(),
    output: GradingViewSchema,
  },
  /** Re-grades the changed earlier periods in 评定, oldest first, then this one. */
  'grading:regradeInOrder': {
    access: 'change',
    mode: 'change',
    input: z.object({ periodId: PeriodIdSchema }).strict(),
    output: GradingViewSchema,
  },
  'grading:feedback': {
    access: 'view',
    mode: 'read',
    input: z.object({ periodId: PeriodIdSchema, unitId: Id.optional() }).strict(),
    output: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        unitLabel: z.string(),
        grade: GradeOrUndeterminedSchema.nullable(),
        text: z.string(),
      }),
    ),
  },
  'stats:grades': {
    access: 'view',
    mode: 'read',
    input: z.object({ periodId: PeriodIdSchema.optional() }).strict(),
    output: GradeStatisticsSchema,
  },
  'annual:get': {
    access: 'view',
    mode: 'read',
    input: z.object({ year: z.number().int().min(2000).max(2100) }).strict(),
    output: AnnualResultSchema,
  },
} as const satisfies Record<string, ChannelSpec>;
