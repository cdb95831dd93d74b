import { z } from 'zod';
import { FileOutputSchema } from '../appraisal-schemas';
import { FileInputSchema, IMPORT_KINDS, ImportPreviewSchema, ImportResultSchema } from '../schemas';
import { FilePath, Id } from '../fields';
import { JobIdSchema } from '../forms-schemas';
import { ColumnMappingSchema } from '../import-schemas';
import type { ChannelSpec } from '../channel';

/** Workbooks coming in: preview (nothing written), commit, the problem list as a workbook. */
export const importsChannels = {
  'import:preview': {
    access: 'change',
    mode: 'free',
    input: z
      .object({
        kind: z.enum(IMPORT_KINDS),
        sources: z.array(FileInputSchema).min(1, '请选择文件').max(100, '一次最多导入100个文件'),
        jobId: JobIdSchema.optional(),
        /** The period (and unit) the clerk is working on: a 评鉴表 of another one is refused. */
        expect: z
          .object({ periodId: z.string().max(20).optional(), unitId: Id.optional() })
          .strict()
          .default({}),
        /** Roster: header text → field, for columns the clerk mapped in the preview. */
        mapping: ColumnMappingSchema.optional(),
      })
      .strict(),
    output: ImportPreviewSchema,
  },
  'import:commit': {
    access: 'change',
    mode: 'change',
    input: z
      .object({
        previewId: z.string().min(1).max(64),
        mode: z.enum(['all', 'validOnly']).default('all'),
        /** The proposals of the preview the clerk left ticked (roster: roles, records); absent = all. */
        accept: z.array(z.string().max(120)).max(50_000).optional(),
      })
      .strict(),
    output: ImportResultSchema,
  },
  'import:errorReport': {
    access: 'change',
    mode: 'read',
    input: z.object({ previewId: z.string().min(1).max(64), file: FilePath.optional() }).strict(),
    output: FileOutputSchema,
  },
} as const satisfies Record<string, ChannelSpec>;
