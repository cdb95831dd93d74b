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
  /**
   * Long text shrinks down to this size (pt) to stay inside its box; what still does not fit is
   * cut with a note and printed whole on an 附页 (default: no shrinking, no cutting).
   */
  minSize?: number;
  /**
   * The box's own lines, edge by edge (an edge not named has none). Without it the box has a thin
   * line all round, less an `open` edge: the built-in forms' boxes; a clerk's template names its own.
   */
  borders?: Partial<Record<GridEdge, EdgeStyle>>;
  /** The box's own font (a template's cell); else the form's label or value font. */
  font?: FontSpec;
  /** Wrap long text inside the box (default); a title line in a template may not. */
  wrap?: boolean;
  /** Characters one under the other (Excel's 竖排文字). */
  vertical?: boolean;
  /** Background colour, 'RRGGBB'. */
  fill?: string;
}

export type GridEdge = 'top' | 'right' | 'bottom' | 'left';
/** Excel's line styles (the print view draws each as the nearest CSS line). */
export const EDGE_STYLES = [
  'thin',
  'medium',
  'thick',
  'hair',
  'dotted',
  'dashed',
  'double',
  'mediumDashed',
  'dashDot',
  'mediumDashDot',
  'dashDotDot',
  'mediumDashDotDot',
  'slantDashDot',
] as const;
export type EdgeStyle = (typeof EDGE_STYLES)[number];

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
  /**
   * The title is part of the grid (a clerk's own form): no title lines are added over it, and
   * title and sub-title only name the copy (its 附页, the preview).
   */
  titleInGrid?: boolean;
  /** Widths in Excel characters; the print view keeps the proportions. */
  columns: number[];
  /** The rows of each printed page: a page break falls between pages. */
  pages: GridRow<D>[][];
  /** Lines under the grid, without borders. */
  notes: string[];
  /**
   * Texts that go on the 附页 whole, whatever their length (the 工作纪实 of a 登记表 that keeps it
   * off the form), after any box text too long for its box.
   */
  appendix?: (d: D) => { label: string; text: string }[];
  page: PageSpec;
  fonts: { title: FontSpec; subtitle: FontSpec; label: FontSpec; value: FontSpec; note: FontSpec };
  /** The workbook's print area is the grid (a template that had one keeps it). */
  printArea?: boolean;
  /**
   * Space inside a box (pt, default 4) and between lines (times the size, default 1.35). A
   * clerk's Excel form is spaced as Excel spaces it, so its rows keep the heights it has.
   */
  cellPadding?: number;
  lineHeight?: number;
}

export const GRID_TITLE_HEIGHT = 40;
export const GRID_SUBTITLE_HEIGHT = 30;
export const GRID_NOTE_HEIGHT = 22;
const EXCEL_MAX_ROW_HEIGHT = 409;

const cellText = <D>(cell: GridCell<D>, d: D): string | null => (typeof cell.text === 'string' ? cell.text : cell.text(d));

/** Width in pt of `chars` Excel characters (7 px each plus 5 px padding, at 96 dpi). */
export const charsToPt = (chars: number) => ((chars * 7 + 5) * 3) / 4;

/**
 * Whether a text fits a box at a size. Estimated with CJK characters a square of the font size,
 * others 0.55 of it (digits and Latin letters of a CJK serif), and lines 1.35 times the size; a tenth kept in hand, as the printer's fallback
 * font and its line breaking (no 。 at a line start) wrap a little earlier than the estimate.
 */
function fits(text: string, widthPt: number, heightPt: number, size: number): boolean {
  return linesFor(text, widthPt * 0.9, size) * size * 1.35 <= heightPt * 0.9;
}

/**
 * The font size for a text in a box: the box's own size, or smaller (in half points, not below
 * `min`) when the text would not fit; as the clerk would shrink it in Word.
 */
export function fitFontSize(text: string, widthPt: number, heightPt: number, size: number, min: number): number {
  for (let s = size; s >= min; s -= 0.5) if (fits(text, widthPt, heightPt, s)) return s;
  return min;
}

const CONTINUED = '……（未完，全文见附页）';

/** The longest start of a text that fits the box with CONTINUED after it (by characters, whole). */
function clipToFit(text: string, widthPt: number, heightPt: number, size: number): string {
  const chars = [...text];
  let [lo, hi] = [0, chars.length];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(chars.slice(0, mid).join('') + CONTINUED, widthPt, heightPt, size)) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + CONTINUED;
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

/** Height in pt of a line under the grid (in the note's font unless another is given): it wraps across the whole width. */
export function noteHeight<D>(form: GridForm<D>, text: string, font: FontSpec = form.fonts.note): number {
  const width = form.columns.reduce((s, c) => s + charsToPt(c), 0);
  return Math.max(GRID_NOTE_HEIGHT, Math.ceil(linesFor(text, width - 8, font.size) * font.size * 1.5));
}

/**
 * A long text cut into parts of at most 380 pt each at the form's value size (so each is one
 * Excel row under the 409 pt limit), at line breaks where it can.
 */
