import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { deflateRawSync, InflateRaw } from 'node:zlib';
import type { Cell, CellRange, SheetGrid, WorkbookGrid } from '../../../shared/excel/cells';
import { AppError } from '../app-error';
import { detectFileKind } from './file-kind';
import { zipProblem } from './zip-check';

/** Larger files are refused before parsing: no roster or review sheet comes near this. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;
/** Rows read per sheet at most (a 1M-row sheet must not take the app down). */
export const MAX_ROWS = 60_000;

/**
 * SheetJS inflates with its own JavaScript, which loops for ever on some damaged data (a bit-flipped
 * .xlsx hung a reader for the full minute); Node's zlib refuses it at once. SheetJS reads the
 * consumed length as `bytesRead`, which Node deprecates in favour of `bytesWritten`.
 */
class InflateRawCounting extends InflateRaw {}
Object.defineProperty(InflateRawCounting.prototype, 'bytesRead', {
  get(this: InflateRaw) {
    return this.bytesWritten;
  },
});
XLSX.CFB.utils.use_zlib({ InflateRaw: InflateRawCounting, deflateRawSync });

const reject = (file: string, why: string) => new AppError('REJECTED', `无法读取“${file}”：${why}`);

/**
 * Reads .xlsx with exceljs (data validations ignored: a whole-column list can take minutes) and
 * .xls — or an .xlsx exceljs cannot open, as WPS sometimes writes — with SheetJS, into one
 * cell model. Every failure becomes one Chinese sentence naming the file.
 */
export async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<WorkbookGrid> {
  if (bytes.length > MAX_FILE_BYTES)
    throw reject(
      fileName,
      `文件有 ${(bytes.length / 1024 / 1024).toFixed(0)} MB，超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限，请只保留需要导入的工作表后再试。`,
    );
  switch (detectFileKind(bytes)) {
    case 'empty':
      throw reject(fileName, '文件是空的（0 字节）。');
    case 'other':
      throw reject(fileName, '它不是 Excel 或 WPS 表格文件。请在 Excel/WPS 中打开后另存为 .xlsx 再导入。');
    case 'ole2':
      if (isEncrypted(bytes)) throw reject(fileName, '文件设置了打开密码。请在 Excel/WPS 中取消密码后另存，再导入。');
      return readWithSheetJs(bytes, fileName);
    case 'zip': {
      const problem = zipProblem(bytes);
      if (problem) throw reject(fileName, problem);
      try {
        return await readWithExcelJs(bytes);
      } catch {
        return readWithSheetJs(bytes, fileName);
      }
    }
  }
}

/** Encrypted .xlsx/.xls are OLE2 containers holding an EncryptedPackage (or a BIFF FILEPASS). */
function isEncrypted(bytes: Uint8Array): boolean {
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'buffer' });
    return cfb.FullPaths.some((p: string) => /EncryptedPackage$|EncryptionInfo$/i.test(p));
  } catch {
    return false;
  }
}

async function readWithExcelJs(bytes: Uint8Array): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] } as never);
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    const rows: (Cell | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber > MAX_ROWS) return;
      const cells: (Cell | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (cell.isMerged && cell.master !== cell) return;
        cells[col - 1] = fromExcelJs(cell.value, cell.numFmt ?? null);
      });
      rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
    });
    const merges = (ws.model.merges ?? []).map(parseRange).filter((m): m is CellRange => m !== null);
    sheets.push({ name: ws.name, hidden: ws.state !== 'visible', rows: Array.from(rows, (r) => r ?? []), merges });
  });
  return { sheets };
}

function fromExcelJs(value: ExcelJS.CellValue, numFmt: string | null): Cell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', num: value, format: numFmt };
  if (typeof value === 'boolean') return { kind: 'bool', bool: value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { kind: 'date', iso: value.toISOString().slice(0, 10) };
  if ('richText' in value) return fromExcelJs(value.richText.map((p) => p.text).join(''), numFmt);
  if ('formula' in value || 'sharedFormula' in value) return fromExcelJs((value as { result?: ExcelJS.CellValue }).result ?? null, numFmt);
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('text' in value) return fromExcelJs(String(value.text), numFmt);
  return null;
}

/** Dense mode keeps rows as arrays (faster to read and to walk than A1-keyed objects). */
export const SHEETJS_OPTIONS: XLSX.ParsingOptions = {
  type: 'buffer',
  dense: true,
  cellDates: false,
  cellNF: true,
  cellFormula: false,
  cellHTML: false,
  sheetRows: MAX_ROWS,
};

function readWithSheetJs(bytes: Uint8Array, fileName: string): WorkbookGrid {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, SHEETJS_OPTIONS);
  } catch (e) {
    const msg = String((e as Error)?.message ?? e);
    if (/password|encrypt/i.test(msg)) throw reject(fileName, '文件设置了打开密码。请在 Excel/WPS 中取消密码后另存，再导入。');
    throw reject(fileName, '文件已损坏或不完整，Excel/WPS 也可能打不开它。请重新获取原文件。');
  }
  const sheets: SheetGrid[] = [];
  wb.SheetNames.forEach((name, i) => {
    const hidden = Boolean(wb.Workbook?.Sheets?.[i]?.Hidden);
    const ws = wb.Sheets[name];
    if (!ws?.['!ref']) return sheets.push({ name, hidden, rows: [], merges: [] });
    const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
    const rows: (Cell | null)[][] = [];
    for (let r = 0; r < Math.min(data.length, MAX_ROWS); r++) {
      const src = data[r] ?? [];
      rows[r] = Array.from(src, (cell) => fromSheetJs(cell));
    }
    const merges = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
    sheets.push({ name, hidden, rows: Array.from(rows, (x) => x ?? []), merges });
  });
  return { sheets };
}

function fromSheetJs(cell: XLSX.CellObject | undefined): Cell | null {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  switch (cell.t) {
    case 's':
      return String(cell.v).trim() === '' ? null : { kind: 'text', text: String(cell.v) };
    case 'n': {
      const format = typeof cell.z === 'string' ? cell.z : null;
      if (format && XLSX.SSF.is_date(format)) {
        const d = XLSX.SSF.parse_date_code(cell.v as number);
        if (d && d.y >= 1900) return { kind: 'date', iso: `${d.y}-${pad(d.m)}-${pad(d.d)}` };
      }
      return { kind: 'number', num: cell.v as number, format };
    }
    case 'b':
      return { kind: 'bool', bool: Boolean(cell.v) };
    case 'd':
      return { kind: 'date', iso: (cell.v as Date).toISOString().slice(0, 10) };
    case 'e':
      return { kind: 'error', text: cell.w ?? '#错误' };
    default:
      return null;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

function parseRange(ref: string): CellRange | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4]) - 1, right: col(m[3]) };
}
