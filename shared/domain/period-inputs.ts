import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { GRADES } from './grade';

/** 工作纪实: one dated entry of what a person did (reference/templates.md §3). */
export const WorkRecordSchema = z.object({
  id: z.string(),
  personId: z.string(),
  date: IsoDateSchema,
  content: z.string().trim().min(1, '工作内容不能为空').max(1000, '工作内容不能超过1000字'),
  progress: z.string().trim().max(300).nullable(),
  note: z.string().trim().max(300).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkRecord = z.infer<typeof WorkRecordSchema>;

/** 审核意见 of the 科室负责人 on a person's records of one week or month. */
export const RecordReviewSchema = z.object({
  personId: z.string(),
  /** '2025-W14' (ISO week) or '2025-04' (month). */
  key: z.string().regex(/^\d{4}-(W\d{2}|\d{2})$/),
  comment: z.string().trim().max(500),
  by: z.string(),
  at: z.string(),
});
export type RecordReview = z.infer<typeof RecordReviewSchema>;

export const AttendanceSchema = z.object({
  /** 旷工 (days) */
  absentDays: z.number().min(0).max(366),
  /** 病事假 (days) */
  leaveDays: z.number().min(0).max(366),
  /** 迟到早退 (times) */
  lateTimes: z.number().int().min(0).max(999),
});
export type Attendance = z.infer<typeof AttendanceSchema>;

/** 个人小结 with the attendance the 登记表 prints. */
export const SelfSummarySchema = z.object({
  personId: z.string(),
  text: z.string().max(3000, '个人小结不能超过3000字'),
  attendance: AttendanceSchema,
  updatedAt: z.string(),
});
export type SelfSummary = z.infer<typeof SelfSummarySchema>;

/**
 * 审核 of a 评鉴 (DOMAIN.md §1, the optional second step): the 分管领导 agrees with the 科室负责人's
 * 评鉴 of an 一般工作人员, or adjusts the grade with an opinion (审核评价意见, printed on the 登记表).
 */
export const REVIEW_CHECK_DECISIONS = ['agree', 'adjust'] as const;
export const ReviewCheckSchema = z
  .object({
    checkerId: z.string().nullable(),
    decision: z.enum(REVIEW_CHECK_DECISIONS),
    /** The grade the 分管领导 sets (adjust only). */
    grade: z.enum(GRADES).nullable(),
    opinion: z.string().trim().max(500).nullable(),
    at: z.string(),
  })
  .refine((c) => c.decision === 'agree' || (c.grade !== null && !!c.opinion), '调整等次须写明审核意见和调整后的等次');
export type ReviewCheck = z.infer<typeof ReviewCheckSchema>;

/** 主管领导评鉴: a score and/or a proposed grade, and a comment. */
export const ReviewSchema = z.object({
  personId: z.string(),
  reviewerId: z.string().nullable(),
  score: z.number().min(0).max(100).nullable(),
  proposed: z.enum(GRADES).nullable(),
  comment: z.string().trim().max(1000).nullable(),
  // Added with the second review step (the 分管领导's 审核): older files have none.
  check: ReviewCheckSchema.nullable().default(null),
  updatedAt: z.string(),
});
export type Review = z.infer<typeof ReviewSchema>;

/** <data>/periods/<id>/units/<unit>.json: one unit's inputs for one period. */
export const UnitInputsSchema = z.object({
  periodId: z.string(),
  unitId: z.string(),
  workRecords: z.array(WorkRecordSchema),
  recordReviews: z.array(RecordReviewSchema),
  summaries: z.array(SelfSummarySchema),
  reviews: z.array(ReviewSchema),
});
export type UnitInputs = z.infer<typeof UnitInputsSchema>;

export const emptyUnitInputs = (periodId: string, unitId: string): UnitInputs => ({
  periodId,
  unitId,
  workRecords: [],
  recordReviews: [],
  summaries: [],
  reviews: [],
});
