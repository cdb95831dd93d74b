import { join } from 'node:path';
import { IncidentsFileSchema, type IncidentsFile } from '../../../../shared/domain/incident';
import { OrgDataSchema, type OrgData } from '../../../../shared/domain/org';
import type { Period } from '../../../../shared/domain/period';
import type { UnitInputs } from '../../../../shared/domain/period-inputs';
import { emptyTemplates, TEMPLATES_FILE, TemplatesFileSchema, type TemplatesFile } from '../../../../shared/forms/template-meta';
import { AppError, rejected } from '../../app-error';
import type { AuditInput, AuditLog } from '../../audit/audit-log';
import { todayIso } from '../../clock';
import { PeriodFiles, summarize } from '../doc/period-files';
import { Store } from '../doc/store';
import { sha256, type FileLedger } from '../file/file-ledger';
import { crashPoint } from '../file/crash-point';
import type { Journal, JournalFile } from '../file/journal';
import { APP_VERSION, MetaSchema, type Meta } from './meta';
import { StoreView, type FolderStores } from './stores';

/**
 * How a draft is made and checked. `copy`: a deep copy, validated whole at commit. `lists`: for a
 * change that only replaces, adds or removes items of the file's top-level lists (one 工作纪实,
 * one 评鉴) and validates those items itself — only the lists are copied and the rest is not
 * validated again, which on a unit's 0.2 MB slice of a period is most of what a save costs.
 */
export type DraftMode = 'copy' | 'lists';

interface Staged {
  store: Store<unknown>;
  draft: unknown;
  mode: DraftMode;
  /** After the commit: make this store the one readers find (the cache may have let go of it). */
  reinstate?: () => void;
}

/** What a commit needs of its folder. */
export interface CommitHost {
  readonly dir: string;
  readonly ledger: FileLedger;
  readonly audit: AuditLog;
  readonly journal: Journal;
  /** The transaction set the folder up: these are its files now. */
  adopt(stores: FolderStores): void;
  /**
   * Replaces the files and appends the entries of the record just journaled; throws (with the
   * record taken back) when it cannot, or answers 'deferred' when even that failed.
   */
  apply(files: readonly (JournalFile & { existed: boolean })[], audit: Parameters<AuditLog['append']>[0]): Promise<'applied' | 'deferred'>;
}

/**
 * One change to a data folder: it reads the folder as it stands (and sees its own changes), checks,
 * computes, stages new file contents and its audit entry, and commits them as one durable step
 * (the journal). Made only by DataFolder.transact, which runs one at a time per folder. Nothing a
 * transaction stages is visible to anyone else until it commits; a refusal (a thrown error)
 * leaves memory and disk as they were.
 */
export class Tx extends StoreView {
  /** This change's time: every record it stamps and its audit entry carry it. */
  readonly now: string;
  /** The local calendar day of `now`, 'YYYY-MM-DD'. */
  readonly today: string;
  private readonly staged = new Map<string, Staged>();
  private readonly entries: AuditInput[] = [];
  private readonly created = new Map<string, Store<Period>>();
  private readonly hooks: (() => void)[] = [];
  private initialized = false;

  constructor(
    stores: FolderStores,
    private readonly dir: string,
    private readonly ledger: FileLedger,
    /** Who is acting: the signed-in user, or the computer's user when no password is set. */
    readonly actor: string,
    at: Date,
  ) {
    super({ ...stores });
    this.now = at.toISOString();
    this.today = todayIso(at);
  }

  protected override see<T>(store: Store<T>): T {
    const s = this.staged.get(store.file);
    return s ? (s.draft as T) : store.data;
  }

  /** The audit entry of this change (when, who and the before/after are filled in at commit). */
  audit(entry: AuditInput): void {
    this.entries.push(entry);
  }

  /** Runs after a successful commit (sessions to end, caches to fill), never after a refusal. */
  onCommit(hook: () => void): void {
    this.hooks.push(hook);
  }

  /** Changes one file of the folder on a draft; the commit validates and writes it. */
  update<T, R>(store: Store<T>, change: (draft: T) => R, mode: DraftMode = 'copy', reinstate?: () => void): R {
    let s = this.staged.get(store.file);
    if (!s) {
      s = { store: store as Store<unknown>, draft: mode === 'copy' ? structuredClone(store.data) : copyLists(store.data), mode, reinstate };
      this.staged.set(store.file, s);
    } else if (s.mode === 'lists' && mode === 'copy') {
      s.draft = structuredClone(s.draft);
      s.mode = 'copy';
    }
    return change(s.draft as T);
  }

  /** Gives a file its whole new content. */
  put<T>(store: Store<T>, data: T, reinstate?: () => void): void {
    this.staged.set(store.file, { store: store as Store<unknown>, draft: data, mode: 'copy', reinstate });
  }

  changeOrg<R>(change: (draft: OrgData) => R): R {
    return this.update(this.orgStore(), change);
  }

  changeIncidents<R>(change: (draft: IncidentsFile) => R): R {
    return this.update(this.incidentsStore(), change);
  }

  changeTemplates<R>(change: (draft: TemplatesFile) => R): R {
    return this.update(this.templatesStore(), change);
  }

  override async period(id: string): Promise<Period> {
    const created = this.created.get(id);
    return created ? this.see(created) : super.period(id);
  }

