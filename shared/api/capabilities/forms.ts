import { z } from 'zod';
import { FileOutputSchema } from '../appraisal-schemas';
import { DOCX_LAYOUTS } from '../../forms/template-meta';
import { FormRequestSchema, JobIdSchema } from '../forms-schemas';
import { FormSettingsSchema } from '../../forms/form-settings';
import { Empty } from '../fields';
import type { ChannelSpec } from '../channel';

/** Forms out: the print view and the workbook or PDF of every form, and how the bureau prints them. */
export const formsChannels = {
  /**
   * The print view (HTML, no script) of a form: a large batch's first copies to look at, or all to
   * print; how it can be saved (`outputs`), and what to know about the view (`note`: where a Word
   * template's preview may differ from Word). Free: a Word template is laid out by Chromium after
   * its data is gathered under the read lock.
   */
  'forms:preview': {
    access: 'view',
    mode: 'free',
    input: z.object({ request: FormRequestSchema, all: z.boolean().default(false) }).strict(),
    output: z.object({
      title: z.string(),
      fileName: z.string(),
      html: z.string(),
      copies: z.number(),
      shown: z.number(),
      outputs: z.array(z.enum(['xlsx', 'docx', 'pdf'])),
      note: z.string().nullable(),
    }),
  },
  'forms:export': {
    access: 'view',
    mode: 'free',
    input: z
      .object({
        request: FormRequestSchema,
        format: z.enum(['xlsx', 'pdf', 'docx'], { message: '格式应为 xlsx、pdf 或 docx' }).default('xlsx'),
        /** A Word template's copies: one document (a new page per person) or a .docx each (in a .zip). */
        layout: z.enum(DOCX_LAYOUTS).default('together'),
        file: z.string().trim().min(1).max(1024).optional(),
        jobId: JobIdSchema.optional(),
      })
      .strict(),
    output: FileOutputSchema,
  },
  /** 表格设置: which 登记表 each 人员类别 gets, where the 工作纪实 goes, the 花名册's print columns. */
  'formSettings:get': { access: 'view', mode: 'read', input: Empty, output: FormSettingsSchema },
  'formSettings:save': { access: 'change', mode: 'change', input: FormSettingsSchema, output: FormSettingsSchema },
} as const satisfies Record<string, ChannelSpec>;
