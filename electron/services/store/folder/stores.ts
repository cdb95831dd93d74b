import type { IncidentsFile } from '../../../../shared/domain/incident';
import type { OrgData } from '../../../../shared/domain/org';
import type { Period } from '../../../../shared/domain/period';
import type { StoredTemplate, TemplatesFile } from '../../../../shared/forms/template-meta';
import type { UnitInputs } from '../../../../shared/domain/period-inputs';
import { AppError } from '../../app-error';
import type { PeriodFiles } from '../doc/period-files';
import type { Store } from '../doc/store';
import type { Meta } from './meta';
import { notInitialized, type View } from './view';

/** The files of a data folder as the app holds them (null: not set up yet). */
export interface FolderStores {
  meta: Store<Meta> | null;
  org: Store<OrgData> | null;
  incidents: Store<IncidentsFile> | null;
  periods: PeriodFiles | null;
  /** The clerk's own forms (templates.json); written with the first one added. */
  templates: Store<TemplatesFile> | null;
}

/**
 * A View over the folder's stores. `see` is how a store's data is read: the live data for a
 * reading channel, a transaction's own draft where it has one; `seen` hears of every store read
 * (an import preview remembers which files, and at which version, its plan was made from).
 */
export class StoreView implements View {
  constructor(
    protected readonly stores: FolderStores,
    private readonly seen?: (store: Store<unknown>) => void,
  ) {}

  protected see<T>(store: Store<T>): T {
    this.seen?.(store as Store<unknown>);
    return store.data;
  }

  org(): OrgData {
    return this.see(this.orgStore());
  }

  orgOrNull(): OrgData | null {
    return this.stores.org ? this.see(this.stores.org) : null;
  }

  incidents(): IncidentsFile['incidents'] {
    return this.see(this.incidentsStore()).incidents;
  }

  templates(): StoredTemplate[] {
    return this.see(this.templatesStore()).templates;
  }

  periods() {
    return this.stores.periods ? this.see(this.stores.periods.index).periods : [];
  }

  hasPeriod(id: string): boolean {
    return this.periods().some((p) => p.id === id);
  }

  async period(id: string): Promise<Period> {
    if (!this.hasPeriod(id)) throw new AppError('NOT_FOUND', `找不到考核周期 ${id}。`);
    return this.see(await this.periodFiles().period(id));
  }

  async unit(periodId: string, unitId: string): Promise<UnitInputs> {
    return this.see(await this.periodFiles().unit(periodId, unitId));
  }

  protected orgStore(): Store<OrgData> {
    if (!this.stores.org) throw notInitialized();
    return this.stores.org;
  }

  protected incidentsStore(): Store<IncidentsFile> {
    if (!this.stores.incidents) throw notInitialized();
    return this.stores.incidents;
  }

  protected templatesStore(): Store<TemplatesFile> {
    if (!this.stores.templates) throw notInitialized();
    return this.stores.templates;
  }

  protected periodFiles(): PeriodFiles {
    if (!this.stores.periods) throw notInitialized();
    return this.stores.periods;
  }
}
