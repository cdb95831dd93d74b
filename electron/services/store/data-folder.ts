import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IncidentsFileSchema, type IncidentsFile } from '../../../shared/domain/incident';
import { OrgDataSchema, type OrgData } from '../../../shared/domain/org';
import { AppError } from '../app-error';
import { AuditLog } from '../audit/audit-log';
import { setAsideTornTail } from '../audit/torn-tail';
import { ACCESS_FILE, listDataFiles } from '../backup/bundle';
import { finishPendingRestore, markRestoreReady, removeTempFiles, stageRestore } from '../backup/restore';
import { takeSnapshot, takeSnapshotInWorker } from '../backup/snapshots';
import { DurableJsonFile } from './durable-file';
import { FileLedger, sha256, type OutsideChange } from './file-ledger';
import { acquireLock, type FolderLock, type Program } from './lock';
import { APP_VERSION, MetaSchema, type Meta } from './meta';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';
import { PeriodFiles } from './period-files';
import { Store, type StoreHooks } from './store';
import { WriteGate } from './write-gate';
import { nowIso } from '../clock';

export interface OpenOptions {
  program: Program;
  /** Overridable so the migration path can be tested with a real migration. */
  schemaVersion?: number;
  migrations?: Migration[];
  /** Take the automatic start-up snapshot (default true). */
  snapshotOnOpen?: boolean;
}

/**
 * A data folder held open by one program: the lock, the metadata, the stores and the audit log.
 * Layout: DESIGN.md "Storage".
 */
export class DataFolder {
  private constructor(
    readonly dir: string,
    private readonly lock: FolderLock,
    private readonly options: Required<OpenOptions>,
    public meta: Meta | null,
    public org: Store<OrgData> | null,
    public audit: AuditLog,
    public notices: string[],
    /** Hashes of the data files as the app wrote them (hand-edit detection). */
    readonly ledger: FileLedger,
    public incidents: Store<IncidentsFile> | null = null,
    public periods: PeriodFiles | null = null,
  ) {}

  readonly gate = new WriteGate();

  /** What every file of this folder is opened with. */
  private get hooks(): StoreHooks {
    return { ledger: this.ledger, gate: this.gate };
  }

