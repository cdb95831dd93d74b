import { z } from 'zod';
import { DEFAULT_DEADLINES, DeadlinesSchema } from '../domain/deadlines';
import { GRADES } from '../domain/grade';
import { HANDLING_NAMES, type Handling } from '../domain/incident';

/** What a 处理方式 may do to the period's grade ('none' = listed only). */
export const CAP_CHOICES = ['none', 'fair', 'average', 'poor', 'undetermined'] as const;
export type CapChoice = (typeof CAP_CHOICES)[number];

/**
 * The appraisal settings DOMAIN.md marks *default*: quota ratio and rounding, score bands,
 * the 容错 recurrence window. Stored with the organisation; each period records what it used.
 */
/** Which periods' grades make someone eligible for 年度优秀 (reference/rules.md §1: three local readings). */
export const ANNUAL_RULES = ['halfGoodNoLow', 'anyGood', 'noLow'] as const;
export const ANNUAL_RULE_LABELS = {
  halfGoodNoLow: '“好”达到半数以上，且无“一般”“较差”',
  anyGood: '全年至少一次“好”',
  noLow: '全年无“一般”“较差”',
} as const;

/**
 * Which scope a manager role answers for under the accountability rule (DOMAIN.md §4.4):
 * 按职责范围 — the scopes of §1, a 班子成员's 分管 units taken together as one scope;
 * 分管单位逐个 — each 分管 unit a scope of its own; 全局（字面）— “本单位” read as the whole bureau.
 */
export const ACCOUNTABILITY_READINGS = ['responsibility', 'perUnit', 'literal'] as const;
export type AccountabilityReading = (typeof ACCOUNTABILITY_READINGS)[number];
export const ACCOUNTABILITY_READING_LABELS: Record<AccountabilityReading, string> = {
  responsibility: '按职责范围',
  perUnit: '分管单位逐个',
  literal: '全局（字面）',
};
/** What each reading means, in a sentence (考核设置, the printed result). */
export const ACCOUNTABILITY_READING_EXPLAINED: Record<AccountabilityReading, string> = {
  responsibility: '各职责按本人的职责范围：科室负责人看本科室，班子成员看全局和所分管的各单位合在一起（分管范围内有人“一般”即不适用）',
  perUnit: '班子成员所分管的每个单位各算一个范围（其中任一单位无“一般”“较差”又有问题即适用，较严）',
  literal: '“本单位”按全局理解：全局无人“一般”“较差”而有问题时，所有负有管理职责的人都评为“较差”，否则都不适用',
};

export const QUOTA_ROUNDINGS = ['floor', 'round', 'ceil'] as const;
export const QUOTA_ROUNDING_LABELS = { floor: '向下取整', round: '四舍五入', ceil: '向上取整' } as const;

