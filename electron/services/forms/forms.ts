import type { FileOutput } from '../../../shared/api/contract';
import type { FormRequest } from '../../../shared/api/forms-schemas';
import type { DeskContext, ReadContext } from '../context';
import { formHtml, formOutput, PREVIEW_COPIES, sliceCopies, type BuiltForm, type FormFormat } from './built-form';
import { buildRoster } from '../roster/roster-export';
import { buildAccountability } from './accountability';
import { buildAnnualRegister, buildAnnualReview } from './annual-forms';
import { buildNotice } from './notice';
import { buildRegister } from './register';
import { buildSummary } from './summary';
import { buildWorkRecords } from './work-records';

/**
 * Every form the app produces, by the name the contract uses for it. `purpose` matters to the
 * 花名册 only: its workbook is the full list, its print the chosen columns.
 */
function buildForm(ctx: ReadContext, request: FormRequest, purpose: 'print' | 'xlsx'): Promise<BuiltForm> {
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

/** The print view for the preview screen (a large batch shows its first copies). */
export async function previewForm(ctx: ReadContext, input: { request: FormRequest; all: boolean }) {
  const built = await buildForm(ctx, input.request, 'print');
  const shown = input.all ? built.copies.length : Math.min(built.copies.length, PREVIEW_COPIES);
  return {
    title: built.title,
    fileName: built.fileName,
    html: formHtml(sliceCopies(built, 0, shown))!,
    copies: built.copies.length,
    shown,
  };
}

/** The form as a workbook or a PDF, with progress for a batch. */
export async function exportForm(
  ctx: DeskContext,
  input: { request: FormRequest; format: FormFormat; file?: string; jobId?: string },
): Promise<FileOutput> {
  const job = ctx.jobs.start(input.jobId);
  job.step('整理数据', 2);
  // The data is gathered under the folder's read lock; the long part (the PDF) runs without it.
  const built = await ctx.folder.read((view) => buildForm({ ...ctx, view }, input.request, input.format === 'xlsx' ? 'xlsx' : 'print'));
  return formOutput(built, input.format, job, input.file, ctx.printer);
}
