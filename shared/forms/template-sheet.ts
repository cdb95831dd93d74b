import { gridFormProblems, type EdgeStyle, type GridCell, type GridEdge, type GridForm, type GridRow } from './grid-form';
import { fillText, placeholder, placeholdersIn, type TemplateValues } from './placeholders';
import type { PageSpec } from './print-html';
import type { FontSpec } from './table-form';
import { findingSentences, textFindings, type Finding } from './template-problems';

/**
 * A clerk's own Excel form, read into the same layout as the built-in forms: the sheet as the
 * reader found it (cells with their text and style, merges, widths, heights, page setup, print
 * area, page breaks) becomes a GridForm whose boxes holding {{placeholders}} are filled per
 * person, so the workbook, the print view and the PDF all come from this one definition.
 */

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TemplateCell {
  row: number;
  col: number;
  text: string;
  /** The formula, when the cell is one (a template refuses formulas). */
  formula?: string;
  font?: FontSpec;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  vertical?: boolean;
  fill?: string;
  borders: Partial<Record<GridEdge, EdgeStyle>>;
}

export interface TemplateSheet {
  name: string;
  /** Widths in Excel characters and heights in pt by column and row number (1-based); missing ones are the defaults. */
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  defaultColumnWidth: number;
  defaultRowHeight: number;
  defaultFont: FontSpec;
  merges: CellRange[];
  cells: TemplateCell[];
  page: PageSpec;
  printArea: CellRange | null;
  /** Rows after which the sheet has a manual page break. */
  rowBreaks: number[];
}

/** What the reader found outside the cells: other sheets, pictures, text hidden under merges. */
export interface SheetExtras {
  sheetNames: string[];
  drawings: number;
  /** Cells covered by a merge that still hold text of their own. */
  hiddenTexts: { address: string; text: string }[];
  /** Why the page setup could not be taken as it is (an unknown paper size …). */
  pageProblems: string[];
}

export type TemplateForm = GridForm<TemplateValues>;

/** 'B5' for row 5, column 2. */
export function cellAddress(row: number, col: number): string {
  let letters = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}

