import { access, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { IncidentsFileSchema } from '../../../../shared/domain/incident';
import { OrgDataSchema } from '../../../../shared/domain/org';
import { emptyTemplates, TEMPLATES_FILE, TemplatesFileSchema } from '../../../../shared/forms/template-meta';
import { AppError } from '../../app-error';
import type { AuditEntry } from '../../../../shared/api/contract';
import { AuditLog, type AuditInput } from '../../audit/audit-log';
import { setAsideTornTail, trimTornTail } from '../../audit/torn-tail';
import { ACCESS_FILE, listDataFiles } from '../../backup/bundle';
import { finishPendingRestore, markRestoreReady, removeTempFiles, stageRestore } from '../../backup/restore';
import { takeSnapshot, takeSnapshotInWorker } from '../../backup/snapshots';
import { now } from '../../clock';
import { PeriodFiles } from '../doc/period-files';
import { Store } from '../doc/store';
import { crashPoint } from '../file/crash-point';
import { DurableJsonFile, replaceFile, syncDir, syncFile, writeError } from '../file/durable-file';
import { FileLedger, sha256, type OutsideChange } from '../file/file-ledger';
import { Journal, parseJournal, type JournalFile, type JournalRecord } from '../file/journal';
import { acquireLock, type FolderLock, type Program } from '../file/lock';
import { RwLock } from '../file/rw-lock';
import { WriteGate } from '../file/write-gate';
import { MetaSchema, type Meta } from './meta';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';
import { StoreView, type FolderStores } from './stores';
import { Tx, type CommitHost } from './transaction';
import type { View } from './view';

export interface OpenOptions {
  program: Program;
  /** Overridable so the migration path can be tested with a real migration. */
  schemaVersion?: number;
  migrations?: Migration[];
  /** Take the automatic start-up snapshot (default true). */
  snapshotOnOpen?: boolean;
}

/** Checkpoint once this much is held in the journal; otherwise after a second without changes. */
const CHECKPOINT_RECORDS = 64;
const CHECKPOINT_BYTES = 32 * 1024 * 1024;
const CHECKPOINT_IDLE_MS = 1000;

/** The actor of entries the app writes on its own (checks at start-up). */
export const SYSTEM_ACTOR = '（程序自检）';

/**
 * A data folder held open by one program (DESIGN.md "Storage"). Reading goes through read(),
 * which never sees half of a change; every change goes through transact(), one at a time, and is
 * committed with its audit entry in one durable step (the journal). Nothing else writes its files.
 */
export class DataFolder {
  private readonly rw = new RwLock();
  /** Writes wait here while the start-up snapshot reads the folder as it was found. */
  private readonly gate = new WriteGate();
  private stores: FolderStores = { meta: null, org: null, incidents: null, periods: null, templates: null };
  /** Files replaced since the last checkpoint (to fsync there). */
  private readonly dirty = new Set<string>();
  /** A commit's files could not all be replaced (disk full …): the checkpoint replays the journal. */
  private replayNeeded = false;
  private checkpointTimer: NodeJS.Timeout | null = null;
  private closed = false;

  private constructor(
    readonly dir: string,
    private readonly lock: FolderLock,
    private readonly options: Required<OpenOptions>,
    private auditLog: AuditLog,
    /** Things the clerk must be told (a recovered file, a finished restore …). */
    readonly notices: string[],
    /** Hashes of the data files as the app wrote them (hand-edit detection). */
    readonly ledger: FileLedger,
    private readonly journal: Journal,
  ) {}

  static async open(dir: string, options: OpenOptions): Promise<DataFolder> {
    const opts: Required<OpenOptions> = { schemaVersion: SCHEMA_VERSION, migrations: MIGRATIONS, snapshotOnOpen: true, ...options };
    try {
      await mkdir(dir, { recursive: true });
    } catch (e) {
      throw new AppError('WRITE_FAILED', `无法创建数据文件夹 ${dir}（${(e as NodeJS.ErrnoException).code}）。`);
    }
    const lock = acquireLock(dir, opts.program);
    try {
      const notices: string[] = [];
      const ledger = await FileLedger.open(dir);
      if (await finishPendingRestore(dir, () => rebaseLedger(dir, ledger)))
        notices.push('上次恢复备份时程序中断，已在本次启动时完成恢复。');
      const opened = await Journal.open(dir);
      // Changes committed before a crash are finished first; a torn last audit line then belongs to one of them.
      const torn = opened.left.length ? await trimTornTail(dir) : await setAsideTornTail(dir);
      if (torn) notices.push(torn);
      const folder = new DataFolder(dir, lock, opts, await AuditLog.open(dir), notices, ledger, opened.journal);
      if (opened.journal.size.records) await folder.finish(opened.left);
      ledger.onOutsideChange = (c) => folder.outsideChange(c);
      if (ledger.fresh && (await listLedgerFiles(dir)).length > 0) {
        // A folder from before files were hashed: what is there now is the starting point.
        const count = await rebaseLedger(dir, ledger);
        await folder.systemEntry({
          action: 'file.baseline',
          target: 'data',
          summary: `开始记录数据文件校验值（${count} 个文件），此后在程序之外改动数据文件会被发现`,
        });
      }
      await folder.load();
      // After the roster is usable: leftovers of a crash go, and the start snapshot is taken
      // while changes wait at the gate, so it shows the data exactly as it was found.
      folder.gate.hold(removeTempFiles(dir));
      const org = folder.stores.org?.data;
      if (opts.snapshotOnOpen && org) {
        folder.gate.hold(
          takeSnapshotInWorker(dir, 'start', org.organisation.name, org.settings.snapshotsToKeep).catch((e: Error) => {
            folder.notices.push(`启动时的自动备份没有完成（${e.message}）。数据未受影响；建议在“数据与备份”中手动备份一次。`);
          }),
        );
      }
      return folder;
    } catch (e) {
      lock.release();
      throw e;
    }
  }

  // ——— Reading ———

  /** Whether the organisation has been set up in this folder. */
  get initialized(): boolean {
    return this.stores.org !== null;
  }

  get schemaVersion(): number {
    return this.stores.meta?.data.schemaVersion ?? this.options.schemaVersion;
  }

  /** The committed data, for code already inside read() or transact(). */
  get view(): View {
    return new StoreView(this.stores);
  }

  /** Reads side by side with other reads, never while a change is being made. */
  read<R>(work: (view: View) => Promise<R> | R): Promise<R> {
    return this.rw.shared(async () => work(this.view));
  }

  /**
   * Like read(), remembering which files were read and what the app had last written to each: a
   * plan made from them (an import preview) is refused at commit when one has changed since.
   */
  readRecorded<R>(work: (view: View) => Promise<R> | R): Promise<{ result: R; versions: Map<string, string | null> }> {
    return this.rw.shared(async () => {
      const versions = new Map<string, string | null>();
      const result = await work(new StoreView(this.stores, (s) => versions.set(s.file, this.ledger.hashOf(this.ledger.rel(s.file)))));
      return { result, versions };
    });
  }

  /** Whether every file still holds what it held when `versions` were taken. */
  unchangedSince(versions: ReadonlyMap<string, string | null>): boolean {
    return [...versions].every(([file, v]) => this.ledger.hashOf(this.ledger.rel(file)) === v);
  }

  /** The audit log, to read (entries are only ever written by a commit). */
  get audit(): Pick<AuditLog, 'recent' | 'all' | 'verify'> {
    return this.auditLog;
  }

  // ——— Changing ———

  /**
   * Runs one change: `work` reads through the transaction, checks, stages file changes and its
   * audit entry; then they are committed together. One at a time per folder; a thrown error
   * refuses the change and nothing is written. `committedRefusal` errors are thrown after the
   * commit (a wrong password counts although the call is refused).
   */
  async transact<R>(actor: string, work: (tx: Tx) => Promise<R> | R): Promise<R> {
    await this.gate.wait();
    return this.rw.exclusive(() => this.run(actor, work));
  }

  private async run<R>(actor: string, work: (tx: Tx) => Promise<R> | R): Promise<R> {
    if (this.closed) throw new AppError('LOCKED', '数据文件夹已关闭。');
    const tx = new Tx(this.stores, this.dir, this.ledger, actor, now());
    let result: R;
    let refusal: unknown = null;
    try {
      result = await work(tx);
    } catch (e) {
      if (!(e instanceof CommittedRefusal)) throw e;
      refusal = e.refusal;
      result = undefined as R;
    }
    await tx.commit(this.commitHost);
    await this.afterCommit();
    if (refusal) throw refusal;
    return result;
  }

  private get commitHost(): CommitHost {
    return {
      dir: this.dir,
      ledger: this.ledger,
      audit: this.auditLog,
      journal: this.journal,
      adopt: (stores) => {
        this.stores = stores;
      },
      apply: (files, audit) => this.apply(files, audit),
    };
  }

  /**
   * Replaces the files of the record just journaled and appends its entries (the checkpoint makes
   * them durable). When that fails (disk full, a file held by another program) the change is
   * taken back — the files replaced so far get their previous content again (their .bak link),
   * the journal record is cut off — and refused: a change is all there or not at all. Should even
   * that fail, the change stands (the journal holds it) and is finished at the next checkpoint.
   */
  private async apply(
    files: readonly (JournalFile & { existed: boolean })[],
    audit: readonly AuditEntry[],
  ): Promise<'applied' | 'deferred'> {
    const replaced: { file: string; existed: boolean }[] = [];
    try {
      for (const f of files) {
        const file = join(this.dir, ...f.rel.split('/'));
        // A file the app has read or written before is there, in its folder; a new one may need its folder.
        if (!f.existed) await mkdir(dirname(file), { recursive: true });
        await replaceFile(file, f.bytes);
        replaced.push({ file, existed: f.existed });
      }
      crashPoint('files-applied');
      await this.auditLog.append(audit);
      crashPoint('audit-applied');
    } catch (e) {
      try {
        for (const r of replaced.reverse()) await (r.existed ? rename(`${r.file}.bak`, r.file) : rm(r.file, { force: true }));
        await this.journal.dropLast();
      } catch {
        this.notices.push(
          `数据文件暂时无法写入（${(e as Error).message}）。刚才的修改已安全记录，腾出磁盘空间或恢复写权限后会自动写入；在此之前请不要复制数据文件夹。`,
        );
        this.replayNeeded = true;
        return 'deferred';
      }
      throw writeError(e, replaced.length < files.length ? join(this.dir, ...files[replaced.length].rel.split('/')) : this.dir);
    }
    for (const [i, r] of replaced.entries()) {
      this.dirty.add(r.file);
      // Remembered at once; the line itself is redone from the journal if it cannot be appended now.
      await this.ledger.recorded(r.file, files[i].hash).catch(() => (this.replayNeeded = true));
    }
    return 'applied';
  }

  private async afterCommit(): Promise<void> {
    const { records, bytes } = this.journal.size;
    if (records >= CHECKPOINT_RECORDS || bytes >= CHECKPOINT_BYTES || this.replayNeeded) {
      await this.checkpoint().catch(() => undefined);
      return;
    }
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      void this.rw.exclusive(() => this.checkpoint()).catch(() => undefined);
    }, CHECKPOINT_IDLE_MS);
    this.checkpointTimer.unref();
  }

  /**
   * Every change so far is in its files, on disk: the files replaced since the last checkpoint,
   * their folders, the ledger and the audit log are synced, then the journal is emptied. A
   * failure leaves the journal as it was (the changes stay safe in it).
   */
  private async checkpoint(): Promise<void> {
    if (this.replayNeeded) {
      await this.replay(await readJournal(this.journal.file));
      this.replayNeeded = false;
    }
    if (this.journal.size.records === 0 && this.dirty.size === 0) return;
    const dirs = new Set<string>();
    for (const file of this.dirty) {
      await syncFile(file);
      dirs.add(dirname(file));
    }
    for (const dir of dirs) await syncDir(dir);
    await this.ledger.sync();
    await this.auditLog.sync();
    crashPoint('checkpoint-synced');
    await this.journal.clear();
    crashPoint('checkpoint-done');
    this.dirty.clear();
  }

  /** Replays the journal's records (each file's whole content, the entries after the log's end), as a commit applies them. */
  private async replay(records: readonly JournalRecord[]): Promise<void> {
    for (const r of records) {
      for (const f of r.files) {
        const file = join(this.dir, ...f.rel.split('/'));
        await mkdir(dirname(file), { recursive: true });
        await replaceFile(file, f.bytes);
        this.dirty.add(file);
        await this.ledger.recorded(file, f.hash);
      }
      await this.auditLog.append(r.audit);
    }
  }

  /** At open: the changes a crash left in the journal are finished, then made durable. */
  private async finish(records: readonly JournalRecord[]): Promise<void> {
    await this.replay(records);
    await this.checkpoint();
  }

  /**
   * An entry the app writes on its own (a check found something). Queued at once, so every call
   * that comes after sees it; it waits for the start-up snapshot like any change.
   */
  private systemEntry(entry: AuditInput): Promise<void> {
    return this.rw.exclusive(async () => {
      await this.gate.wait();
      await this.run(SYSTEM_ACTOR, (tx) => tx.audit(entry));
    });
  }

  // ——— Opening, restoring, closing ———

  private async load(): Promise<void> {
    const metaFile = new DurableJsonFile(join(this.dir, 'meta.json'), MetaSchema, undefined, this.ledger);
    let meta = await metaFile.read();
    if (metaFile.recovery) this.notices.push(metaFile.recovery);
    if (!meta) return; // a new, empty folder
    if (meta.schemaVersion > this.options.schemaVersion) {
      throw new AppError(
        'NEWER_VERSION',
        `这个数据文件夹由更新版本的平时考核（${meta.appVersion}）保存过，本程序无法安全地读取。请升级程序后再打开。数据没有改动。`,
      );
    }
    if (meta.schemaVersion < this.options.schemaVersion) meta = await this.migrate(meta, metaFile);
    const org = await Store.open(join(this.dir, 'org.json'), OrgDataSchema, this.ledger);
    if (!org) throw new AppError('DAMAGED', '数据文件 org.json 缺失（人员和单位数据），也没有副本。请在“数据与备份”中从备份恢复。');
    if (org.recovery) this.notices.push(org.recovery);
    const incidents = await Store.open(join(this.dir, 'incidents.json'), IncidentsFileSchema, this.ledger);
    if (incidents?.recovery) this.notices.push(incidents.recovery);
    const periods = await PeriodFiles.open(this.dir, this.ledger);
    this.notices.push(...periods.recoveries);
    const templates = await Store.open(join(this.dir, TEMPLATES_FILE), TemplatesFileSchema, this.ledger);
    if (templates?.recovery) this.notices.push(templates.recovery);
    this.stores = {
      meta: await Store.open(join(this.dir, 'meta.json'), MetaSchema, this.ledger),
      org,
      // Folders made before incidents.json existed get an empty list (written with the first incident).
      incidents: incidents ?? Store.unwritten(join(this.dir, 'incidents.json'), IncidentsFileSchema, { incidents: [] }, this.ledger),
      periods,
      // No template added yet: an empty list (written with the first one).
      templates: templates ?? Store.unwritten(join(this.dir, TEMPLATES_FILE), TemplatesFileSchema, emptyTemplates(), this.ledger),
    };
  }

  private async migrate(meta: Meta, metaFile: DurableJsonFile<Meta>): Promise<Meta> {
    await takeSnapshot(this.dir, 'migration', null, Number.MAX_SAFE_INTEGER);
    let current = meta;
    while (current.schemaVersion < this.options.schemaVersion) {
      const step = this.options.migrations.find((m) => m.from === current.schemaVersion);
      if (!step) throw new AppError('DAMAGED', `找不到把数据从第${current.schemaVersion}版升级的方法。数据没有改动，请联系维护人员。`);
      await step.run(this.dir);
      current = { ...current, schemaVersion: step.to, appVersion: meta.appVersion };
      await metaFile.write(current);
    }
    // A migration rewrites files directly: its output is the app's own.
    await rebaseLedger(this.dir, this.ledger);
    this.notices.push(`数据格式已从第${meta.schemaVersion}版升级到第${current.schemaVersion}版；升级前的数据已自动备份。`);
    return current;
  }

  /**
   * Inside a change (data:restore): replaces all data with a backup's, after checking it and
   * snapshotting the current data. The restore's own audit entry goes into the restored log.
   */
  async restoreWithin(tx: Tx, file: string): Promise<string> {
    void tx; // only a running transaction may restore: the folder is held exclusively
    await this.checkpoint();
    const staged = await stageRestore(this.dir, file, this.options.schemaVersion);
    const org = this.stores.org?.data ?? null;
    const safety = await takeSnapshot(this.dir, 'restore', org?.organisation.name ?? null, org?.settings.snapshotsToKeep ?? 10);
    await markRestoreReady(this.dir, staged);
    await finishPendingRestore(this.dir, () => rebaseLedger(this.dir, this.ledger));
    this.stores = { meta: null, org: null, incidents: null, periods: null, templates: null };
    this.notices.length = 0;
    await this.load();
    // The log may be the backup's (a folder that had none).
    this.auditLog = await AuditLog.open(this.dir);
    return safety;
  }

  /** A data file the app read differs from what it last wrote: logged, and told to the clerk. */
  private outsideChange(c: OutsideChange): void {
    const what = c.actual === null ? '被删除' : c.expected ? '与程序最后一次保存的内容不一致' : '不是由本程序写入的';
    this.notices.push(`数据文件 ${c.file} ${what}，在程序之外被修改过；已记入操作日志。如非有意修改，请从备份恢复。`);
    // Found while reading (perhaps inside a change): the entry is its own change, queued behind it.
    void this.systemEntry({
      action: 'file.outside',
      target: c.file,
      summary: `发现数据文件 ${c.file} 在程序之外被修改（${what}）`,
      before: c.expected,
      after: c.actual,
    }).catch(() => undefined);
  }

  /** Waits for the start-up work and every change queued so far, and makes them durable. */
  async flush(): Promise<void> {
    await this.gate.wait();
    await this.rw.exclusive(() => this.checkpoint());
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush().catch(() => undefined);
    this.closed = true;
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.lock.release();
  }
}

/** Thrown inside a transaction: commit what was staged, then refuse the call with `refusal`. */
export class CommittedRefusal extends Error {
  constructor(readonly refusal: AppError) {
    super(refusal.message);
  }
}

async function readJournal(file: string): Promise<JournalRecord[]> {
  return parseJournal(await readFile(file));
}

/** Re-bases the ledger on the data files as they are now; returns how many. */
async function rebaseLedger(dir: string, ledger: FileLedger): Promise<number> {
  const files = await listLedgerFiles(dir);
  // One file at a time: ten years of data must not be held in memory to be hashed.
  const hashed: { rel: string; hash: string }[] = [];
  for (const rel of files) hashed.push({ rel, hash: sha256(await readFile(join(dir, ...rel.split('/')))) });
  await ledger.rebase(hashed);
  return files.length;
}

/** The files the ledger covers: every data file but the append-only audit log (it has its own chain), plus access.json. */
export async function listLedgerFiles(dir: string): Promise<string[]> {
  const files = (await listDataFiles(dir)).filter((rel) => !rel.startsWith('audit/'));
  if (
    await access(join(dir, ACCESS_FILE)).then(
      () => true,
      () => false,
    )
  )
    files.push(ACCESS_FILE);
  return files;
}
