import ExcelJS from 'exceljs';
import type { FileOutput } from '../../../shared/api/contract';
import type { GridForm } from '../../../shared/forms/grid-form';
import { renderGridFormHtml } from '../../../shared/forms/grid-html';
import { renderTableFormHtml } from '../../../shared/forms/table-html';
import type { TableCopy } from '../../../shared/forms/table-form';
import { fileOutput } from '../excel/file-input';
import { writeGridForm } from '../excel/write-grid-form';
import { writeTableForm } from '../excel/write-table-form';
import type { JobHandle } from '../jobs/jobs';
import { joinPdfs } from '../print/join-pdfs';
import type { PdfPrinter } from '../print/pdf';
import { printFontFaces } from '../print/print-font';
import { workbookBytes } from '../excel/workbook-bytes';

export type FormFormat = 'xlsx' | 'pdf';

/**
 * A form filled and ready to go out, before choosing how: the layout and its filled copies (one
 * per person, week …). The same value becomes the print view, the workbook (a sheet per copy)
 * or the PDF, so the three never disagree.
 */
// Each copy brings its own row and data types; `any` here is that existential, checked where the form is built.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type BuiltForm = { title: string; fileName: string } & (
  { kind: 'table'; copies: TableCopy<any, any>[] } | { kind: 'grid'; copies: { form: GridForm<any>; data: unknown; sheetName: string }[] }
);
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Copies per Chromium print job: a batch prints in parts, so it shows progress and can be
 * cancelled. Each job costs ~0.5 s on its own (measured: 300 登记表 in parts of 20 took 3× one
 * job, in parts of 60 about 1.5×).
 */
const COPIES_PER_PART = 60;
/** The preview shows the first copies of a large batch; the PDF and the workbook have them all. */
export const PREVIEW_COPIES = 30;

/** Some of a form's copies (a part of a batch, the first of a preview). */
export function sliceCopies(built: BuiltForm, from: number, to: number): BuiltForm {
  return { ...built, copies: built.copies.slice(from, to) } as BuiltForm;
}

/** The print view: the forms, then any 附页 (or only one of the two; null when that is empty). */
export function formHtml(built: BuiltForm, include: 'all' | 'forms' | 'appendices' = 'all'): string | null {
  const fonts = printFontFaces();
  if (built.kind === 'grid') return renderGridFormHtml(built.copies, built.title, fonts, include);
  return include === 'appendices' ? null : renderTableFormHtml(built.copies, built.title, fonts);
}

export async function formOutput(
  built: BuiltForm,
  format: FormFormat,
  job: JobHandle,
  file: string | undefined,
  printer: PdfPrinter,
): Promise<FileOutput> {
  const bytes = format === 'pdf' ? await formPdf(built, job, printer) : await formWorkbook(built, job);
  job.step('保存文件', 99); // a cancel during the last part stops here: nothing is written
  job.finish();
  return fileOutput(`${built.fileName}.${format}`, bytes, file);
}

async function formWorkbook(built: BuiltForm, job: JobHandle): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '平时考核';
  const names = new Set<string>();
  built.copies.forEach((copy, i) => {
    if (i % 50 === 0) job.step(`写入第 ${i + 1}/${built.copies.length} 份`, Math.round((i / built.copies.length) * 80));
    if (built.kind === 'table') {
      const c = copy as (typeof built.copies)[number];
      writeTableForm(wb, c.form, c.rows, c.ctx, sheetName(names, c.sheetName ?? c.form.sheetName));
    } else {
      const c = copy as (typeof built.copies)[number];
      writeGridForm(wb, c.form, c.data, sheetName(names, c.sheetName));
    }
  });
  job.step('保存 Excel 文件', 85);
  return await workbookBytes(wb);
}

/** The batch in parts of COPIES_PER_PART through the printer, joined into one PDF. */
async function formPdf(built: BuiltForm, job: JobHandle, printer: PdfPrinter): Promise<Uint8Array> {
  const parts = Math.max(1, Math.ceil(built.copies.length / COPIES_PER_PART));
  const pdfs: Uint8Array[] = [];
  for (let p = 0; p < parts; p++) {
    job.step(
      parts > 1
        ? `生成 PDF：第 ${p * COPIES_PER_PART + 1}–${Math.min((p + 1) * COPIES_PER_PART, built.copies.length)} 份，共 ${built.copies.length} 份`
        : '生成 PDF',
      Math.round((p / parts) * 95),
    );
    const part = sliceCopies(built, p * COPIES_PER_PART, (p + 1) * COPIES_PER_PART);
    pdfs.push(await printer.toPdf(formHtml(part, parts > 1 ? 'forms' : 'all')!));
  }
  // The 附页 of the whole batch after all the forms, as the print view has them.
  const appendices = parts > 1 ? formHtml(built, 'appendices') : null;
  if (appendices) pdfs.push(await printer.toPdf(appendices));
  if (pdfs.length > 1) job.step('合并 PDF', 96);
  return joinPdfs(pdfs);
}

/**
 * A unique sheet name Excel accepts: no []:*?/\, no ' at either end, at most 31 characters
 * (counted whole, so a rare character is never cut in half), room left for a (2) … suffix.
 */
function sheetName(used: Set<string>, wanted: string): string {
  const clean = [...wanted.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '')];
  let name = clean.slice(0, 31).join('') || '表';
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${clean.slice(0, 31 - String(n).length - 2).join('')}(${n})`;
  used.add(name.toLowerCase());
  return name;
}
