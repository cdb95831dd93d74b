import type { FileOutput } from '../../../shared/api/contract';
import type { Period } from '../../../shared/domain/period';
import type { TemplateFacts } from '../../../shared/forms/placeholders';
import { DOCX_PREVIEW_NOTE, type DocxLayout, type TemplateFormat } from '../../../shared/forms/template-meta';
import { rejected } from '../app-error';
import { fileOutput } from '../excel/file-input';
import { formHtml, formOutput, PREVIEW_COPIES, sliceCopies } from '../forms/built-form';
import type { JobHandle } from '../jobs/jobs';
import { joinPdfs } from '../print/join-pdfs';
import type { PdfPrinter } from '../print/pdf';
import { docxPrintHtml } from './docx-html';
import { joinDocx } from './docx-join';
import { docxOutput, fillDocxCopies } from './docx-fill';
import { xlsxTemplateBuilt, xlsxTemplateForm } from './xlsx-template';

/** A template as the services hold it: its name in the app, its format and the file's bytes. */
export interface TemplateSource {
  name: string;
  format: TemplateFormat;
  bytes: Uint8Array;
}

/** What a template is filled for: a period, the people in scope (in the forms' order), and how the scope reads in a file name. */
export interface TemplateFill {
  period: Period;
  facts: TemplateFacts[];
  scope: string | null;
}

export type TemplateOutputFormat = 'xlsx' | 'docx' | 'pdf';

/** Word copies per Chromium job: a batch prints in parts, with progress and a cancel between them. */
const DOCX_PER_PART = 30;

const baseName = (t: TemplateSource, fill: TemplateFill) => `${t.name}-${fill.period.label}${fill.scope ? `-${fill.scope}` : ''}`;

/**
 * The print view of a filled template, as the built-in forms' preview: an Excel template through
 * the grid layout, a Word template through docx-preview (with a note on where it may differ from
 * Word). A large batch shows its first copies.
 */
export async function templatePreview(t: TemplateSource, fill: TemplateFill, all: boolean, printer: PdfPrinter) {
  const shown = all ? fill.facts.length : Math.min(fill.facts.length, PREVIEW_COPIES);
  const title = `${t.name}（${fill.period.label}）`;
  if (t.format === 'xlsx') {
    const built = xlsxTemplateBuilt(await xlsxTemplateForm(t.bytes, t.name), t.name, fill.period, fill.facts, fill.scope);
    return {
      title,
      fileName: built.fileName,
      html: formHtml(sliceCopies(built, 0, shown))!,
      copies: built.copies.length,
      shown,
      note: null,
    };
  }
  const copies = fillDocxCopies(t.bytes, t.name, fill.facts.slice(0, shown));
  const html = await docxPrintHtml(joinDocx(copies.map((c) => c.bytes)), title, printer);
  return { title, fileName: baseName(t, fill), html, copies: fill.facts.length, shown, note: DOCX_PREVIEW_NOTE };
}

/**
 * The filled template saved: an Excel template as a workbook (a sheet per person) or PDF; a Word
 * template as one .docx for everyone or a .zip of one .docx per person, or PDF. Nothing is written
 * when the clerk cancels.
 */
export async function templateOutput(
  t: TemplateSource,
  fill: TemplateFill,
  format: TemplateOutputFormat,
  job: JobHandle,
  printer: PdfPrinter,
  options: { layout?: DocxLayout; file?: string } = {},
): Promise<FileOutput> {
  if (format === 'docx' && t.format !== 'docx') throw rejected(`“${t.name}”是 Excel 模板，只能导出 Excel 或 PDF。`);
  if (format === 'xlsx' && t.format !== 'xlsx') throw rejected(`“${t.name}”是 Word 模板，只能导出 Word 文档或 PDF。`);
  job.step('整理数据', 5);
  if (t.format === 'xlsx') {
    const built = xlsxTemplateBuilt(await xlsxTemplateForm(t.bytes, t.name), t.name, fill.period, fill.facts, fill.scope);
    return formOutput(built, format === 'pdf' ? 'pdf' : 'xlsx', job, options.file, printer);
  }
  job.step('填写 Word 模板', 10);
  const copies = fillDocxCopies(t.bytes, t.name, fill.facts);
  let out: { extension: string; bytes: Uint8Array };
  if (format === 'docx') out = docxOutput(copies, options.layout ?? 'together');
  else {
    const pdfs: Uint8Array[] = [];
    for (let from = 0; from < copies.length; from += DOCX_PER_PART) {
      const to = Math.min(from + DOCX_PER_PART, copies.length);
      job.step(
        copies.length > DOCX_PER_PART ? `生成 PDF：第 ${from + 1}–${to} 份，共 ${copies.length} 份` : '生成 PDF',
        10 + Math.round((from / copies.length) * 85),
      );
      const html = await docxPrintHtml(joinDocx(copies.slice(from, to).map((c) => c.bytes)), t.name, printer);
      pdfs.push(await printer.toPdf(html));
    }
    out = { extension: 'pdf', bytes: await joinPdfs(pdfs) };
  }
  job.step('保存文件', 99);
  job.finish();
  return fileOutput(`${baseName(t, fill)}.${out.extension}`, out.bytes, options.file);
}
