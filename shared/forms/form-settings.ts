import { z } from 'zod';
import { CATEGORIES } from '../domain/codes';
import { ROSTER_PRINT_KEYS } from './roster-form';
import { REGISTER_VARIANTS } from './staff-group';

/** Where a 平时考核登记表 puts the period's 工作纪实. */
export const WORK_RECORD_PLACEMENTS = ['appendix', 'inForm', 'separate'] as const;
export type WorkRecordPlacement = (typeof WORK_RECORD_PLACEMENTS)[number];
export const WORK_RECORD_PLACEMENT_LABELS: Record<WorkRecordPlacement, string> = {
  appendix: '印在登记表之后的“附页”上（默认）',
  inForm: '印在登记表第一页的“工作纪实”栏内（个人总结栏相应缩小）',
  separate: '不随登记表打印（另行打印“工作纪实表”）',
};

/**
 * How the bureau prints its forms: which 登记表 each 人员类别 gets (over the defaults of
 * staffGroup), where the 工作纪实 goes, and the 花名册's print columns. Stored with the
 * organisation; a change applies to the next print.
 */
export const FormSettingsSchema = z.object({
  registerForms: z.partialRecord(z.enum(CATEGORIES), z.enum(REGISTER_VARIANTS)).default({}),
  workRecords: z.enum(WORK_RECORD_PLACEMENTS).default('appendix'),
  /** null: the 干部名册 set (ROSTER_PRINT_DEFAULT). */
  rosterPrintColumns: z
    .array(z.enum(ROSTER_PRINT_KEYS))
    .min(1, '请至少选择一列')
    .refine((keys) => new Set(keys).size === keys.length, '打印列不能重复')
    .nullable()
    .default(null),
});
export type FormSettings = z.infer<typeof FormSettingsSchema>;
export const DEFAULT_FORM_SETTINGS: FormSettings = FormSettingsSchema.parse({});
