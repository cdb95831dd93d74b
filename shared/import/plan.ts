import type { ImportIssue } from '../api/contract';

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
    rows: plans.flatMap((p) => p.rows.map((r) => ({ ...r, sheet: tag(p, r.sheet), errors: r.errors.map((e) => ({ ...e, sheet: tag(p, e.sheet) })), warnings: r.warnings.map((e) => ({ ...e, sheet: tag(p, e.sheet) })) }))),
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