export function appendixRows<D>(form: GridForm<D>, text: string): string[] {
  const width = form.columns.reduce((s, c) => s + charsToPt(c), 0) - 8;
  const size = form.fonts.value.size;
  const maxLines = Math.floor(380 / (size * 1.5));
  const parts: string[] = [];
  let current: string[] = [];
  for (const para of text.split('\n')) {
    for (const piece of splitByLines(para, width, size, maxLines)) {
      if (current.length && linesFor([...current, piece].join('\n'), width * 0.9, size) > maxLines) {
        parts.push(current.join('\n'));
        current = [];
      }
      current.push(piece);
    }
  }
  if (current.length) parts.push(current.join('\n'));
  return parts;
}

/** A paragraph in pieces of at most `maxLines` lines. */
function splitByLines(para: string, width: number, size: number, maxLines: number): string[] {
  const perPiece = Math.max(1, Math.floor((width * 0.9) / size) * maxLines);
  const chars = [...para];
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += perPiece) pieces.push(chars.slice(i, i + perPiece).join(''));
  return pieces.length ? pieces : [''];
}

/** A cell's box: its width and height in pt from the columns and rows it spans. */
export function boxSize<D>(form: GridForm<D>, rows: GridRow<D>[], rowIndex: number, cell: GridCell<D>): { width: number; height: number } {
  const width = form.columns.slice(cell.col, cell.col + (cell.span ?? 1)).reduce((s, c) => s + charsToPt(c), 0);
  const height = rows.slice(rowIndex, rowIndex + (cell.rows ?? 1)).reduce((s, r) => s + r.height, 0);
  return { width, height };
}

/** A cell as it prints: its text (cut when too long) and its font (shrunk when allowed). */
export interface LaidCell<D> {
  cell: GridCell<D>;
  text: string | null;
  font: FontSpec;
}

/** A copy as it prints: its pages of rows of laid cells, and the boxes whose whole text goes on an 附页. */
export interface LaidCopy<D> {
  pages: { height: number; cells: LaidCell<D>[] }[][];
  appendix: { label: string; text: string }[];
}

/**
 * Fits one filled copy into the form: every text at its size, long ones shrunk down to the
 * cell's least size, and what is still too long cut with CONTINUED and kept whole for the 附页,
 * so a box never grows (the print stays two pages a person) and no text is lost.
 */
export function layoutCopy<D>(form: GridForm<D>, d: D): LaidCopy<D> {
  const appendix: LaidCopy<D>['appendix'] = [];
  const pages = form.pages.map((rows) =>
    rows.map((row, r) => ({
      height: row.height,
      cells: row.cells.map((cell): LaidCell<D> => {
        const text = cellText(cell, d);
        const base = cell.font ?? (cell.kind === 'label' ? form.fonts.label : form.fonts.value);
        if (!cell.minSize || !text) return { cell, text, font: base };
        const { width, height } = boxSize(form, rows, r, cell);
        // The padding each side, as the print view draws it.
        const pad = 2 * (form.cellPadding ?? 4);
        const [w, h] = [width - pad, height - pad];
        const size = fitFontSize(text, w, h, base.size, cell.minSize);
        if (fits(text, w, h, size)) return { cell, text, font: { ...base, size } };
        appendix.push({ label: labelOf(rows, r, cell).replace(/\s+/g, ''), text });
        return { cell, text: clipToFit(text, w, h, size), font: { ...base, size } };
      }),
    })),
  );
  appendix.push(...(form.appendix?.(d) ?? []));
  return { pages, appendix };
}

/** The label printed left of a value box (in its row, or the row a spanning label starts in). */
function labelOf<D>(rows: GridRow<D>[], r: number, cell: GridCell<D>): string {
  for (let i = r; i >= 0; i--) {
    const label = rows[i].cells.find((c) => c.kind === 'label' && c.col < cell.col && i + (c.rows ?? 1) > r);
    if (label) return typeof label.text === 'string' ? label.text : '';
  }
  return '';
}

/** The line naming a copy over its 附页: the form's title and sub-title, and whose copy it is. */
export function appendixHeading<D>(form: GridForm<D>, d: D): string {
  return `${form.title(d)}${form.subtitle(d)}　${form.sheetName(d)}`;
}

/** What makes a layout unusable in Excel: a row over 409 pt, cells that overlap. Empty when fine. */
export function gridFormProblems<D>(form: GridForm<D>): string[] {
  const problems: string[] = [];
  form.pages.forEach((rows, p) => {
    const taken = new Set<string>();
    rows.forEach((row, r) => {
      if (row.height > EXCEL_MAX_ROW_HEIGHT) problems.push(`第${p + 1}页第${r + 1}行高 ${row.height} pt，超过 Excel 的 409 pt`);
      for (const cell of row.cells) {
        for (let y = r; y < r + (cell.rows ?? 1); y++) {
          for (let x = cell.col; x < cell.col + (cell.span ?? 1); x++) {
            const key = `${y}:${x}`;
            if (taken.has(key) || y >= rows.length || x >= form.columns.length)
              problems.push(`第${p + 1}页第${y + 1}行第${x + 1}列重叠或越界`);
            taken.add(key);
          }
        }
      }
    });
    for (let y = 0; y < rows.length; y++)
      for (let x = 0; x < form.columns.length; x++)
        if (!taken.has(`${y}:${x}`)) problems.push(`第${p + 1}页第${y + 1}行第${x + 1}列没有格子`);
  });
  return problems;
}
