import { mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { syncDir, writeDurably } from '../store/file/durable-file';
import { listDataFiles, readBundle } from './bundle';

/**
 * Restore goes through a staging folder: every file of the backup is written durably to
 * <data>/.restore, then (after the safety snapshot) a READY marker, then each is renamed into
 * place. A crash before READY leaves the current data untouched; one after it is finished on the
 * next open.
 */
const STAGING = '.restore';

/**
 * Copies a backup into the staging folder, checking it on the way (a bad or truncated backup
 * removes the staging folder and throws; the data is not touched). Returns the staged paths.
 */
export async function stageRestore(dataDir: string, file: string, currentSchema: number): Promise<string[]> {
  const staging = join(dataDir, STAGING);
  await rm(staging, { recursive: true, force: true });
  const paths: string[] = [];
  const dirs = new Set<string>([staging]);
  const writing = new Set<Promise<void>>();
  try {
    for await (const { path, text } of readBundle(file, currentSchema)) {
      const target = join(staging, ...path.split('/'));
      dirs.add(dirname(target));
      paths.push(path);
      // A few files in flight: their fsyncs overlap instead of queueing one by one.
      const w = mkdir(dirname(target), { recursive: true }).then(() => writeSynced(target, text));
      writing.add(w);
      void w.finally(() => writing.delete(w)).catch(() => undefined);
      if (writing.size >= 4) await Promise.race(writing);
    }
    await Promise.all(writing);
    for (const d of dirs) await syncDir(d);
  } catch (e) {
    await Promise.allSettled(writing);
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
  return paths;
}

/** The staged copy is complete: from here a crash finishes the restore on the next open. */
export async function markRestoreReady(dataDir: string, paths: string[]): Promise<void> {
  await writeDurably(join(dataDir, STAGING, 'READY'), JSON.stringify(paths));
}

async function writeSynced(file: string, text: string): Promise<void> {
  const fh = await open(file, 'w');
  try {
    await fh.writeFile(text, 'utf8');
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Applies a staged restore if one is complete; removes an incomplete one. Returns whether it applied. */
export async function finishPendingRestore(
  dataDir: string,
  beforeCleanup: () => Promise<unknown> = async () => undefined,
): Promise<boolean> {
  const staging = join(dataDir, STAGING);
  let files: string[];
  try {
    files = JSON.parse(await readFile(join(staging, 'READY'), 'utf8')) as string[];
  } catch {
    await rm(staging, { recursive: true, force: true });
    return false;
  }
  // The audit log is append-only: a restore never rewinds it (it must show what the restore
  // undid). The backup's log is used only when this folder has none (a new PC, a lost folder).
  const current = await listDataFiles(dataDir);
  const keepLog = current.some(isAuditFile);
  if (keepLog) files = files.filter((rel) => !isAuditFile(rel));
  const keep = new Set(files);
  for (const rel of current) {
    if (!keep.has(rel) && !(keepLog && isAuditFile(rel))) await rm(join(dataDir, ...rel.split('/')), { force: true });
  }
  for (const rel of files) {
    const from = join(staging, ...rel.split('/'));
    const to = join(dataDir, ...rel.split('/'));
    if (!(await exists(from))) continue; // moved before a crash
    await mkdir(dirname(to), { recursive: true });
    await rm(`${to}.bak`, { force: true }); // a stale .bak must never win over restored data
    await rename(from, to);
  }
  // Before the staging folder goes: a crash here repeats this step on the next open.
  await beforeCleanup();
  await rm(staging, { recursive: true, force: true });
  return true;
}

const isAuditFile = (rel: string) => rel.startsWith('audit/');

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

export async function removeTempFiles(dir: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    // Not this process's own: one of them may be being written right now.
    if (e.isFile() && /^\..+\.\d+\.tmp$/.test(e.name) && !e.name.endsWith(`.${process.pid}.tmp`))
      await rm(join(dir, e.name), { force: true });
    // backups/ too: a start-up snapshot cut by a crash leaves its temp file there (this process's own is spared above).
    else if (e.isDirectory() && !e.name.startsWith('.')) await removeTempFiles(join(dir, e.name));
  }
}
