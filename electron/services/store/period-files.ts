import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { PeriodSummarySchema, type PeriodSummary } from '../../../shared/api/appraisal-schemas';
import { PeriodSchema, type Period } from '../../../shared/domain/period';
import { UnitInputsSchema, emptyUnitInputs, type UnitInputs } from '../../../shared/domain/period-inputs';
import { AppError } from '../app-error';
import { Store, type StoreHooks } from './store';
import { StoreCache } from './store-cache';

// The list holds summaries only: listing must not load 40 periods × 5,000 participants.
const IndexSchema = z.object({ periods: z.array(PeriodSummarySchema) });
type PeriodIndex = z.infer<typeof IndexSchema>;

export const summarize = (p: Period): PeriodSummary => {
  const { participants, history: _h, grading: _g, ...rest } = p;
  return { ...rest, participantCount: participants.length };
};

/**
 * <data>/periods/: index.json (the list), <id>/period.json (state, participants) and
 * <id>/units/<unit>.json (that unit's inputs), each its own lowdb file so that saving one
 * review rewrites one unit's slice of one period, whatever the bureau's size or age.
 */
export class PeriodFiles {
  // About two years of periods and four quarters of units; older ones are read again on demand.
  private readonly periods = new StoreCache<Period>(8);
  private readonly units = new StoreCache<UnitInputs>(256);
  recoveries: string[] = [];

  private constructor(
    private readonly dir: string,
    private index: Store<PeriodIndex>,
    private readonly hooks: StoreHooks,
  ) {}

  static async open(dataDir: string, hooks: StoreHooks): Promise<PeriodFiles> {
    const dir = join(dataDir, 'periods');
    const file = join(dir, 'index.json');
    const index = (await Store.open(file, IndexSchema, hooks)) ?? (await createIn(dir, file, hooks));
    const files = new PeriodFiles(dir, index, hooks);
    if (index.recovery) files.recoveries.push(index.recovery);
    return files;
  }

  list(): PeriodSummary[] {
    return this.index.data.periods;
  }

  has(id: string): boolean {
    return this.index.data.periods.some((p) => p.id === id);
  }

  async period(id: string): Promise<Store<Period>> {
    const cached = this.periods.get(id);
    if (cached) return cached;
    if (!this.has(id)) throw new AppError('NOT_FOUND', `找不到考核周期 ${id}。`);
    const store = await Store.open(join(this.dir, id, 'period.json'), PeriodSchema, this.hooks);
    if (!store) throw new AppError('DAMAGED', `考核周期 ${id} 的数据文件缺失，请从备份恢复。`);
    if (store.recovery) this.recoveries.push(store.recovery);
    this.periods.set(id, store);
    return store;
  }

  /** Writes a new period and adds it to the index (period file first: the index only lists what exists). */
  async create(period: Period): Promise<Store<Period>> {
    await mkdir(join(this.dir, period.id, 'units'), { recursive: true });
    const store = await Store.create(join(this.dir, period.id, 'period.json'), PeriodSchema, period, this.hooks);
    this.periods.set(period.id, store);
    await this.index.update((d) => {
      d.periods.push(summarize(period));
      d.periods.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
    });
    return store;
  }

  /** Changes a period and keeps its index line in step. */
  async updatePeriod<R>(id: string, change: (draft: Period) => R): Promise<R> {
    const store = await this.period(id);
    const result = await store.update(change);
    await this.index.update((d) => {
      const i = d.periods.findIndex((p) => p.id === id);
      d.periods[i] = summarize(store.data);
    });
    return result;
  }

  /** Writes units' inputs in one go (demo data, bulk loads), a few at once so their fsyncs overlap. */
  async seedUnits(all: UnitInputs[]): Promise<void> {
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < all.length; i = next++) {
        const inputs = all[i];
        const file = join(this.dir, inputs.periodId, 'units', `${inputs.unitId}.json`);
        this.units.set(`${inputs.periodId}/${inputs.unitId}`, await Store.create(file, UnitInputsSchema, inputs, this.hooks));
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
  }

  async unit(periodId: string, unitId: string): Promise<Store<UnitInputs>> {
    const key = `${periodId}/${unitId}`;
    const cached = this.units.get(key);
    if (cached) return cached;
    if (!/^[\w-]+$/.test(unitId)) throw new AppError('INVALID_INPUT', '单位编号不正确。');
    const file = join(this.dir, periodId, 'units', `${unitId}.json`);
    let store = await Store.open(file, UnitInputsSchema, this.hooks);
    if (store?.recovery) this.recoveries.push(store.recovery);
    // A unit with no inputs yet: its file is written by the first change, not by a look (a preview writes nothing).
    store ??= Store.unwritten(file, UnitInputsSchema, emptyUnitInputs(periodId, unitId), this.hooks);
    this.units.set(key, store);
    return store;
  }

  /** Grows with every write to any period file. */
  changeCount(): number {
    return this.index.version + this.periods.changeCount() + this.units.changeCount();
  }

  async flush(): Promise<void> {
    await this.index.flush();
    for (const s of [...this.periods.values(), ...this.units.values()]) await s.flush();
  }
}

async function createIn(dir: string, file: string, hooks: StoreHooks): Promise<Store<PeriodIndex>> {
  await mkdir(dir, { recursive: true });
  return Store.create(file, IndexSchema, { periods: [] }, hooks);
}
