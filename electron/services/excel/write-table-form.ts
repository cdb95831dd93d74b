import ExcelJS from 'exceljs';
import type { FontSpec, TableForm } from '../../../shared/forms/table-form';
import { headerCells, headerDepth, headerRowHeight, LINE_HEIGHTS, sectionRuns } from '../../../shared/forms/table-form';
import { a4Sheet, formFont as font, thinBox } from './styles';

/**
 * Writes a list form: title, sub-title, 填报 line, merged (two-row) header, the rows, a 合计 row
 * and the lines under the table. Every cell of the header, the rows and the 合计 row has its own
 * border (Excel draws a merged area's border per cell); every value is a text cell (ids and dates
 * never become numbers; a value starting with = + - @ stays text, never a formula). A4 page setup,
 * header rows repeated on every page, footer.
 */
export function writeTableForm<Row, Ctx>(
  wb: ExcelJS.Workbook,
  form: TableForm<Row, Ctx>,
  rows: Row[],
  ctx: Ctx,
  sheetName = form.sheetName,
): ExcelJS.Worksheet {
  const depth = headerDepth(form);
  const width = form.columns.length;
  // Rows from the top: the title, the sub-title and 填报 lines when the form has them, the header.
  let next = 1;
  const titleRow = next++;
  const subtitleRow = form.subtitle ? next++ : 0;
  const infoRow = form.infoLine ? next++ : 0;
  const headerTop = next;
  const bodyTop = headerTop + depth;
  const ws = wb.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: bodyTop - 1 }],
    ...a4Sheet(form.page, `${headerTop}:${bodyTop - 1}`),
  });

  ws.columns = form.columns.map((c) => ({ key: c.key, width: c.width }));
  const totalWidth = form.columns.reduce((sum, c) => sum + c.width, 0);

  /** A line across the whole form, without borders. */
  const line = (r: number, text: string, f: FontSpec, height: number, horizontal: 'left' | 'center' | 'right') => {
    ws.mergeCells(r, 1, r, width);
    Object.assign(ws.getCell(r, 1), { value: text, font: font(f), alignment: { horizontal, vertical: 'middle', wrapText: true } });
    ws.getRow(r).height = Math.max(height, Math.ceil(linesNeeded(text, totalWidth, f) * f.size * 1.3 + 6));
  };
  line(titleRow, form.title(ctx), form.fonts.title, LINE_HEIGHTS.title, 'center');
  if (form.subtitle) line(subtitleRow, form.subtitle.text(ctx), form.subtitle.font, LINE_HEIGHTS.subtitle, 'center');

  if (form.infoLine) {
    const [left, right] = form.infoLine(ctx);
    const half = Math.max(1, Math.floor(width / 2));
    ws.mergeCells(infoRow, 1, infoRow, half);
    ws.mergeCells(infoRow, half + 1, infoRow, width);
    Object.assign(ws.getCell(infoRow, 1), {
      value: left,
      font: font(form.fonts.info),
      alignment: { horizontal: 'left', vertical: 'middle' },
    });
    Object.assign(ws.getCell(infoRow, half + 1), {
      value: right,
      font: font(form.fonts.info),
      alignment: { horizontal: 'right', vertical: 'middle' },
    });
    ws.getRow(infoRow).height = LINE_HEIGHTS.info;
  }

  for (const h of headerCells(form)) {
    const r = headerTop + h.row;
    ws.getCell(r, h.col + 1).value = h.text;
    if (h.rowSpan > 1 || h.colSpan > 1) ws.mergeCells(r, h.col + 1, r + h.rowSpan - 1, h.col + h.colSpan);
  }
  for (let r = headerTop; r < bodyTop; r++) {
    ws.getRow(r).height = headerRowHeight(depth);
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = font(form.fonts.header);
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = thinBox;
    }
  }

  const lineHeight = form.fonts.body.size * 1.3;
  const bodyCell = (cell: ExcelJS.Cell, value: string | number | null, horizontal: 'left' | 'center') => {
    cell.value = typeof value === 'number' ? value : value === null || value === '' ? null : String(value);
    cell.numFmt = '@';
    cell.font = font(form.fonts.body);
    cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
    cell.border = thinBox;
  };
  let after = bodyTop;
  for (const run of sectionRuns(form.section, rows)) {
    if (run.heading !== null) {
      // A section heading (the unit of the 干部名册) across the table, in a box like the rows.
      // Every cell of the merged row styled (Excel draws its border per cell), then the text: a
      // value set on a merged cell goes to the first one.
      for (let c = width; c >= 1; c--) bodyCell(ws.getCell(after, c), c === 1 ? run.heading : null, 'left');
      ws.mergeCells(after, 1, after, width);
      ws.getCell(after, 1).font = font(form.fonts.section ?? form.fonts.header);
      ws.getRow(after++).height = form.rowHeight;
    }
    run.rows.forEach((row, k) => {
      const index = run.first + k;
      const r = ws.getRow(after++);
      let lines = 1;
      form.columns.forEach((col, i) => {
        const v = col.value(row, index);
        lines = Math.max(lines, linesNeeded(v === null ? '' : String(v), col.width, form.fonts.body));
        bodyCell(r.getCell(i + 1), v, col.align ?? 'left');
      });
      // Excel and WPS do not grow a row for wrapped text on their own: size it for the longest cell.
      r.height = Math.max(form.rowHeight, Math.ceil(lines * lineHeight + 6));
    });
  }
  for (const { label, text, height, labelSpan = 1 } of form.closing?.(rows, ctx) ?? []) {
    const r = ws.getRow(after);
    for (let c = 1; c <= width; c++)
      bodyCell(r.getCell(c), c === 1 ? label : c === labelSpan + 1 ? text : null, c <= labelSpan ? 'center' : 'left');
    if (labelSpan > 1) ws.mergeCells(after, 1, after, labelSpan);
    if (width > labelSpan + 1) ws.mergeCells(after, labelSpan + 1, after, width);
    const textWidth = form.columns.slice(labelSpan).reduce((sum, c) => sum + c.width, 0);
    r.height = Math.max(height ?? form.rowHeight, Math.ceil(linesNeeded(text, textWidth, form.fonts.body) * lineHeight + 6));
    after++;
  }
  for (const note of form.notes?.(rows, ctx) ?? []) line(after++, note.text, form.fonts.body, LINE_HEIGHTS.note, note.align ?? 'left');
  return ws;
}

/**
 * Lines a text takes in a column `width` characters wide. A width character is 7 px (Calibri 11,
 * the workbook's default font); a CJK character is a square of the font size, others half that.
 */
function linesNeeded(text: string, width: number, f: FontSpec): number {
  let ems = 0;
  for (const ch of text) ems += ch.charCodeAt(0) > 0xff ? 1 : 0.5;
  return Math.max(1, Math.ceil((ems * f.size * 4) / 3 / (Math.max(1, width - 1) * 7)));
}
