import type ExcelJS from 'exceljs';

/** What Excel, WPS and CSV readers take for the start of a formula (or a DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The bytes of a workbook we export. exceljs writes a string as text, never as a formula; the
 * text format ('@') is added on every string that looks like a formula so that it stays text
 * even when a clerk edits the cell in Excel or WPS (what a leading apostrophe does when typing).
 */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && FORMULA_START.test(cell.value)) cell.numFmt = '@';
      }),
    ),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
