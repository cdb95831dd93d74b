import type { ImportIssue } from '../api/contract';
import type { Cell, SheetGrid, WorkbookGrid } from '../excel/cells';
import type { FieldMap } from '../excel/field-map';
import { findTables, type DataRow } from '../excel/tables';

/** What every import kind's preview row has; the kind adds what it needs to write the row. */
export interface FieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface ImportRowBase {
  sheet: string;
  /** The row number a clerk sees in Excel/WPS. */
  row: number;
  name: string;
  status: 'new' | 'changed' | 'unchanged' | 'invalid';
  unitLabel: string;
  changes: FieldChange[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

export interface ImportPlan<R extends ImportRowBase = ImportRowBase> {
  fileName: string;
  sheets: { name: string; tables: number; rows: number }[];
  rows: R[];
  /** Problems with a file as a whole (no header found, another period's sheet …). */
  fileErrors: ImportIssue[];
  newUnits: string[];
}

export function emptyPlan<R extends ImportRowBase>(fileName: string): ImportPlan<R> {
  return { fileName, sheets: [], rows: [], fileErrors: [], newUnits: [] };
}

/** Several files previewed together (工作纪实 of a whole unit): one plan, sheets named by file. */
export function mergePlans<R extends ImportRowBase>(plans: ImportPlan<R>[]): ImportPlan<R> {
  if (plans.length === 1) return plans[0];
  const tag = (p: ImportPlan<R>, sheet: string) => `${p.fileName}：${sheet}`;
  return {
    fileName: `${plans.length} 个文件`,
    sheets: plans.flatMap((p) => p.sheets.map((s) => ({ ...s, name: tag(p, s.name) }))),
    rows: plans.flatMap((p) =>
      p.rows.map((r) => ({
        ...r,
        sheet: tag(p, r.sheet),
        errors: r.errors.map((e) => ({ ...e, sheet: tag(p, e.sheet) })),
        warnings: r.warnings.map((e) => ({ ...e, sheet: tag(p, e.sheet) })),
      })),
    ),
    fileErrors: plans.flatMap((p) => p.fileErrors.map((e) => ({ ...e, sheet: tag(p, e.sheet) }))),
    newUnits: [...new Set(plans.flatMap((p) => p.newUnits))],
  };
}

/** The message for a workbook in which no table of the kind was found. */
export function noTableError(sheetNames: string[], found: boolean, what: string, needs: string): ImportIssue {
  const names = sheetNames.map((s) => `“${s}”`).join('、') || '（没有工作表）';
  return {
    sheet: sheetNames[0] ?? '',
    row: 0,
    column: '',
    message: found ? `在工作表${names}中找到了表头，但表头下面没有${what}。` : `在工作表${names}中没有找到${what}的表头。${needs}`,
  };
}

/** One data row of a recognised table, with helpers that name its columns as the file does. */
export interface RowReader<K extends string> {
  sheet: string;
  /** The row number a clerk sees. */
  row: number;
  heading: string | null;
  /** Whether the table has this column. */
  has(k: K): boolean;
  cell(k: K): Cell | null;
  /** The column's header as printed in the file (or the map's label when absent). */
  labelOf(k: K): string;
  issue(k: K, message: string): ImportIssue;
}

/** A RowReader over one data row; methods on the prototype keep a 5,000-row walk light on garbage. */
class TableRowReader<K extends string> implements RowReader<K> {
  constructor(
    readonly sheet: string,
    private readonly dataRow: DataRow<K>,
    readonly labelOf: (k: K) => string,
  ) {}
  get row(): number {
    return this.dataRow.r + 1;
  }
  get heading(): string | null {
    return this.dataRow.heading;
  }
  has(k: K): boolean {
    return this.dataRow.cells.has(k);
  }
  cell(k: K): Cell | null {
    return this.dataRow.cells.get(k) ?? null;
  }
  issue(k: K, message: string): ImportIssue {
    return { sheet: this.sheet, row: this.dataRow.r + 1, column: this.labelOf(k), message };
  }
}

/**
 * Walks every data row of every table of the kind in the visible sheets, recording per sheet how
 * many tables and rows were found. Each kind's plan is this walk plus its own row check.
 */
export function forEachDataRow<K extends string>(
  grid: WorkbookGrid,
  map: FieldMap<K>,
  plan: ImportPlan<ImportRowBase>,
  visit: (row: RowReader<K>, sheet: SheetGrid) => void,
): void {
  for (const sheet of grid.sheets.filter((s) => !s.hidden)) {
    const tables = findTables(sheet, map);
    plan.sheets.push({ name: sheet.name, tables: tables.length, rows: tables.reduce((n, t) => n + t.rows.length, 0) });
    for (const table of tables) {
      const labels = new Map<K, string>();
      const labelOf = (k: K) => {
        let l = labels.get(k);
        if (l === undefined)
          labels.set(k, (l = table.columns.find((c) => c.key === k)?.label ?? map.fields.find((f) => f.key === k)?.label ?? k));
        return l;
      };
      for (const dataRow of table.rows) visit(new TableRowReader(sheet.name, dataRow, labelOf), sheet);
    }
  }
}
