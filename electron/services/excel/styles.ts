import type ExcelJS from 'exceljs';
import type { PageSpec, Paper } from '../../../shared/forms/print-html';
import type { FontSpec } from '../../../shared/forms/table-form';

export const thinLine: Partial<ExcelJS.Border> = { style: 'thin' };
/** Excel draws a merged area's border per cell, so every edge cell gets the full box. */
export const thinBox: Partial<ExcelJS.Borders> = { top: thinLine, left: thinLine, bottom: thinLine, right: thinLine };

/** A Chinese font with the GB2312 charset (134), so Excel and WPS pick it on a government PC. */
export const cjkFont = (size: number, bold = false, name = '宋体'): Partial<ExcelJS.Font> => ({ name, size, bold, charset: 134 });

/** A form's font (name, size, bold, italic, underline) as an Excel font. */
export const formFont = (f: FontSpec): Partial<ExcelJS.Font> => ({
  ...cjkFont(f.size, f.bold, f.name),
  ...(f.italic && { italic: true }),
  ...(f.underline && { underline: true }),
});

/** Excel's paper size codes. */
export const PAPER_CODES: Record<Paper, number> = { A4: 9, A3: 8, A5: 11 };

const CM_PER_INCH = 2.54;

/**
 * A form's page as a worksheet's setup: its paper (A4 unless it says), orientation and margins
 * (cm), fitted to one page wide and centred unless it states its own 缩放 and 居中, its header and
 * footer on odd and even pages; `printTitlesRow` repeats header rows.
 */
export function a4Sheet(page: PageSpec, printTitlesRow?: string): Pick<Partial<ExcelJS.AddWorksheetOptions>, 'pageSetup' | 'headerFooter'> {
  const m = page.margins;
  return {
    pageSetup: {
      paperSize: PAPER_CODES[page.paper ?? 'A4'],
      orientation: page.orientation,
      ...(page.scale !== undefined && !page.fit
        ? { fitToPage: false, scale: page.scale }
        : { fitToPage: true, fitToWidth: page.fit && !page.fit.width ? 0 : 1, fitToHeight: page.fit?.height ? 1 : 0 }),
      horizontalCentered: page.centered?.horizontally ?? true,
      verticalCentered: page.centered?.vertically ?? false,
      margins: {
        left: m.left / CM_PER_INCH,
        right: m.right / CM_PER_INCH,
        top: m.top / CM_PER_INCH,
        bottom: m.bottom / CM_PER_INCH,
        header: 0.3,
        footer: 0.3,
      },
      ...(printTitlesRow && { printTitlesRow }),
    },
    headerFooter: {
      ...(page.footer && { oddFooter: page.footer, evenFooter: page.footer }),
      ...(page.header && { oddHeader: page.header, evenHeader: page.header }),
    },
  };
}
