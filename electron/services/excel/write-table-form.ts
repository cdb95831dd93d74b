import ExcelJS from 'exceljs';
import type { FontSpec, TableForm } from '../../../shared/forms/table-form';
import { headerDepth } from '../../../shared/forms/table-form';

const CM_PER_INCH = 2.54;
const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** GB2312 charset (134) so Excel and WPS pick the Chinese font on a government PC. */
const font = (f: FontSpec): Partial<ExcelJS.Font> => ({ name: f.name, size: f.size, bold: f.bold ?? false, charset: 134 });

/**
 * Writes a list form: title, sub-title line, merged (two-row) header with borders on every
 * edge cell, text cells for every value (ids and dates never become numbers; a value starting
 * with = + - @ stays text, never a formula), A4 page setup, repeated header rows, footer.
 */
export function writeTableForm<Row, Ctx>(wb: ExcelJS.Workbook, form: TableForm<Row, Ctx>, rows: Row[], ctx: Ctx): ExcelJS.Worksheet {
  const depth = headerDepth(form as TableForm<unknown, unknown>);
  const width = form.columns.length;
  const ws = wb.addWorksheet(form.sheetName, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 2 + depth }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: form.page.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: {
        left: form.page.margins.left / CM_PER_INCH,
        right: form.page.margins.right / CM_PER_INCH,
        top: form.page.margins.top / CM_PER_INCH,
        bottom: form.page.margins.bottom / CM_PER_INCH,
        header: 0.3,
        footer: 0.3,
      },
      printTitlesRow: `3:${2 + depth}`,
    },
    headerFooter: { oddFooter: form.page.footer, evenFooter: form.page.footer },
  });
  ws.columns = form.columns.map((c) => ({ key: c.key, width: c.width }));

  ws.mergeCells(1, 1, 1, width);
  const title = ws.getCell(1, 1);
  title.value = form.title(ctx);
  title.font = font(form.fonts.title);
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 36;

  const [left, right] = form.subtitle(ctx);
  const half = Math.max(1, Math.floor(width / 2));
  ws.mergeCells(2, 1, 2, half);
  ws.mergeCells(2, half + 1, 2, width);
  Object.assign(ws.getCell(2, 1), { value: left, font: font(form.fonts.subtitle), alignment: { horizontal: 'left', vertical: 'middle' } });
  Object.assign(ws.getCell(2, half + 1), { value: right, font: font(form.fonts.subtitle), alignment: { horizontal: 'right', vertical: 'middle' } });
  ws.getRow(2).height = 20;

  const headerStyle = (cell: ExcelJS.Cell) => {
    cell.font = font(form.fonts.header);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = box;
  };
  for (let i = 0; i < width; i++) {
    const col = form.columns[i];
    if (depth === 1 || col.group === null) {
      ws.getCell(3, i + 1).value = col.label;
      if (depth === 2) ws.mergeCells(3, i + 1, 4, i + 1);
    } else {
      ws.getCell(4, i + 1).value = col.label;
      const first = form.columns.findIndex((c) => c.group === col.group);
      if (first === i) {
        let last = i;
        while (form.columns[last + 1]?.group === col.group) last++;
        ws.getCell(3, i + 1).value = col.group;
        if (last > i) ws.mergeCells(3, i + 1, 3, last + 1);
      }
    }
    // Excel draws a merged area's border per cell: style every cell of the header block.
    for (let r = 3; r < 3 + depth; r++) headerStyle(ws.getCell(r, i + 1));
  }
  for (let r = 3; r < 3 + depth; r++) ws.getRow(r).height = depth === 2 ? 22 : 30;

  const lineHeight = form.fonts.body.size * 1.3;
  rows.forEach((row, index) => {
    const r = ws.getRow(3 + depth + index);
    let lines = 1;
    form.columns.forEach((col, i) => {
      const cell = r.getCell(i + 1);
      const v = col.value(row, index);
      lines = Math.max(lines, linesNeeded(v === null ? '' : String(v), col.width));
      cell.value = typeof v === 'number' ? v : v === null ? null : String(v);
      cell.numFmt = '@';
      cell.font = font(form.fonts.body);
      cell.alignment = { horizontal: col.align ?? 'left', vertical: 'middle', wrapText: true };
      cell.border = box;
    });
    // Excel and WPS do not grow a row for wrapped text on their own: size it for the longest cell.
    r.height = Math.max(form.rowHeight, Math.ceil(lines * lineHeight + 6));
  });
  return ws;
}

/** Lines a text takes in a column `width` characters wide (a CJK character is two). */
function linesNeeded(text: string, width: number): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return Math.max(1, Math.ceil(units / Math.max(1, width - 1)));
}
