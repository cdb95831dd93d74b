import { z } from 'zod';
import { IsoDateSchema, addDays, addMonths } from './dates';

/**
 * 表现记录 (Incident): conduct on the negative list or recognised work, with how it was handled
 * and for how long it weighs on appraisals (影响期). The cap a handling puts on grades is the
 * grading engine's business (issue: grading); here are the facts and their defaults.
 */
export const NEGATIVE_KINDS = ['昏庸懒散拖问题突出', '工作推进不理想', '造成不良影响', '违反工作纪律', '其他负面情形'] as const;
export const POSITIVE_KINDS = ['表彰奖励', '急难险重任务'] as const;
export const INCIDENT_KINDS = [...NEGATIVE_KINDS, ...POSITIVE_KINDS] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** The kinds the manager-accountability rule looks at (DOMAIN.md §4.4). */
export const ACCOUNTABILITY_KINDS: readonly IncidentKind[] = ['昏庸懒散拖问题突出', '工作推进不理想', '造成不良影响'];

/**
 * 处理方式 with their default 影响期 in months (null: until the case is closed). Party and
 * government sanctions follow their 影响期 (党内警告 1 年, 严重警告 1 年半, 政务警告 6 个月,
 * 记过 12, 记大过 18, 降级/撤职 24); the lighter measures are local practice and editable.
 */
export const HANDLINGS = {
  提醒谈话: 3,
  批评教育: 3,
  通报批评: 6,
  责令检查: 6,
  诫勉: 12,
  调整职务: 12,
  责令辞职: 12,
  免职: 12,
  降职: 12,
  党内警告: 12,
  党内严重警告: 18,
  撤销党内职务: 24,
  留党察看: 24,
  开除党籍: 36,
  政务警告: 6,
  记过: 12,
  记大过: 18,
  降级: 24,
  撤职: 24,
  立案审查: null,
  通报表扬: 0,
  嘉奖: 0,
  记功: 0,
  表彰: 0,
} as const satisfies Record<string, number | null>;
export type Handling = keyof typeof HANDLINGS;
export const HANDLING_NAMES = Object.keys(HANDLINGS) as Handling[];

/** 三个区分开来: which distinction a 容错 decision rests on. */
export const DISTINCTIONS = {
  1: '因缺乏经验、先行先试出现的失误，区别于明知故犯',
  2: '上级尚无明确限制的探索性试验中的失误，区别于明令禁止后我行我素',
  3: '为推动发展的无意过失，区别于为谋取私利的违纪违法',
} as const;

export const ToleranceSchema = z.object({
  decision: z.enum(['exempt', 'mitigated']),
  /** 认定机关 */
  body: z.string().trim().min(1, '请填写认定机关').max(60),
  docNo: z.string().trim().min(1, '请填写认定文号').max(60),
  date: IsoDateSchema,
  distinction: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  note: z.string().trim().max(500).nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type Tolerance = z.infer<typeof ToleranceSchema>;
export const TOLERANCE_LABELS = { exempt: '免责', mitigated: '从轻' } as const;

export const IncidentSchema = z.object({
  id: z.string(),
  /** About a person, or about a unit as a whole (personId null). */
  personId: z.string().nullable(),
  unitId: z.string(),
  kind: z.enum(INCIDENT_KINDS),
  handling: z.enum(HANDLING_NAMES as [Handling, ...Handling[]]),
  date: IsoDateSchema,
  /** 事由 */
  reason: z.string().trim().min(1, '请填写事由').max(500),
  /** 文号 */
  docNo: z.string().trim().max(60).nullable(),
  /** 影响期 in months; null = until closed (立案审查). */
  impactMonths: z.number().int().min(0).max(60).nullable(),
  /** Last day the incident weighs on appraisals; null while open-ended. */
  impactUntil: IsoDateSchema.nullable(),
  /** 立案审查 closed on. */
  closedOn: IsoDateSchema.nullable(),
  tolerance: ToleranceSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Incident = z.infer<typeof IncidentSchema>;

export const IncidentsFileSchema = z.object({ incidents: z.array(IncidentSchema) });
export type IncidentsFile = z.infer<typeof IncidentsFileSchema>;

/** The last day of an impact window of `months` starting on `date` (a 6-month window from 03-15 ends 09-14). */
export function impactEnd(date: string, months: number | null, closedOn: string | null = null): string | null {
  if (months === null) return closedOn;
  if (months === 0) return date;
  return addDays(addMonths(date, months), -1);
}

/**
 * Checks an incident's date (issue 16 §6): a date after today is refused; one before the first
 * period is kept with a warning, since it may still weigh on a later period through its 影响期.
 */
export function checkIncidentDate(
  date: string,
  today: string,
  firstPeriod: { label: string; start: string } | null,
): { error: string | null; warning: string | null } {
  if (date > today) return { error: `日期 ${date} 晚于今天（${today}），表现记录只能登记已经发生的事项。`, warning: null };
  if (firstPeriod && date < firstPeriod.start)
    return {
      error: null,
      warning: `日期 ${date} 早于第一个考核周期（${firstPeriod.label}，自 ${firstPeriod.start} 起）；已登记，影响期覆盖到的周期仍按它评定。`,
    };
  return { error: null, warning: null };
}

/** Discipline details stay out of sight in lists and views: the first character, then stars (shown whole on request, logged). */
export const maskedReason = (reason: string): string => `${[...reason][0] ?? ''}＊＊＊＊`;
