import { z } from 'zod';
import { Id, Year } from './fields';
import { IsoDateSchema } from '../domain/dates';
import { GRADES } from '../domain/grade';
import { ROSTER_PRINT_KEYS } from '../forms/roster-form';
import { PeriodIdSchema } from './appraisal-schemas';

/** Schemas of the forms channels: which form, for whom, and how it goes out. */
export const JobIdSchema = z.string().regex(/^[\w-]{8,64}$/);

/** Who a form covers: one person, a unit (and those below it) or, neither given, the whole bureau. */
const scope = { unitId: Id.optional(), personId: Id.optional() };

export const FormRequestSchema = z.discriminatedUnion(
  'form',
  [
    z.object({ form: z.literal('summary'), periodId: PeriodIdSchema, unitId: Id.optional() }).strict(),
    z
      .object({
        form: z.literal('notice'),
        periodId: PeriodIdSchema,
        start: IsoDateSchema.optional(),
        end: IsoDateSchema.optional(),
        phone: z.string().trim().max(40, '联系电话不能超过40个字').optional(),
        grades: z
          .array(z.enum(GRADES, { message: '等次应为 好、较好、一般 或 较差' }))
          .min(1, '请至少选择一个等次')
          .max(4)
          .default(['good']),
      })
      .strict(),
    z.object({ form: z.literal('register'), periodId: PeriodIdSchema, ...scope }).strict(),
    z
      .object({
        form: z.literal('workRecords'),
        periodId: PeriodIdSchema,
        ...scope,
        /** One table per week or per month. */
        cadence: z.enum(['week', 'month'], { message: '纪实表应按周（week）或按月（month）' }).default('week'),
        /** A blank template to fill by hand instead of the records kept. */
        blank: z.boolean().default(false),
      })
      .strict(),
    z.object({ form: z.literal('annualRegister'), year: Year, ...scope }).strict(),
    z.object({ form: z.literal('annualReview'), year: Year, unitId: Id.optional() }).strict(),
    /** 管理责任规则适用情况: the period's accountability results (or one person's) with their evidence. */
    z.object({ form: z.literal('accountability'), periodId: PeriodIdSchema, personId: Id.optional() }).strict(),
    z
      .object({
        form: z.literal('roster'),
        unitId: Id.optional(),
        /** Columns to print (the Excel workbook always has every field); default: the settings', else the 干部名册's. */
        columns: z
          .array(z.enum(ROSTER_PRINT_KEYS, { message: '打印列不正确' }))
          .min(1, '请至少选择一列')
          .max(ROSTER_PRINT_KEYS.length)
          .optional(),
      })
      .strict(),
    /** A clerk's own form (考核设置 → 表格样式), by its id or its name, filled for a period. */
    z.object({ form: z.literal('template'), template: z.string().trim().min(1).max(64), periodId: PeriodIdSchema, ...scope }).strict(),
  ],
  { message: '表格种类应为 summary、notice、register、workRecords、annualRegister、annualReview、accountability、roster 或 template' },
);
export type FormRequest = z.infer<typeof FormRequestSchema>;
export type FormKind = FormRequest['form'];
