import type { PageSpec } from './print-html';

/**
 * A list form (花名册, 汇总表, 公示名单 …) as data: title, sub-title, the 填报单位/日期 line, a one-
 * or two-row header with groups, column widths, a 合计 row, the lines under the table (注, the
 * signature line, 公示期 …), fonts and page setup. The Excel writer and the print view both read
 * it, so a clerk's own variant is a change of data, not of code.
 */
export interface FontSpec {
  name: string;
  size: number; // pt
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface TableColumn<Row> {
  key: string;
  /** Group header of a two-row header (e.g. 全日制教育), or null for a column spanning both rows. */
  group: string | null;
  label: string;
  /** Width in Excel characters; the print view keeps the same proportions. */
  width: number;
  /** Text cells keep ids and dates exactly as written (never numbers, never formulas). */
  value: (row: Row, index: number) => string | number | null;
  align?: 'left' | 'center';
}

export interface ClosingRow {
  label: string;
  text: string;
  height?: number;
  /** Columns the label covers (default 1). */
  labelSpan?: number;
}

/** A line under the table, without borders. Spaces are kept (signature lines are spaced by hand). */
export interface FormLine {
  text: string;
  align?: 'left' | 'right';
}

export interface TableForm<Row, Ctx> {
  sheetName: string;
  title: (ctx: Ctx) => string;
  /** A centred line under the title, e.g. （2025年第一季度）. */
  subtitle?: { text: (ctx: Ctx) => string; font: FontSpec };
  /** Left and right parts of the line above the table (填报单位 … / 填报日期 …). */
  infoLine?: (ctx: Ctx) => [string, string];
  columns: TableColumn<Row>[];
  /**
   * Rows closing the table (合计, 本周小结, 审核意见 …): a label in the first column, the text
   * across the others, at least `height` pt tall.
   */
  closing?: (rows: Row[], ctx: Ctx) => ClosingRow[];
  /** Lines under the table: 注：…, the signature line, 公示期 …. */
  notes?: (rows: Row[], ctx: Ctx) => FormLine[];
  /**
   * A heading row across the table wherever this changes from one row to the next (the 干部名册
   * lists its people under each unit's name); the rows come already in that order.
   */
  section?: (row: Row) => string;
  page: PageSpec;
  /** `info` is the 填报 line's font; the notes under the table use `body`; `section` the heading rows (default: header). */
  fonts: { title: FontSpec; info: FontSpec; header: FontSpec; body: FontSpec; section?: FontSpec };
  /** Least height of a body row, pt; rows grow for wrapped text. */
  rowHeight: number;
}

/**
 * One filled copy of a list form: a sheet of its own in the workbook, new pages on paper. Copies of
 * one document may have their own columns (a 汇总表 section with scores, one without) but share
 * the page setup and fonts of the first.
 */
export interface TableCopy<Row, Ctx> {
  form: TableForm<Row, Ctx>;
  rows: Row[];
  ctx: Ctx;
  /** The sheet's name (default: the form's). */
  sheetName?: string;
}

/** Heights in pt of the lines around the table, the same in the workbook and on paper. */
export const LINE_HEIGHTS = { title: 36, subtitle: 26, info: 22, note: 24 } as const;
export const headerRowHeight = (depth: 1 | 2) => (depth === 2 ? 22 : 30);

/** A run of rows under one section heading (null: the form has no sections). */
export interface SectionRun<Row> {
  heading: string | null;
  rows: Row[];
  /** Index of the run's first row among all rows (序号 keep counting across sections). */
  first: number;
}

/** The rows in runs of one section each; one run, without a heading, when the form has no sections. */
export function sectionRuns<Row>(section: ((row: Row) => string) | undefined, rows: readonly Row[]): SectionRun<Row>[] {
  const runs: SectionRun<Row>[] = [];
  rows.forEach((row, i) => {
    const heading = section ? section(row) : null;
    const last = runs.at(-1);
    if (last && last.heading === heading) last.rows.push(row);
    else runs.push({ heading, rows: [row], first: i });
  });
  return runs;
}

/** Header rows used by a form: 2 when any column has a group. */
export function headerDepth(form: TableForm<never, never>): 1 | 2 {
  return form.columns.some((c) => c.group !== null) ? 2 : 1;
}

export interface HeaderCell {
  text: string;
  /** 0-based row within the header and column within the form. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/**
 * The header's cells with their spans, in row then column order: a group over its (adjacent)
 * columns with their labels below, an ungrouped label down every header row.
 */
export function headerCells(form: TableForm<never, never>): HeaderCell[] {
  const depth = headerDepth(form);
  const top: HeaderCell[] = [];
  const below: HeaderCell[] = [];
  form.columns.forEach((col, i) => {
    if (col.group === null) {
      top.push({ text: col.label, row: 0, col: i, rowSpan: depth, colSpan: 1 });
      return;
    }
    if (form.columns[i - 1]?.group !== col.group) {
      let span = 1;
      while (form.columns[i + span]?.group === col.group) span++;
      top.push({ text: col.group, row: 0, col: i, rowSpan: 1, colSpan: span });
    }
    below.push({ text: col.label, row: 1, col: i, rowSpan: 1, colSpan: 1 });
  });
  return [...top, ...below];
}
