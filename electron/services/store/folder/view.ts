import type { PeriodSummary } from '../../../../shared/api/appraisal-schemas';
import type { Incident } from '../../../../shared/domain/incident';
import type { OrgData } from '../../../../shared/domain/org';
import type { Period } from '../../../../shared/domain/period';
import type { UnitInputs } from '../../../../shared/domain/period-inputs';
import type { StoredTemplate } from '../../../../shared/forms/template-meta';
import { AppError } from '../../app-error';

/**
 * What services read: the data of the folder as of one moment. A reading channel gets the
 * folder's committed data (under the folder's read lock, so no change lands half-way through);
 * a changing channel gets its transaction, which shows its own changes as it makes them. The
 * values are never to be mutated.
 */
export interface View {
  /** The organisation; refuses with NOT_INITIALIZED in a folder not set up yet. */
  org(): OrgData;
  /** The organisation, or null in a folder not set up yet. */
  orgOrNull(): OrgData | null;
  incidents(): Incident[];
  /** The clerk's own forms (考核设置 → 表格样式), with their files. */
  templates(): StoredTemplate[];
  /** The periods, oldest first (summaries only). */
  periods(): PeriodSummary[];
  hasPeriod(id: string): boolean;
  period(id: string): Promise<Period>;
  /** A unit's inputs for a period (empty when nothing was entered yet). */
  unit(periodId: string, unitId: string): Promise<UnitInputs>;
}

export const notInitialized = () => new AppError('NOT_INITIALIZED', '还没有建立单位信息，请先在首页创建单位或载入演示数据。');
