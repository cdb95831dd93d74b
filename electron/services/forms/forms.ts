import type { FileOutput } from '../../../shared/api/contract';
import type { FormRequest } from '../../../shared/api/forms-schemas';
import type { DocxLayout } from '../../../shared/forms/template-meta';
import { rejected } from '../app-error';
import type { DeskContext, ReadContext } from '../context';
import { exportTemplateForm, previewTemplateForm } from '../templates/templates';
import { formHtml, formOutput, PREVIEW_COPIES, sliceCopies, type BuiltForm, type FormFormat } from './built-form';
import { buildRoster } from '../roster/roster-export';
import { buildAccountability } from './accountability';
import { buildAnnualRegister, buildAnnualReview } from './annual-forms';
import { buildNotice } from './notice';
import { buildRegister } from './register';
import { buildSummary } from './summary';
import { buildWorkRecords } from './work-records';

type BuiltInRequest = Exclude<FormRequest, { form: 'template' }>;

/**
 * Every form the app produces, by the name the contract uses for it (a clerk's template goes its
 * own way). `purpose` matters to the 花名册 only: its workbook is the full list, its print the
 * chosen columns.
 */
function buildForm(ctx: ReadContext, request: BuiltInRequest, purpose: 'print' | 'xlsx'): Promise<BuiltForm> {
  switch (request.form) {
    case 'summary':
      return buildSummary(ctx, request);
    case 'notice':
      return buildNotice(ctx, request);
    case 'register':
      return buildRegister(ctx, request);
    case 'workRecords':
      return buildWorkRecords(ctx, request);
    case 'annualRegister':
      return buildAnnualRegister(ctx, request);
    case 'annualReview':
      return buildAnnualReview(ctx, request);
    case 'accountability':
      return buildAccountability(ctx, request);
    case 'roster':
      return buildRoster(ctx, request, purpose);
  }
}

/**
 * The print view for the preview screen (a large batch shows its first copies), and how the form
 * can be saved. The data is gathered under the folder's read lock; a clerk's Word template is laid
 * out after it.
 */
export async function previewForm(ctx: DeskContext, input: { request: FormRequest; all: boolean }) {
  const request = input.request;
  if (request.form === 'template') return previewTemplateForm(ctx, request, input.all);
  const built = await ctx.folder.read((view) => buildForm({ ...ctx, view }, request, 'print'));
  const shown = input.all ? built.copies.length : Math.min(built.copies.length, PREVIEW_COPIES);
  return {
    title: built.title,
    fileName: built.fileName,
    html: formHtml(sliceCopies(built, 0, shown))!,
    copies: built.copies.length,
    shown,
    outputs: ['xlsx', 'pdf'] as ('xlsx' | 'docx' | 'pdf')[],
    note: null,
  };
}

/** The form as a workbook or a PDF (a Word template also as Word documents), with progress for a batch. */
export async function exportForm(
  ctx: DeskContext,
  input: { request: FormRequest; format: FormFormat | 'docx'; layout: DocxLayout; file?: string; jobId?: string },
): Promise<FileOutput> {
  const request = input.request;
  if (request.form === 'template') return exportTemplateForm(ctx, { ...input, request });
  const format = input.format;
  if (format === 'docx') throw rejected('程序自带的表格只能导出 Excel 或 PDF（格式应为 xlsx 或 pdf）；Word 格式只用于自己的 Word 模板。');
  const job = ctx.jobs.start(input.jobId);
  job.step('整理数据', 2);
  // The data is gathered under the folder's read lock; the long part (the PDF) runs without it.
  const built = await ctx.folder.read((view) => buildForm({ ...ctx, view }, request, format === 'xlsx' ? 'xlsx' : 'print'));
  return formOutput(built, format, job, input.file, ctx.printer);
}
