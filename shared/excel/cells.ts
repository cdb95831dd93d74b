/**
 * One cell model for every reader (exceljs for .xlsx, SheetJS for .xls): the import pipeline
 * never sees a library's own types. Merged areas keep their value in the top-left cell only.
 */
export type Cell =
  | { kind: 'text'; text: string }
  /** `format` is the cell's number format, kept to tell a typed 1985.1 from a date serial. */
  | { kind: 'number'; num: number; format: string | null }
  | { kind: 'date'; iso: string }
  | { kind: 'bool'; bool: boolean }
  | { kind: 'error'; text: string };

export interface CellRange {
  top: number; // 0-based row
  left: number; // 0-based column
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Hidden sheets hold the app's own markers (period, unit); people's data is read from visible ones. */
  hidden?: boolean;
  /** rows[r][c]; null = empty. Row r is Excel row r + 1. */
  rows: (Cell | null)[][];
  merges: CellRange[];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function cellAt(sheet: SheetGrid, r: number, c: number): Cell | null {
  return sheet.rows[r]?.[c] ?? null;
}

/** The text a clerk sees for a cell (numbers without float noise). */
export function cellText(cell: Cell | null): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return Number.isInteger(cell.num) ? String(cell.num) : String(Number(cell.num.toPrecision(15)));
    case 'date':
      return cell.iso;
    case 'bool':
      return cell.bool ? '是' : '否';
    case 'error':
      return cell.text;
  }
}

/** Column letters as Excel shows them: 0 → A, 26 → AA. */
export function columnLetter(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function mergeAt(sheet: SheetGrid, r: number, c: number): CellRange | null {
  return sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right) ?? null;
}
