import { z } from 'zod';
import { IsoDateSchema } from '../../domain/dates';
import { PERIOD_STATES } from '../../domain/period';
import { TODO_TARGETS } from '../../domain/todo';
import { PeriodIdSchema, PeriodSummarySchema } from '../appraisal-schemas';
import type { ChannelSpec } from '../channel';

const CountSchema = z.object({ done: z.number(), of: z.number() }).nullable();

const UnitTodoSchema = z.object({
  unitId: z.string(),
  label: z.string(),
  people: z.number(),
  records: CountSchema,
  summaries: CountSchema,
  reviews: CountSchema,
  tolerance: z.number(),
  missing: z.object({ records: z.array(z.string()), summaries: z.array(z.string()), reviews: z.array(z.string()) }),
  open: z.boolean(),
});

const TodoLineSchema = z.object({
  key: z.string(),
  level: z.enum(['todo', 'info', 'done']),
  text: z.string(),
  target: z.enum(TODO_TARGETS),
  unitId: z.string().optional(),
});

const StepGapSchema = z.object({
  key: z.enum(['records', 'summaries', 'reviews', 'ties', 'accountability', 'publicity']),
  text: z.string(),
  count: z.number(),
  names: z.array(z.string()),
});

/** Before the first period, and whenever they slip: the roster, who rates whom. */
const PreparationSchema = z.object({
  activePeople: z.number(),
  roles: z.number(),
  /** 科室 with no 科室负责人 where some people have no 评鉴人 at all (how many): a head or a 分管领导 must be registered. */
  headless: z.array(z.object({ unitId: z.string(), label: z.string(), unrated: z.number() })),
  /** 科室 with no 科室负责人 whose people are all rated by someone else — by whom (“分管领导李四”): worth knowing, nothing missing. */
  ratedAbove: z.array(z.object({ unitId: z.string(), label: z.string(), ratedBy: z.array(z.string()) })),
  /** People in post whom nobody is set up to rate (the roster flags them “无评鉴人”). */
  withoutReviewer: z.number(),
});

export const TodoSchema = z.object({
  today: IsoDateSchema,
  preparation: PreparationSchema,
  /** The period asked for, or the one being worked on (the newest not archived); null before the first. */
  period: PeriodSummarySchema.nullable(),
  summary: z
    .object({
      periodId: z.string(),
      label: z.string(),
      stateLabel: z.string(),
      due: z.object({ what: z.string(), date: IsoDateSchema, days: z.number() }).nullable(),
      units: z.array(UnitTodoSchema),
      lines: z.array(TodoLineSchema),
    })
    .nullable(),
  /** What is missing before the period's next step (the 下一步 dialog lists it, with names); null once archived. */
  next: z.object({ to: z.enum(PERIOD_STATES), gaps: z.array(StepGapSchema) }).nullable(),
});
export type Todo = z.infer<typeof TodoSchema>;

/**
 * 首页（待办）: per unit the 工作纪实 checked week by week (or month by month), 个人小结, 评鉴 and
 * 表现记录 awaiting a 容错 decision; ties, accountability results to confirm and the deadlines of the
 * period — worked out by the service from the unit files, the settings and the desk's clock.
 */
export const todoChannels = {
  'todo:get': {
    access: 'view',
    mode: 'read',
    input: z.object({ periodId: PeriodIdSchema.optional() }).strict(),
    output: TodoSchema,
  },
} as const satisfies Record<string, ChannelSpec>;
