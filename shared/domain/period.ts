import { z } from 'zod';
import { CATEGORIES, ESTABLISHMENTS } from './codes';
import { IsoDateSchema } from './dates';
import { UNDETERMINED_REASONS } from './grade';
import { EMPTY_GRADING, GradingRecordSchema } from '../grading/record';
import { formatMonthLabel, formatPeriodLabel } from '../text/ym-date';

/**
 * A 考核周期 (DOMAIN.md §2): a quarter by default, or a month. Its participants are fixed when
 * it opens, each with the unit they were in then; a later transfer does not move them.
 */
export const PERIOD_KINDS = ['quarter', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_STATES = ['recording', 'reviewing', 'grading', 'publicity', 'archived'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];
export const PERIOD_STATE_LABELS: Record<PeriodState, string> = {
  recording: '进行中',
  reviewing: '评鉴',
  grading: '评定',
  publicity: '公示',
  archived: '已归档',
};

/** Inputs (work records, summaries, reviews) can change until the results are published. */
export const INPUTS_OPEN: readonly PeriodState[] = ['recording', 'reviewing', 'grading'];

export const ParticipantSchema = z.object({
  personId: z.string(),
  name: z.string(),
  /** The unit on the day the period opened. */
  unitId: z.string(),
  establishment: z.enum(ESTABLISHMENTS).nullable(),
  category: z.enum(CATEGORIES).nullable(),
  post: z.string().nullable(),
  /** 不确定等次 this period, with why. */
  undetermined: z.object({ reason: z.enum(UNDETERMINED_REASONS), note: z.string().nullable() }).nullable(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const StateChangeSchema = z.object({
  from: z.enum(PERIOD_STATES).nullable(),
  to: z.enum(PERIOD_STATES),
  at: z.string(),
  by: z.string(),
  /** Required when moving back or reopening an archived period. */
  reason: z.string().nullable(),
});

export const PeriodSchema = z.object({
  id: z.string().regex(/^\d{4}-(Q[1-4]|M(0[1-9]|1[0-2]))$/),
  kind: z.enum(PERIOD_KINDS),
  year: z.number().int().min(2000).max(2100),
  /** Quarter 1–4 or month 1–12. */
  index: z.number().int().min(1).max(12),
  label: z.string(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  state: z.enum(PERIOD_STATES),
  openedAt: z.string(),
  history: z.array(StateChangeSchema),
  participants: z.array(ParticipantSchema),
  // Added with grading: older period files get an empty record.
  grading: GradingRecordSchema.default(EMPTY_GRADING),
});
export type Period = z.infer<typeof PeriodSchema>;

export function periodId(kind: PeriodKind, year: number, index: number): string {
  return kind === 'quarter' ? `${year}-Q${index}` : `${year}-M${String(index).padStart(2, '0')}`;
}

/** Every period of a year, in order: four quarters or twelve months, with their ids and labels. */
export function periodsOfYear(kind: PeriodKind, year: number): { id: string; label: string }[] {
  return Array.from({ length: kind === 'quarter' ? 4 : 12 }, (_, i) => ({
    id: periodId(kind, year, i + 1),
    label: kind === 'quarter' ? formatPeriodLabel(year, (i + 1) as 1 | 2 | 3 | 4) : formatMonthLabel(year, i + 1),
  }));
}

/** First and last day of a quarter or month. */
export function periodRange(kind: PeriodKind, year: number, index: number): { start: string; end: string } {
  const firstMonth = kind === 'quarter' ? (index - 1) * 3 + 1 : index;
  const lastMonth = kind === 'quarter' ? firstMonth + 2 : firstMonth;
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}