export const AppraisalSettingsSchema = z.object({
  goodRatio: z.number().min(0).max(1).default(0.4),
  rounding: z.enum(QUOTA_ROUNDINGS).default('floor'),
  /** A pool of at least this many people gets at least one 好 seat. */
  minOneSeatFrom: z.number().int().min(1).max(100).default(3),
  /** Lower bounds of the score bands: 好 ≥ good, 较好 ≥ fair, 一般 ≥ average, else 较差. */
  scoreBands: z
    .object({ good: z.number().min(0).max(100), fair: z.number().min(0).max(100), average: z.number().min(0).max(100) })
    .refine((b) => b.good > b.fair && b.fair > b.average, '分数段应满足 好 > 较好 > 一般')
    .default({ good: 90, fair: 80, average: 60 }),
  /**
   * 好 pools: the whole bureau (default) or each 科室/二层单位; leaders (班子成员, 科室负责人) and
   * 编外聘用 staff may have pools of their own.
   */
  pools: z
    .object({ by: z.enum(['bureau', 'unit']), separateLeaders: z.boolean(), separateContract: z.boolean() })
    .default({ by: 'bureau', separateLeaders: false, separateContract: false }),
  /** Periods the manager-accountability rule looks at: this one and the ones before it. */
  accountabilityWindow: z.number().int().min(1).max(8).default(2),
  /** Which scope each manager role answers for (see ACCOUNTABILITY_READINGS). */
  accountabilityReading: z.enum(ACCOUNTABILITY_READINGS).default('responsibility'),
  /**
   * People appraised by the superior Party organisation besides whoever holds 党组主要负责人
   * (DOMAIN.md §1): on the 考核名单 as 由上级党组织考核, no 评鉴, outside every quota.
   */
  superiorAppraised: z.array(z.string().min(1).max(64)).max(200).default([]),
  /** Annual roll-up (DOMAIN.md §5): the 年度优秀 rule, its quota, and the 续聘 thresholds for 编外聘用. */
  annual: z
    .object({
      rule: z.enum(ANNUAL_RULES),
      excellentRatio: z.number().min(0).max(1),
      renewalPoorLimit: z.number().int().min(1).max(12),
      renewalAverageLimit: z.number().int().min(1).max(12),
    })
    .default({ rule: 'halfGoodNoLow', excellentRatio: 0.2, renewalPoorLimit: 2, renewalAverageLimit: 3 }),
  /**
   * Who rates whom (DOMAIN.md §1, local practice): 一般工作人员 ← 科室负责人 or 分管领导;
   * 科室负责人 and 二层单位班子成员 ← 分管领导 or 主要负责人; 党组班子成员 ← 主要负责人 or nobody here.
   * secondStep: the 分管领导 审核 the 科室负责人's 评鉴 of 一般工作人员 (agrees, or adjusts with an opinion).
   */
  reviewers: z
    .object({
      staff: z.enum(['departmentHead', 'supervisor']),
      heads: z.enum(['supervisor', 'principal']),
      members: z.enum(['principal', 'none']),
      secondStep: z.boolean().default(false),
    })
    .default({ staff: 'departmentHead', heads: 'supervisor', members: 'principal', secondStep: false }),
  /** The bureau's own reading of what a 处理方式 does to a period's grade, over the default table (caps.ts). */
  caps: z.partialRecord(z.enum(HANDLING_NAMES as [Handling, ...Handling[]]), z.enum(CAP_CHOICES)).default({}),
  /** The same kind of incident within this many months cannot be tolerated again. */
  toleranceRepeatMonths: z.number().int().min(1).max(60).default(12),
  /** When the steps are due: the 待办 page and the checks before each step read them. */
  deadlines: DeadlinesSchema.default(DEFAULT_DEADLINES),
  /** 公示名单: the 联系电话 printed on it and the grades it lists, remembered for the next period. */
  publicity: z
    .object({
      phone: z.string().trim().max(40, '联系电话不能超过40个字'),
      grades: z.array(z.enum(GRADES)).min(1, '请至少选择一个等次').max(4),
    })
    .default({ phone: '', grades: ['good'] }),
});
export type AppraisalSettings = z.infer<typeof AppraisalSettingsSchema>;
export const DEFAULT_APPRAISAL_SETTINGS: AppraisalSettings = AppraisalSettingsSchema.parse({});

/** Seats for 好 in a pool of `graded` people (DOMAIN.md §4.1). */
export function goodSeats(graded: number, s: Pick<AppraisalSettings, 'goodRatio' | 'rounding' | 'minOneSeatFrom'>): number {
  const exact = graded * s.goodRatio;
  // Guard against 0.1 + 0.2 style noise: 10 × 0.4 must be 4, not 3.9999.
  const clean = Math.round(exact * 1e9) / 1e9;
  const seats = s.rounding === 'floor' ? Math.floor(clean) : s.rounding === 'ceil' ? Math.ceil(clean) : Math.round(clean);
  return graded >= s.minOneSeatFrom ? Math.max(1, seats) : seats;
}
