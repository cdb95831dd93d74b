import type ExcelJS from 'exceljs';
import {
  appendixHeading,
  appendixRows,
  GRID_SUBTITLE_HEIGHT,
  GRID_TITLE_HEIGHT,
  layoutCopy,
  noteHeight,
  type GridForm,
} from '../../../shared/forms/grid-form';
import type { FontSpec } from '../../../shared/forms/table-form';
import { a4Sheet, formFont as font } from './styles';

/**
 * Writes one filled copy of a fixed form on its own sheet: title and sub-title over the grid,
 * the form's rows with their heights, merged boxes with a border on every edge cell (except an
 * edge the layout leaves open), a manual page break after each page but the last, the lines
 * under the grid, A4 page setup. Every value is a text cell (a name starting with = stays text).
 */
export function writeGridForm<D>(wb: ExcelJS.Workbook, form: GridForm<D>, d: D, sheetName: string): ExcelJS.Worksheet {
  const width = form.columns.length;
  const ws = wb.addWorksheet(sheetName, a4Sheet(form.page));

  ws.columns = form.columns.map((w) => ({ width: w }));

  const line = (r: number, text: string, f: FontSpec, height: number, horizontal: 'left' | 'center') => {
    ws.mergeCells(r, 1, r, width);
    Object.assign(ws.getCell(r, 1), {
      value: text,
      font: font(f),
      alignment: { horizontal, vertical: 'middle', wrapText: horizontal === 'left' },
    });
    ws.getRow(r).height = height;
  };
  let top = 1;
  if (!form.titleInGrid) {
    line(top++, form.title(d), form.fonts.title, GRID_TITLE_HEIGHT, 'center');
    line(top++, form.subtitle(d), form.fonts.subtitle, GRID_SUBTITLE_HEIGHT, 'center');
  }

  const laid = layoutCopy(form, d);
  laid.pages.forEach((rows, p) => {
    rows.forEach((row, r) => {
      const excelRow = top + r;
      ws.getRow(excelRow).height = row.height;
      for (const { cell, text, font: f } of row.cells) {
        const [r1, c1] = [excelRow, cell.col + 1];
        const [r2, c2] = [excelRow + (cell.rows ?? 1) - 1, cell.col + (cell.span ?? 1)];
        if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
        const first = ws.getCell(r1, c1);
        first.value = text;
        first.numFmt = '@';
        first.font = font(f);
        const label = cell.kind === 'label';
        first.alignment = {
          horizontal: cell.align ?? (label ? 'center' : 'left'),
          vertical: cell.valign ?? (label ? 'middle' : 'top'),
          wrapText: cell.wrap ?? true,
          ...(cell.vertical && { textRotation: 'vertical' as const }),
        };
        if (cell.fill) first.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${cell.fill}` } };
        // Excel draws a merged area's edges from its edge cells, and exceljs keeps one style for
        // the area: every cell gets the box's edges, less an edge the layout leaves open.
        const edges = cell.borders ?? {
          left: 'thin',
          right: 'thin',
          ...(cell.open !== 'top' && { top: 'thin' }),
          ...(cell.open !== 'bottom' && { bottom: 'thin' }),
        };
        const border: Partial<ExcelJS.Borders> = Object.fromEntries(Object.entries(edges).map(([edge, style]) => [edge, { style }]));
        for (let y = r1; y <= r2; y++) for (let x = c1; x <= c2; x++) ws.getCell(y, x).border = border;
      }
    });
    top += rows.length;
    if (p < laid.pages.length - 1) ws.getRow(top - 1).addPageBreak();
  });
  for (const note of form.notes) line(top++, note, form.fonts.note, noteHeight(form, note), 'left');
  if (laid.appendix.length) {
    // 附页 on a page of its own: each cut text whole, in rows Excel can show (≤ 409 pt each).
    ws.getRow(top - 1).addPageBreak();
    line(top++, '附页', form.fonts.title, GRID_TITLE_HEIGHT, 'center');
    line(top++, appendixHeading(form, d), form.fonts.subtitle, GRID_SUBTITLE_HEIGHT, 'center');
    for (const a of laid.appendix) {
      line(top++, a.label, { ...form.fonts.label, bold: true }, GRID_SUBTITLE_HEIGHT, 'left');
      for (const part of appendixRows(form, a.text)) line(top++, part, form.fonts.value, noteHeight(form, part, form.fonts.value), 'left');
    }
  }
  if (form.printArea) ws.pageSetup.printArea = `A1:${ws.getColumn(width).letter}${top - 1}`;
  return ws;
}
