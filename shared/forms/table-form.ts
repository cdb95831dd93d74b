/**
 * A list form (花名册, 汇总表 …) as data: title, sub-title line, a one- or two-row header with
 * groups, column widths, fonts and page setup. The Excel writer and (later) the print view both
 * read it, so a clerk's own variant is a change of data, not of code.
 */
export interface FontSpec {
  name: string;
  size: number; // pt
  bold?: boolean;
}

export interface TableColumn<Row> {
  key: string;
  /** Group header of a two-row header (e.g. 全日制教育), or null for a column spanning both rows. */
  group: string | null;
  label: string;
  /** Width in Excel characters. */
  width: number;
  /** Text cells keep ids and dates exactly as written (never numbers, never formulas). */
  value: (row: Row, index: number) => string | number | null;
  align?: 'left' | 'center';
}

export interface TableForm<Row, Ctx> {
  sheetName: string;
  title: (ctx: Ctx) => string;
  /** Left and right parts of the line under the title (填报单位 … / 截至 …). */
  subtitle: (ctx: Ctx) => [string, string];
  columns: TableColumn<Row>[];
  page: {
    orientation: 'portrait' | 'landscape';
    /** Margins in centimetres. */
    margins: { left: number; right: number; top: number; bottom: number };
    /** Footer with Excel codes, e.g. '&C— &P —'. */
    footer: string;
  };
  fonts: { title: FontSpec; subtitle: FontSpec; header: FontSpec; body: FontSpec };
  rowHeight: number; // pt
}

/** Header rows used by a form: 2 when any column has a group. */
export function headerDepth(form: TableForm<unknown, unknown>): 1 | 2 {
  return form.columns.some((c) => c.group !== null) ? 2 : 1;
}
