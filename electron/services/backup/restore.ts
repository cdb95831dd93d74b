import { mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeDurably } from '../store/durable-file';
import { listDataFiles, type Bundle } from './bundle';

/**
 * Restore goes through a staging folder: every file of the backup is written durably to
 * <data>/.restore, then a READY marker, then each is renamed into place. A crash before READY
 * leaves the current data untouched; a crash after it is finished on the next open.
 */
const STAGING = '.restore';

export async function stageRestore(dataDir: string, bundle: Bundle): Promise<void> {
  const staging = join(dataDir, STAGING);
  await rm(staging, { recursive: true, force: true });
  for (const [rel, text] of Object.entries(bundle.files)) {
    const target = join(staging, ...rel.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeDurably(target, text);
  }
  await writeDurably(join(staging, 'READY'), JSON.stringify(Object.keys(bundle.files)));
}

/** Applies a staged restore if one is complete; removes an incomplete one. Returns whether it applied. */
export async function finishPendingRestore(dataDir: string, beforeCleanup: () => Promise<unknown> = async () => undefined): Promise<boolean> {
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
    if (e.isFile() && /^\..+\.\d+\.tmp$/.test(e.name)) await rm(join(dir, e.name), { force: true });
    // backups/ too: a start-up snapshot cut by a crash leaves its temp file there.
    else if (e.isDirectory() && !e.name.startsWith('.')) await removeTempFiles(join(dir, e.name));
  }
}
