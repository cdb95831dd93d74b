import type { ImportIssue } from '../api/contract';
import { cellText, type Cell, type SheetGrid, type WorkbookGrid } from '../excel/cells';
import { labelKey, type FieldMap } from '../excel/field-map';
import type { UnitSource } from './unit-resolve';
import { findTables, type DataRow, type TableBlock } from '../excel/tables';

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
  /** Where the row's unit was read from (roster rows). */
  unitSource?: UnitSource | null;
  /** What the import filled in itself, for the clerk to check (人员类别按编制类型推定为“公务员”). */
  notes?: string[];
}

/** A sheet read: its tables, the rows taken as data, and where its first header is (第3—4行). */
export interface SheetRead {
  name: string;
  tables: number;
  rows: number;
  header?: string;
}

/** A column of the file: the field it fills, or none (未使用的列), with a value from under it. */
export interface ColumnUse {
  /** The header as printed, without padding; under a group “全日制教育/学历”. */
  label: string;
  field: string | null;
  fieldLabel: string | null;
  sample: string | null;
  /** Sheets with this column. */
  sheets: string[];
  /** Mapped by the clerk (in this preview or remembered from an earlier import). */
  chosen: boolean;
}

export interface ImportPlan<R extends ImportRowBase = ImportRowBase> {
  fileName: string;
  sheets: SheetRead[];
  rows: R[];
  /** Problems with a file as a whole (no header found, another period's sheet …). */
  fileErrors: ImportIssue[];
  /** Things to know about the file as a whole (no 身份证号 column, rows of a sheet that match nobody …). */
  fileWarnings: ImportIssue[];
  newUnits: string[];
  /** Every column of the tables read: mapped, or not used. */
  columns: ColumnUse[];
  /** Sheets of the workbook not read, and why (A36 家庭成员, 说明 …). */
  skippedSheets: { name: string; reason: string }[];
}

export function emptyPlan<R extends ImportRowBase>(fileName: string): ImportPlan<R> {
  return { fileName, sheets: [], rows: [], fileErrors: [], fileWarnings: [], newUnits: [], columns: [], skippedSheets: [] };
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
    fileWarnings: plans.flatMap((p) => p.fileWarnings.map((e) => ({ ...e, sheet: tag(p, e.sheet) }))),
    newUnits: [...new Set(plans.flatMap((p) => p.newUnits))],
    columns: plans.flatMap((p) => p.columns.map((c) => ({ ...c, sheets: c.sheets.map((s) => tag(p, s)) }))),
    skippedSheets: plans.flatMap((p) => p.skippedSheets.map((s) => ({ ...s, name: tag(p, s.name) }))),
  };
}

/**
 * The message for a workbook in which no row of the kind was found: where the header is when there
 * is one (在工作表“干部名册”第3—4行找到了表头，但表头下面没有人员), else what a header needs.
 */
export function noTableError(sheetNames: string[], sheets: SheetRead[], what: string, needs: string, rowNoun = what): ImportIssue {
  const found = sheets.filter((s) => s.tables > 0);
  const names = sheetNames.map((s) => `“${s}”`).join('、') || '（没有工作表）';
  const where = found.map((s) => `“${s.name}”${s.header ?? ''}`).join('、');
  return {
    sheet: found[0]?.name ?? sheetNames[0] ?? '',
    row: 0,
    column: '',
    message: found.length ? `在工作表${where}找到了表头，但表头下面没有${rowNoun}。` : `在工作表${names}中没有找到${what}的表头。${needs}`,
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
 * Walks every data row of every table of the kind in the visible sheets (or those `only` names),
 * recording per sheet how many tables and rows were found and every column with its use. Each
 * kind's plan is this walk plus its own row check; a visit returning false marks a template
 * leftover, not counted as a row.
 */
export function forEachDataRow<K extends string>(
  grid: WorkbookGrid,
  map: FieldMap<K>,
  plan: ImportPlan<ImportRowBase>,
  visit: (row: RowReader<K>, sheet: SheetGrid) => boolean | void,
  only: (sheet: SheetGrid) => boolean = () => true,
  chosen: ReadonlySet<string> = new Set(),
): void {
  for (const sheet of grid.sheets.filter((s) => !s.hidden && only(s))) {
    const tables = findTables(sheet, map);
    const read: SheetRead = { name: sheet.name, tables: tables.length, rows: 0 };
    if (tables.length) read.header = rowSpan(tables[0].headerTop, tables[0].headerBottom);
    plan.sheets.push(read);
    for (const table of tables) {
      recordColumns(plan, sheet.name, table, map, chosen);
      const labels = new Map<K, string>();
      const labelOf = (k: K) => {
        let l = labels.get(k);
        if (l === undefined)
          labels.set(k, (l = table.columns.find((c) => c.key === k)?.label ?? map.fields.find((f) => f.key === k)?.label ?? k));
        return l;
      };
      for (const dataRow of table.rows) if (visit(new TableRowReader(sheet.name, dataRow, labelOf), sheet) !== false) read.rows++;
    }
  }
}

const rowSpan = (top: number, bottom: number) => (top === bottom ? `第${top + 1}行` : `第${top + 1}—${bottom + 1}行`);

/** Adds a table's columns to the plan's list (a column repeated by every section or sheet once). */
function recordColumns<K extends string>(
  plan: ImportPlan<ImportRowBase>,
  sheet: string,
  table: TableBlock<K>,
  map: FieldMap<K>,
  chosen: ReadonlySet<string>,
): void {
  const add = (label: string, field: K | null, sample: string | null) => {
    const known = plan.columns.find((c) => c.label === label && c.field === field);
    if (known) {
      if (!known.sheets.includes(sheet)) known.sheets.push(sheet);
      known.sample ??= sample;
      return;
    }
    const fieldLabel = field === null ? null : (map.fields.find((f) => f.key === field)?.label ?? field);
    plan.columns.push({ label, field, fieldLabel, sample, sheets: [sheet], chosen: chosen.has(labelKey(label)) });
  };
  for (const c of table.columns) {
    let sample: string | null = null;
    for (const r of table.rows) {
      const t = cellText(r.cells.get(c.key) ?? null).trim();
      if (t) {
        sample = t.slice(0, 30);
        break;
      }
    }
    add(c.label, c.key, sample);
  }
  for (const u of table.unused) add(u.label, null, u.sample);
}