  static async open(dir: string, options: OpenOptions): Promise<DataFolder> {
    const opts: Required<OpenOptions> = {
      schemaVersion: SCHEMA_VERSION,
      migrations: MIGRATIONS,
      snapshotOnOpen: true,
      ...options,
    };
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
      const torn = await setAsideTornTail(dir);
      if (torn) notices.push(torn);
      const folder = new DataFolder(dir, lock, opts, null, null, await AuditLog.open(dir), notices, ledger);
      ledger.onOutsideChange = (c) => folder.outsideChange(c);
      if (ledger.fresh && (await listLedgerFiles(dir)).length > 0) {
        // A folder from before files were hashed: what is there now is the starting point.
        const count = await rebaseLedger(dir, ledger);
        await folder.audit.append(SYSTEM_ACTOR, {
          action: 'file.baseline',
          target: 'data',
          summary: `开始记录数据文件校验值（${count} 个文件），此后在程序之外改动数据文件会被发现`,
        });
      }
      await folder.load();
      // After the roster is usable: leftovers of a crash go, and the start snapshot is taken
      // while writes wait at the gate, so it shows the data exactly as it was found.
      folder.gate.hold(removeTempFiles(dir));
      if (opts.snapshotOnOpen && folder.org) {
        folder.gate.hold(
          takeSnapshotInWorker(dir, 'start', folder.org.data.organisation.name, folder.org.data.settings.snapshotsToKeep).catch(
            (e: Error) => {
              folder.notices.push(`启动时的自动备份没有完成（${e.message}）。数据未受影响；建议在“数据与备份”中手动备份一次。`);
            },
          ),
        );
      }
      return folder;
    } catch (e) {
      lock.release();
      throw e;
    }
  }

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
    const org = await Store.open(join(this.dir, 'org.json'), OrgDataSchema, this.hooks);
    if (!org) throw new AppError('DAMAGED', '数据文件 org.json 缺失（人员和单位数据），也没有副本。请在“数据与备份”中从备份恢复。');
    if (org.recovery) this.notices.push(org.recovery);
    this.meta = meta;
    this.org = org;
    await this.loadAppraisalFiles();
  }

  /** incidents.json and the periods folder (created empty for folders made before they existed). */
  private async loadAppraisalFiles(): Promise<void> {
    const file = join(this.dir, 'incidents.json');
    const incidents =
      (await Store.open(file, IncidentsFileSchema, this.hooks)) ??
      (await Store.create(file, IncidentsFileSchema, { incidents: [] }, this.hooks));
    if (incidents.recovery) this.notices.push(incidents.recovery);
    this.incidents = incidents;
    this.periods = await PeriodFiles.open(this.dir, this.hooks);
    this.notices.push(...this.periods.recoveries);
  }

  private async migrate(meta: Meta, metaFile: DurableJsonFile<Meta>): Promise<Meta> {
    await takeSnapshot(this.dir, 'migration', null, Number.MAX_SAFE_INTEGER);
    let current = meta;
    while (current.schemaVersion < this.options.schemaVersion) {
      const step = this.options.migrations.find((m) => m.from === current.schemaVersion);
      if (!step) throw new AppError('DAMAGED', `找不到把数据从第${current.schemaVersion}版升级的方法。数据没有改动，请联系维护人员。`);
      await step.run(this.dir);
      current = { ...current, schemaVersion: step.to, appVersion: APP_VERSION };
      await metaFile.write(current);
    }
    // A migration rewrites files directly: its output is the app's own.
    await rebaseLedger(this.dir, this.ledger);
    this.notices.push(`数据格式已从第${meta.schemaVersion}版升级到第${current.schemaVersion}版；升级前的数据已自动备份。`);
    return current;
  }

  /** Creates the organisation in an empty folder. */
  async initialize(data: OrgData): Promise<void> {
    if (this.org) throw new AppError('REJECTED', '这个数据文件夹已经建立了单位，不能再次创建。');
    // org.json first: meta.json is what marks the folder as set up.
    const org = await Store.create(join(this.dir, 'org.json'), OrgDataSchema, data, this.hooks);
    const meta: Meta = {
      format: 'appraisal-desk',
      schemaVersion: this.options.schemaVersion,
      createdAt: nowIso(),
      appVersion: APP_VERSION,
    };
    await new DurableJsonFile(join(this.dir, 'meta.json'), MetaSchema, undefined, this.ledger).write(meta);
    this.org = org;
    this.meta = meta;
    await this.loadAppraisalFiles();
  }

  snapshot(reason: 'migration' | 'restore'): Promise<string> {
    const keep = this.org?.data.settings.snapshotsToKeep ?? 10;
    return takeSnapshot(this.dir, reason, this.org?.data.organisation.name ?? null, keep);
  }

  /** Replaces all data with a backup's, after checking it and snapshotting the current data. */
  async restore(file: string): Promise<string> {
    await this.flush();
    const staged = await stageRestore(this.dir, file, this.options.schemaVersion);
    const safety = await this.snapshot('restore');
    await markRestoreReady(this.dir, staged);
    await finishPendingRestore(this.dir, () => rebaseLedger(this.dir, this.ledger));
    this.org = null;
    this.meta = null;
    this.incidents = null;
    this.periods = null;
    this.notices = [];
    await this.load();
    // The log may be the backup's (a folder that had none).
    this.audit = await AuditLog.open(this.dir);
    return safety;
  }

  /** A data file the app read differs from what it last wrote: logged, and told to the clerk. */
  async outsideChange(c: OutsideChange): Promise<void> {
    const what = c.actual === null ? '被删除' : c.expected ? '与程序最后一次保存的内容不一致' : '不是由本程序写入的';
    this.notices.push(`数据文件 ${c.file} ${what}，在程序之外被修改过；已记入操作日志。如非有意修改，请从备份恢复。`);
    await this.audit.append(SYSTEM_ACTOR, {
      action: 'file.outside',
      target: c.file,
      summary: `发现数据文件 ${c.file} 在程序之外被修改（${what}）`,
      before: c.expected,
      after: c.actual,
    });
  }

  /** Grows with every write to any data file: a preview made at one count is stale at the next. */
  changeCount(): number {
    return (this.org?.version ?? 0) + (this.incidents?.version ?? 0) + (this.periods?.changeCount() ?? 0);
  }

  /** Waits for the start-up work and every queued write. */
  async flush(): Promise<void> {
    await this.gate.wait();
    await this.org?.flush();
    await this.incidents?.flush();
    await this.periods?.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.lock.release();
  }
}

/** The actor of entries the app writes on its own (checks at start-up). */
export const SYSTEM_ACTOR = '（程序自检）';

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

export function requireIncidents(folder: DataFolder): Store<IncidentsFile> {
  requireOrg(folder);
  return folder.incidents!;
}

export function requirePeriods(folder: DataFolder): PeriodFiles {
  requireOrg(folder);
  return folder.periods!;
}

export function requireOrg(folder: DataFolder): Store<OrgData> {
  if (!folder.org) throw new AppError('NOT_INITIALIZED', '还没有建立单位信息，请先在首页创建单位或载入演示数据。');
  return folder.org;
}
