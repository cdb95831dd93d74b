import { z } from 'zod';
import { TemplateMetaSchema } from '../../forms/template-meta';
import { FileOutputSchema } from '../appraisal-schemas';
import type { ChannelSpec } from '../channel';
import { FormRequestSchema } from '../forms-schemas';
import { FileInputSchema } from '../schemas';

const Id = z.string().min(1).max(64);

/**
 * 表格样式: the clerk's own forms (an .xlsx or .docx with placeholders) kept in the data folder.
 * Filling one goes through forms:preview / forms:export with a `template` request.
 */
export const templatesChannels = {
  'templates:list': {
    access: 'view',
    mode: 'read',
    input: z.object({}).strict(),
    output: z.object({ templates: z.array(TemplateMetaSchema) }),
  },
  /** Checked whole first (every problem told); kept only when it can be filled. */
  'templates:add': {
    access: 'change',
    mode: 'change',
    input: z.object({ name: TemplateMetaSchema.shape.name, source: FileInputSchema }).strict(),
    output: TemplateMetaSchema,
  },
  'templates:remove': {
    access: 'change',
    mode: 'change',
    input: z.object({ id: Id }).strict(),
    output: z.object({ removed: z.literal(true) }),
  },
  /** The template's file as it was added, to change it in Excel/WPS/Word and add it again. */
  'templates:export': {
    access: 'view',
    mode: 'read',
    input: z.object({ id: Id, file: z.string().trim().min(1).max(1024).optional() }).strict(),
    output: FileOutputSchema,
  },
  /** A filled template opened in the PC's own program (WPS/Word or Excel): the desktop app only. */
  'templates:open': {
    access: 'view',
    mode: 'free',
    input: z.object({ request: FormRequestSchema }).strict(),
    output: z.object({ file: z.string() }),
  },
} as const satisfies Record<string, ChannelSpec>;
