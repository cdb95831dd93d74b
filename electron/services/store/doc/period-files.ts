import { join } from 'node:path';
import { z } from 'zod';
import { PeriodSummarySchema, type PeriodSummary } from '../../../../shared/api/appraisal-schemas';
import { PeriodSchema, type Period } from '../../../../shared/domain/period';
import { UnitInputsSchema, emptyUnitInputs, type UnitInputs } from '../../../../shared/domain/period-inputs';
import { AppError } from '../../app-error';
import type { FileLedger } from '../file/file-ledger';
import { Store } from './store';
import { StoreCache } from './store-cache';

// The list holds summaries only: listing must not load 40 periods × 5,000 participants.
export const PeriodIndexSchema = z.object({ periods: z.array(PeriodSummarySchema) });
export type PeriodIndex = z.infer<typeof PeriodIndexSchema>;

export const summarize = (p: Period): PeriodSummary => {
  const { participants, history: _h, grading: _g, ...rest } = p;
  return { ...rest, participantCount: participants.length };
};

/**
 * <data>/periods/: index.json (the list), <id>/period.json (state, participants) and
 * <id>/units/<unit>.json (that unit's inputs), each its own lowdb file so that saving one
 * review rewrites one unit's slice of one period, whatever the bureau's size or age. This class
 * finds and reads them; changes go through the folder's transactions.
 */
export class PeriodFiles {
  // About two years of periods and four quarters of units; older ones are read again on demand.
  private readonly periods = new StoreCache<Period>(8);
  private readonly units = new StoreCache<UnitInputs>(256);
  recoveries: string[] = [];

  private constructor(
    private readonly dir: string,
    readonly index: Store<PeriodIndex>,
    private readonly ledger: FileLedger,
  ) {}

  /** Opens the periods folder; a folder set up before it existed gets an empty list (not written until a period is). */
  static async open(dataDir: string, ledger: FileLedger): Promise<PeriodFiles> {
    const dir = join(dataDir, 'periods');
    const file = join(dir, 'index.json');
    const index = (await Store.open(file, PeriodIndexSchema, ledger)) ?? Store.unwritten(file, PeriodIndexSchema, { periods: [] }, ledger);
    const files = new PeriodFiles(dir, index, ledger);
    if (index.recovery) files.recoveries.push(index.recovery);
    return files;
  }

  list(): PeriodSummary[] {
    return this.index.data.periods;
  }

  async period(id: string): Promise<Store<Period>> {
    const cached = this.periods.get(id);
    if (cached) return cached;
    const store = await Store.open(this.periodFile(id), PeriodSchema, this.ledger);
    if (!store) throw new AppError('DAMAGED', `考核周期 ${id} 的数据文件缺失，请从备份恢复。`);
    if (store.recovery) this.recoveries.push(store.recovery);
    this.periods.set(id, store);
    return store;
  }

  /** A new period's store, not written yet: the commit that creates the period writes it (and remembers it). */
  newPeriod(period: Period): Store<Period> {
    return Store.unwritten(this.periodFile(period.id), PeriodSchema, period, this.ledger);
  }

  /** After a commit: the store that holds a period's live data is the one found next time. */
  remember(store: Store<Period>): void {
    this.periods.set(store.data.id, store);
  }

  rememberUnit(store: Store<UnitInputs>): void {
    this.units.set(`${store.data.periodId}/${store.data.unitId}`, store);
  }

  async unit(periodId: string, unitId: string): Promise<Store<UnitInputs>> {
    const key = `${periodId}/${unitId}`;
    const cached = this.units.get(key);
    if (cached) return cached;
    if (!/^[\w-]+$/.test(unitId)) throw new AppError('INVALID_INPUT', '单位编号不正确。');
    const file = join(this.dir, periodId, 'units', `${unitId}.json`);
    let store = await Store.open(file, UnitInputsSchema, this.ledger);
    if (store?.recovery) this.recoveries.push(store.recovery);
    // A unit with no inputs yet: its file is written by the first change, not by a look (a preview writes nothing).
    store ??= Store.unwritten(file, UnitInputsSchema, emptyUnitInputs(periodId, unitId), this.ledger);
    this.units.set(key, store);
    return store;
  }

  private periodFile(id: string): string {
    return join(this.dir, id, 'period.json');
  }
}
