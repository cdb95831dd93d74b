import ExcelJS from 'exceljs';
import type { FileOutput } from '../../../shared/api/contract';
import { renderTableFormHtml } from '../../../shared/forms/table-html';
import type { TableForm } from '../../../shared/forms/table-form';
import { fileOutput } from '../excel/file-input';
import { writeTableForm } from '../excel/write-table-form';
import { pdfPrinter } from '../print/pdf';
import { workbookBytes } from '../excel/workbook-bytes';

export type FormFormat = 'xlsx' | 'pdf';

/** One form, one file: the workbook written from the layout, or its print view printed to PDF. */
export async function formFile<Row, Ctx>(form: TableForm<Row, Ctx>, rows: Row[], ctx: Ctx, out: { format: FormFormat; name: string; file?: string }): Promise<FileOutput> {
  let bytes: Uint8Array;
  if (out.format === 'pdf') bytes = await pdfPrinter().toPdf(renderTableFormHtml(form, rows, ctx));
  else {
    const wb = new ExcelJS.Workbook();
    wb.creator = '平时考核';
    writeTableForm(wb, form, rows, ctx);
    bytes = await workbookBytes(wb);
  }
  return fileOutput(`${out.name}.${out.format}`, bytes, out.file);
}