const rangeText = (r: CellRange) => `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
const inside = (r: CellRange, row: number, col: number) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/**
 * The template as a form, or the sentences saying why it cannot be one (each kind of problem
 * once, naming every cell). `title` names the copies' sheets and 附页.
 */
export function templateForm(sheet: TemplateSheet, extras: SheetExtras, title: string): { form: TemplateForm } | { problems: string[] } {
  const problems: string[] = [];
  if (extras.sheetNames.length > 1)
    problems.push(
      `模板只能有一个工作表，这个文件有 ${extras.sheetNames.length} 个（${extras.sheetNames.join('、')}）：请删掉表格以外的工作表后再添加。`,
    );
  if (extras.drawings > 0)
    problems.push('模板中有图片、文本框或形状（如印章、徽标），程序无法把它们放进表格：请删除后再添加，需要盖章的在打印后盖。');
  problems.push(...extras.pageProblems);

  const area = sheet.printArea ?? usedRange(sheet);
  if (!area) return { problems: [...problems, '模板是空的：工作表中没有任何文字或框线。'] };
  const cells = new Map(sheet.cells.filter((c) => inside(area, c.row, c.col)).map((c) => [`${c.row}:${c.col}`, c]));
  const merges = sheet.merges.filter((m) => m.bottom >= area.top && m.top <= area.bottom && m.right >= area.left && m.left <= area.right);
  const cut = merges.filter((m) => m.top < area.top || m.left < area.left || m.bottom > area.bottom || m.right > area.right);
  if (cut.length) problems.push(`合并单元格 ${cut.map(rangeText).join('、')} 跨过了打印区域的边界：请调整打印区域或合并范围。`);

  const findings: Finding[] = [];
  for (const c of cells.values()) {
    const where = cellAddress(c.row, c.col);
    if (c.formula) findings.push({ kind: 'formula', where, written: `=${c.formula}` });
    else findings.push(...textFindings(c.text, where, 'xlsx'));
  }
  for (const h of extras.hiddenTexts)
    if (h.text.includes('{{')) findings.push({ kind: 'hidden', where: h.address, written: h.text.trim() });
  problems.push(...findingSentences(findings));
  if (![...cells.values()].some((c) => placeholdersIn(c.text).length))
    problems.push('模板中没有任何占位符：请在要填写的格子里输入占位符，如“{{姓名}}”“{{个人小结}}”（见“占位符说明”）。');
  if (problems.length) return { problems };

  const pages = pageRows(area, merges, sheet.rowBreaks);
  const masters = new Map(merges.map((m) => [`${m.top}:${m.left}`, m]));
  const covered = new Set<string>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);

  const rowHeight = (r: number) => sheet.rowHeights[r] ?? estimatedHeight(sheet, r, area);
  const form: TemplateForm = {
    sheetName: (d) => (typeof d['姓名'] === 'string' && d['姓名'] ? d['姓名'] : title),
    title: () => title,
    subtitle: (d) => (typeof d['考核周期'] === 'string' && d['考核周期'] ? `（${d['考核周期']}）` : ''),
    titleInGrid: true,
    columns: range(area.left, area.right).map((c) => sheet.columnWidths[c] ?? sheet.defaultColumnWidth),
    pages: pages.map(([top, bottom]) =>
      range(top, bottom).map((r): GridRow<TemplateValues> => ({
        height: rowHeight(r),
        cells: range(area.left, area.right).flatMap((c) => {
          if (covered.has(`${r}:${c}`)) return [];
          const box = masters.get(`${r}:${c}`) ?? { top: r, left: c, bottom: r, right: c };
          return [gridCell(sheet, cells, box, area)];
        }),
      })),
    ),
    notes: [],
    page: sheet.page,
    fonts: {
      title: sheet.defaultFont,
      subtitle: sheet.defaultFont,
      label: sheet.defaultFont,
      value: sheet.defaultFont,
      note: sheet.defaultFont,
    },
    printArea: sheet.printArea !== null,
    cellPadding: 1.5,
    lineHeight: 1.2,
  };
  const layout = gridFormProblems(form);
  return layout.length ? { problems: [`模板的版式无法使用：${layout.slice(0, 3).join('；')}。`] } : { form };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The rows and columns holding any text, line, fill or merge. */
function usedRange(sheet: TemplateSheet): CellRange | null {
  const marks = [
    ...sheet.cells
      .filter((c) => c.text.trim() || c.formula || c.fill || Object.keys(c.borders).length)
      .map((c) => ({ top: c.row, left: c.col, bottom: c.row, right: c.col })),
    ...sheet.merges,
  ];
  if (!marks.length) return null;
  return {
    top: Math.min(...marks.map((m) => m.top)),
    left: Math.min(...marks.map((m) => m.left)),
    bottom: Math.max(...marks.map((m) => m.bottom)),
    right: Math.max(...marks.map((m) => m.right)),
  };
}

/**
 * The printed pages as [first row, last row]: the sheet's manual breaks inside the area, except
 * one that would cut a merged box in two (Excel keeps such a box whole too).
 */
function pageRows(area: CellRange, merges: CellRange[], breaks: number[]): [number, number][] {
  const usable = [...new Set(breaks)]
    .filter((b) => b >= area.top && b < area.bottom && !merges.some((m) => m.top <= b && m.bottom > b))
    .sort((a, b) => a - b);
  const pages: [number, number][] = [];
  let top = area.top;
  for (const b of usable) {
    pages.push([top, b]);
    top = b + 1;
  }
  pages.push([top, area.bottom]);
  return pages;
}

/** A row without a stated height: as tall as Excel makes it for its largest font (never less than the default). */
function estimatedHeight(sheet: TemplateSheet, row: number, area: CellRange): number {
  const sizes = sheet.cells
    .filter((c) => c.row === row && inside(area, row, c.col) && c.text)
    .map((c) => (c.font ?? sheet.defaultFont).size);
  return Math.max(sheet.defaultRowHeight, ...sizes.map((s) => Math.ceil(s * 1.3 * 4) / 4));
}

/** One box of the grid: the merged area (or single cell) with its text, style and outer lines. */
function gridCell(sheet: TemplateSheet, cells: Map<string, TemplateCell>, box: CellRange, area: CellRange): GridCell<TemplateValues> {
  const spec = cells.get(`${box.top}:${box.left}`);
  const text = spec?.text ?? '';
  const names = placeholdersIn(text);
  const font = spec?.font ?? sheet.defaultFont;
  const edge = (e: GridEdge, along: [number, number][]): EdgeStyle | undefined => {
    for (const [r, c] of along) {
      const style = cells.get(`${r}:${c}`)?.borders[e];
      if (style) return style;
    }
    return undefined;
  };
  const cols = range(box.left, box.right);
  const rows = range(box.top, box.bottom);
  const borders: GridCell<TemplateValues>['borders'] = {};
  const found = {
    top: edge(
      'top',
      cols.map((c) => [box.top, c]),
    ),
    bottom: edge(
      'bottom',
      cols.map((c) => [box.bottom, c]),
    ),
    left: edge(
      'left',
      rows.map((r) => [r, box.left]),
    ),
    right: edge(
      'right',
      rows.map((r) => [r, box.right]),
    ),
  };
  for (const [e, style] of Object.entries(found) as [GridEdge, EdgeStyle | undefined][]) if (style) borders[e] = style;
  const long = names.some((n) => placeholder(n)?.long);
  return {
    col: box.left - area.left,
    ...(box.right > box.left && { span: box.right - box.left + 1 }),
    ...(box.bottom > box.top && { rows: box.bottom - box.top + 1 }),
    text: names.length ? (d: TemplateValues) => fillText(text, d) : text,
    kind: names.length ? 'value' : 'label',
    // Excel's defaults: text to the left, at the bottom, not wrapped; a long text always wraps in its box.
    align: spec?.align ?? 'left',
    valign: spec?.valign ?? 'bottom',
    borders,
    font,
    wrap: long || (spec?.wrap ?? false),
    ...(spec?.vertical && { vertical: true }),
    ...(spec?.fill && { fill: spec.fill }),
    ...(long && { minSize: Math.min(9, font.size) }),
  };
}
