import type ExcelJS from 'exceljs';

const thin: Partial<ExcelJS.Border> = { style: 'thin' };
/** Excel draws a merged area's border per cell, so every edge cell gets the full box. */
export const thinBox: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** A Chinese font with the GB2312 charset (134), so Excel and WPS pick it on a government PC. */
export const cjkFont = (size: number, bold = false, name = '宋体'): Partial<ExcelJS.Font> => ({ name, size, bold, charset: 134 });
