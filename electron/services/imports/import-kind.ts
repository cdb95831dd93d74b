import type { ImportResult } from '../../../shared/api/contract';
import type { RosterPreview } from '../../../shared/api/import-schemas';
import type { ColumnMapping } from '../../../shared/import/column-mapping';
import type { WorkbookGrid } from '../../../shared/excel/cells';
import type { ImportPlan, ImportRowBase } from '../../../shared/import/plan';
import type { ChangeContext, ReadContext } from '../context';

export interface ReadFile {
  fileName: string;
  grid: WorkbookGrid;
}

export interface Expectation {
  periodId?: string;
  unitId?: string;
  /** Roster: header text → field, chosen by the clerk. */
  mapping?: ColumnMapping;
}

export type ApplyCounts = Omit<ImportResult, 'ok' | 'errors' | 'warnings'>;

/**
 * One kind of incoming sheet: how its rows are planned against the current data, and how a
 * confirmed plan is written (in one go, with one audit entry). The reading, preview, refusal of
 * files with errors and the error report are shared by every kind.
 */
export interface ImportKindHandler<R extends ImportRowBase = ImportRowBase> {
  plan(ctx: ReadContext, files: ReadFile[], expect: Expectation): Promise<ImportPlan<R>> | ImportPlan<R>;
  /** `accepted`: whether the clerk left a proposal of the preview ticked (roster: roles, records). */
  apply(ctx: ChangeContext, plan: ImportPlan<R>, accepted: (proposalId: string) => boolean): Promise<ApplyCounts> | ApplyCounts;
  /** What this kind's preview shows besides rows and columns (the roster's 导入到 and proposals). */
  extras?(plan: ImportPlan<R>): RosterPreview;
}
