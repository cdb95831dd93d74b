import type { PageSpec } from './print-html';
import type { FontSpec } from './table-form';

/**
 * A fixed form (登记表) as data: a grid of columns, rows of given heights, cells with their
 * spans, labels and the field that fills each box, the lines under the grid, the page each row
 * prints on, fonts and page setup. The Excel writer and the print view both read it, so a
 * clerk's own variant (another label, a taller box) is a change of data.
 */
export interface GridCell<D> {
  /** 0-based column and the number of columns and rows it covers. */
  col: number;
  span?: number;
  rows?: number;
  /** A label, or the value filled from the data (null prints an empty box). */
  text: string | ((d: D) => string | null);
  kind: 'label' | 'value';
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  /**
   * An edge left without a border so that this box and the one next to it read as one (a text
   * and its signature line under it).
   */
  open?: 'top' | 'bottom';
  /** Long text shrinks down to this size (pt) to stay inside its box (default: no shrinking). */
  minSize?: number;
}

export interface GridRow<D> {
  /** pt; Excel cannot make a row taller than 409 pt, so taller boxes span several rows. */
  height: number;
  cells: GridCell<D>[];
}

export interface GridForm<D> {
  /** Sheet name of one filled copy (Excel allows 31 characters). */
  sheetName: (d: D) => string;
  title: (d: D) => string;
  subtitle: (d: D) => string;
  /** Widths in Excel characters; the print view keeps the proportions. */
  columns: number[];
  /** The rows of each printed page: a page break falls between pages. */
  pages: GridRow<D>[][];
  /** Lines under the grid, without borders. */
  notes: string[];
  page: PageSpec;
  /** Printed on both sides of one sheet: marked in the footer. */
  duplex: boolean;
  fonts: { title: FontSpec; subtitle: FontSpec; label: FontSpec; value: FontSpec; note: FontSpec };
}

export const GRID_TITLE_HEIGHT = 40;
export const GRID_SUBTITLE_HEIGHT = 30;
export const GRID_NOTE_HEIGHT = 22;
export const EXCEL_MAX_ROW_HEIGHT = 409;

export const cellText = <D>(cell: GridCell<D>, d: D): string | null => (typeof cell.text === 'string' ? cell.text : cell.text(d));

/** Width in pt of `chars` Excel characters (7 px each plus 5 px padding, at 96 dpi). */
export const charsToPt = (chars: number) => ((chars * 7 + 5) * 3) / 4;

/**
 * The font size for a text in a box: the box's own size, or smaller (in half points, not below
 * `min`) when the text would not fit; as the clerk would shrink it in Word. Estimated with CJK
 * characters a square of the font size, others half, and lines 1.35 times the size.
 */
export function fitFontSize(text: string, widthPt: number, heightPt: number, size: number, min: number): number {
  // A tenth kept in hand: the printer's fallback font and line breaking (no 。 at a line start)
  // wrap a little earlier than the estimate.
  for (let s = size; s >= min; s -= 0.5) if (linesFor(text, widthPt * 0.9, s) * s * 1.35 <= heightPt * 0.9) return s;
  return min;
}

function linesFor(text: string, widthPt: number, size: number): number {
  const perLine = Math.max(1, Math.floor(widthPt / size));
  let lines = 0;
  for (const para of text.split('\n')) {
    let ems = 0;
    for (const ch of para) ems += ch.charCodeAt(0) > 0xff ? 1 : 0.55;
    lines += Math.max(1, Math.ceil(ems / perLine));
  }
  return lines;
}

/** Height in pt of a line under the grid: it wraps across the whole width. */
export function noteHeight<D>(form: GridForm<D>, text: string): number {
  const width = form.columns.reduce((s, c) => s + charsToPt(c), 0);
  return Math.max(GRID_NOTE_HEIGHT, Math.ceil(linesFor(text, width - 8, form.fonts.note.size) * form.fonts.note.size * 1.5));
}

/** A cell's box: its width and height in pt from the columns and rows it spans. */
export function boxSize<D>(form: GridForm<D>, rows: GridRow<D>[], rowIndex: number, cell: GridCell<D>): { width: number; height: number } {
  const width = form.columns.slice(cell.col, cell.col + (cell.span ?? 1)).reduce((s, c) => s + charsToPt(c), 0);
  const height = rows.slice(rowIndex, rowIndex + (cell.rows ?? 1)).reduce((s, r) => s + r.height, 0);
  return { width, height };
}

/** The font of a filled cell: the form's value font, shrunk when the cell allows it. */
export function cellFont<D>(form: GridForm<D>, rows: GridRow<D>[], rowIndex: number, cell: GridCell<D>, text: string): FontSpec {
  const base = cell.kind === 'label' ? form.fonts.label : form.fonts.value;
  if (!cell.minSize || !text) return base;
  const { width, height } = boxSize(form, rows, rowIndex, cell);
  // 4 pt of padding each side, as both outputs draw it.
  return { ...base, size: fitFontSize(text, width - 8, height - 8, base.size, cell.minSize) };
}
