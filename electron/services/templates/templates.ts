import { createHash } from 'node:crypto';
import type { FileInput, FileOutput } from '../../../shared/api/contract';
import type { FormRequest } from '../../../shared/api/forms-schemas';
import { TEMPLATE_FORMATS, type DocxLayout, type StoredTemplate, type TemplateMeta } from '../../../shared/forms/template-meta';
import { notFound, rejected } from '../app-error';
import { newId, type ChangeContext, type DeskContext, type ReadContext } from '../context';
import { fileBytes, fileOutput } from '../excel/file-input';
import { openCopy } from '../print/file-opener';
import type { View } from '../store/folder/view';
import { unitLabel } from '../../../shared/domain/unit';
import { checkDocxTemplate } from './docx-template';
import { templateFacts } from './template-facts';
import { templateFormat } from './template-file';
import { templateOutput, templatePreview, type TemplateFill, type TemplateOutputFormat, type TemplateSource } from './template-output';
import { xlsxTemplateForm } from './xlsx-template';

/** A template is a form: a few dozen kB, a few hundred with a picture. It is kept inside templates.json. */
export const MAX_STORED_TEMPLATE_BYTES = 5 * 1024 * 1024;

const meta = ({ dataBase64: _, ...m }: StoredTemplate): TemplateMeta => m;
const FORMAT_NAMES = { xlsx: 'Excel', docx: 'Word' } as const;
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function listTemplates(ctx: ReadContext): { templates: TemplateMeta[] } {
  return { templates: ctx.view.templates().map(meta) };
}

/** A template by id, or by its name (the CLI names it). */
function findTemplate(view: View, idOrName: string): StoredTemplate {
  const all = view.templates();
  const t = all.find((x) => x.id === idOrName) ?? all.find((x) => sameName(x.name, idOrName));
  if (!t) throw notFound(`表格模板“${idOrName}”`);
  return t;
}

const source = (t: StoredTemplate): TemplateSource => ({ name: t.name, format: t.format, bytes: Buffer.from(t.dataBase64, 'base64') });

/**
 * 添加模板: the file is read for what it is (by content), checked as it will be filled — every
 * problem refused in one message — and kept whole in templates.json with one audit entry.
 */
export async function addTemplate(ctx: ChangeContext, input: { name: string; source: FileInput }): Promise<TemplateMeta> {
  const name = input.name.trim();
  if (ctx.view.templates().some((t) => sameName(t.name, name))) throw rejected(`已经有名为“${name}”的模板：请换一个名称，或先删除原来的。`);
  const { fileName, bytes } = await fileBytes(input.source);
  const format = templateFormat(bytes, fileName);
  if (bytes.length > MAX_STORED_TEMPLATE_BYTES)
    throw rejected(`“${fileName}”有 ${size(bytes.length)}，表格模板最大 ${size(MAX_STORED_TEMPLATE_BYTES)}：请删除其中的大图片后再添加。`);
  if (format === 'xlsx') await xlsxTemplateForm(bytes, name);
  else checkDocxTemplate(bytes, name);
  const added: TemplateMeta = {
    id: newId('tpl'),
    name,
    format,
    fileName,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    addedAt: ctx.tx.now,
    addedBy: ctx.actor,
  };
  ctx.tx.changeTemplates((d) => {
    d.templates.push({ ...added, dataBase64: Buffer.from(bytes).toString('base64') });
  });
  ctx.tx.audit({
    action: 'template.add',
    target: added.id,
    summary: `添加表格模板“${name}”（${FORMAT_NAMES[format]}，${fileName}，${size(bytes.length)}）`,
    after: added,
  });
  return added;
}

export function removeTemplate(ctx: ChangeContext, input: { id: string }): { removed: true } {
  const t = findTemplate(ctx.view, input.id);
  ctx.tx.changeTemplates((d) => {
    d.templates = d.templates.filter((x) => x.id !== t.id);
  });
  ctx.tx.audit({
    action: 'template.remove',
    target: t.id,
    summary: `删除表格模板“${t.name}”（${FORMAT_NAMES[t.format]}，${t.fileName}）`,
    before: meta(t),
  });
  return { removed: true };
}

/** 导出: the file exactly as it was added (its checksum shows it is). */
export async function exportTemplateFile(ctx: ReadContext, input: { id: string; file?: string }): Promise<FileOutput> {
  const t = findTemplate(ctx.view, input.id);
  const bytes = Buffer.from(t.dataBase64, 'base64');
  const ext = TEMPLATE_FORMATS.includes(t.format) ? t.format : 'xlsx';
  const fileName = /\.(xlsx|docx)$/i.test(t.fileName) ? t.fileName : `${t.name}.${ext}`;
  return fileOutput(fileName, bytes, input.file);
}

type TemplateRequest = Extract<FormRequest, { form: 'template' }>;

/** The template and the facts it is filled with, gathered under the folder's read lock (rendering comes after). */
async function gather(ctx: DeskContext, request: TemplateRequest): Promise<{ t: TemplateSource; fill: TemplateFill }> {
  return ctx.folder.read(async (view) => {
    const t = findTemplate(view, request.template);
    const { period, facts } = await templateFacts(view, request);
    const org = view.org();
    const scope = request.personId ? facts[0].name : request.unitId ? unitLabel(org.units, request.unitId).replace(/\s+/g, '') : null;
    return { t: source(t), fill: { period, facts, scope } };
  });
}

/** forms:preview of a template. */
export async function previewTemplateForm(ctx: DeskContext, request: TemplateRequest, all: boolean) {
  const { t, fill } = await gather(ctx, request);
  const view = await templatePreview(t, fill, all, ctx.printer);
  const outputs: ('xlsx' | 'docx' | 'pdf')[] = [t.format, 'pdf'];
  return { ...view, outputs };
}

/** forms:export of a template: a workbook, a Word document (or a .zip of one each), or PDF. */
export async function exportTemplateForm(
  ctx: DeskContext,
  input: { request: TemplateRequest; format: TemplateOutputFormat; layout: DocxLayout; file?: string; jobId?: string },
): Promise<FileOutput> {
  const job = ctx.jobs.start(input.jobId);
  job.step('整理数据', 2);
  const { t, fill } = await gather(ctx, input.request);
  return templateOutput(t, fill, input.format, job, ctx.printer, { layout: input.layout, file: input.file });
}

/**
 * 在 WPS/Word 中打开: the filled document (one for everyone in scope) written to a temporary file
 * and opened with the PC's own program, for the exact print Word makes.
 */
export async function openTemplateForm(ctx: DeskContext, input: { request: FormRequest }): Promise<{ file: string }> {
  if (input.request.form !== 'template') throw rejected('只有自己的表格模板可以在 WPS/Word 中打开；程序自带的表格请导出 Excel。');
  const { t, fill } = await gather(ctx, input.request);
  const out = await templateOutput(t, fill, t.format === 'docx' ? 'docx' : 'xlsx', ctx.jobs.start(undefined), ctx.printer, {
    layout: 'together',
  });
  return openCopy(out.fileName, Buffer.from(out.dataBase64!, 'base64'));
}