  /** Adds a new period (its file and its line in the list). */
  createPeriod(period: Period): void {
    if (this.hasPeriod(period.id)) throw rejected(`${period.label}已经建立，不能重复建立。`);
    const files = this.periodFiles();
    const store = files.newPeriod(period);
    this.created.set(period.id, store);
    this.put(store, period, () => files.remember(store));
    this.update(files.index, (d) => {
      d.periods.push(summarize(period));
      d.periods.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
    });
  }

  /** Changes a period and keeps its line in the list in step. */
  async changePeriod<R>(id: string, change: (draft: Period) => R): Promise<R> {
    const files = this.periodFiles();
    const store = this.created.get(id) ?? (await files.period(id));
    const result = this.update(store, change);
    const line = summarize(this.see(store));
    this.update(files.index, (d) => {
      d.periods[d.periods.findIndex((p) => p.id === id)] = line;
    });
    return result;
  }

  /** Changes a unit's inputs for a period (`lists`: see DraftMode). */
  async changeUnit<R>(periodId: string, unitId: string, change: (draft: UnitInputs) => R, mode: DraftMode = 'copy'): Promise<R> {
    const files = this.periodFiles();
    const store = await files.unit(periodId, unitId);
    return this.update(store, change, mode, () => files.rememberUnit(store));
  }

  /** Sets up the organisation in an empty folder: org.json, incidents.json, the period list and meta.json. */
  async initialize(org: OrgData, schemaVersion: number): Promise<void> {
    if (this.stores.org || this.initialized) throw rejected('这个数据文件夹已经建立了单位，不能再次创建。');
    this.initialized = true;
    const at = (name: string) => join(this.dir, name);
    const meta: Meta = { format: 'appraisal-desk', schemaVersion, createdAt: this.now, appVersion: APP_VERSION };
    this.stores.org = Store.unwritten(at('org.json'), OrgDataSchema, org, this.ledger);
    this.stores.incidents = Store.unwritten(at('incidents.json'), IncidentsFileSchema, { incidents: [] }, this.ledger);
    this.stores.periods = await PeriodFiles.open(this.dir, this.ledger);
    // Written with the first template added.
    this.stores.templates = Store.unwritten(at(TEMPLATES_FILE), TemplatesFileSchema, emptyTemplates(), this.ledger);
    this.stores.meta = Store.unwritten(at('meta.json'), MetaSchema, meta, this.ledger);
    for (const store of [this.stores.org, this.stores.incidents, this.stores.periods.index, this.stores.meta] as Store<unknown>[])
      this.put(store, store.data);
  }

  /**
   * Only in the change that sets the folder up (demo data, a folder nobody uses yet): writes what
   * it has staged so far — but the files that mark the folder set up — at once, so ten years of
   * periods need not be held in memory. meta.json comes with the commit: until then, and after a
   * crash before it, the folder still reads as empty.
   */
  async seedNow(): Promise<void> {
    if (!this.initialized) throw new AppError('INTERNAL', '只有建立单位的同一次操作才能直接写入文件。');
    const setup = new Set([this.stores.org, this.stores.incidents, this.stores.periods?.index, this.stores.meta].map((s) => s?.file));
    const seed = [...this.staged].filter(([file]) => !setup.has(file));
    // A few files at a time, so their fsyncs overlap.
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < seed.length; i = next++) {
        const [file, s] = seed[i];
        s.store.adopt(s.store.schema.parse(s.draft));
        await s.store.writeNow();
        s.reinstate?.();
        this.staged.delete(file);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    this.created.clear();
  }

  /**
   * The commit: validates the drafts, writes one journal record holding the new files and the
   * audit entries (one fsync), replaces the files, and only then makes them the live data. A
   * failure anywhere takes the change back and refuses it. A change must say what it did: files
   * without an audit entry are refused.
   */
  async commit(host: CommitHost): Promise<void> {
    if (this.staged.size && !this.entries.length) throw new AppError('INTERNAL', '程序内部错误：这次修改没有操作日志记录，已拒绝保存。');
    if (!this.staged.size && !this.entries.length) return;
    const changed: (JournalFile & { store: Store<unknown>; data: unknown; existed: boolean })[] = [];
    const same: { store: Store<unknown>; data: unknown }[] = [];
    for (const s of this.staged.values()) {
      const data = s.mode === 'copy' ? s.store.schema.parse(s.draft) : s.draft;
      const bytes = Buffer.from(JSON.stringify(data), 'utf8');
      const hash = sha256(bytes);
      const rel = this.ledger.rel(s.store.file);
      if (s.store.written && this.ledger.hashOf(rel) === hash) same.push({ store: s.store, data });
      else changed.push({ rel, bytes, hash, store: s.store, data, existed: s.store.written });
    }
    const audit = host.audit.prepare(this.actor, this.entries, this.now);
    await host.journal.append({ files: changed.map(({ rel, bytes, hash }) => ({ rel, bytes, hash })), audit });
    crashPoint('journal-synced');
    await host.apply(changed, audit);
    for (const { store, data } of [...changed, ...same]) store.adopt(data);
    for (const s of this.staged.values()) s.reinstate?.();
    if (this.initialized) host.adopt(this.stores);
    for (const hook of this.hooks) hook();
  }
}

/** A copy of an object whose top-level lists are copied too (their items are shared). */
function copyLists<T>(data: T): T {
  const out = { ...data } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) if (Array.isArray(v)) out[k] = [...v];
  return out as T;
}
