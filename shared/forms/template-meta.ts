import { z } from 'zod';

/**
 * A clerk's own form kept in the data folder (templates/<id>.xlsx|.docx, listed in
 * templates/index.json): its name in the app, the file it came from, when it was added.
 */
export const TEMPLATE_FORMATS = ['xlsx', 'docx'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

export const TemplateMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: z.string().trim().min(1, '请填写模板名称').max(40, '模板名称不能超过40个字'),
  format: z.enum(TEMPLATE_FORMATS),
  /** The file name it was added from (shown, and offered when it is exported again). */
  fileName: z.string().max(255),
  bytes: z.number().int().min(0),
  /** SHA-256 of the file as stored, to tell it is the one added. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: z.string(),
  addedBy: z.string(),
});
export type TemplateMeta = z.infer<typeof TemplateMetaSchema>;

/** How a Word template's copies come out: one document for everyone (a new page per person), or a .docx each (in a .zip). */
export const DOCX_LAYOUTS = ['together', 'perPerson'] as const;
export type DocxLayout = (typeof DOCX_LAYOUTS)[number];

/** What the preview of a Word template says about itself. */
export const DOCX_PREVIEW_NOTE =
  '预览由程序按 Word 文件排版：电脑上没有的字体用相近的字体代替，页眉页脚、文本框、浮动的图片和复杂的版式可能与 WPS/Word 中不同。要与 Word 打印的完全一致，请点“在 WPS/Word 中打开”，在那里打印。';

/** A template as kept in templates.json: what is listed, and the file itself (base64, as added). */
export const StoredTemplateSchema = TemplateMetaSchema.extend({ dataBase64: z.string() });
export type StoredTemplate = z.infer<typeof StoredTemplateSchema>;

/** <data>/templates.json: every template of the folder (a change rewrites this one file). */
export const TemplatesFileSchema = z.object({ templates: z.array(StoredTemplateSchema) });
export type TemplatesFile = z.infer<typeof TemplatesFileSchema>;

export const TEMPLATES_FILE = 'templates.json';
export const emptyTemplates = (): TemplatesFile => ({ templates: [] });
