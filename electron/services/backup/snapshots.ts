import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Snapshot } from '../../../shared/api/contract';
import { syncDir } from '../store/file/durable-file';
import { startWorker } from '../start-worker';
import { bundleLines, bundleVersion, listDataFiles, writeBundle, type ObjectLine } from './bundle';
import { listObjects, removeUnreferenced, storeObject } from './objects';

export const SNAPSHOT_REASONS = { start: '启动时', migration: '升级数据格式前', restore: '恢复备份前' } as const;
export type SnapshotReason = keyof typeof SNAPSHOT_REASONS;

const NAME = /^auto-(\d{8})-(\d{6})-(\d{3})-(start|migration|restore)\.backup$/;
/** Files compressed at once (zlib runs on the thread pool, so the main thread stays free). */
const PARALLEL = 4;

/**
 * Automatic snapshot into <data>/backups; keeps the newest `keep`. Incremental: a data file whose
 * size, time and inode are those the last snapshot recorded is not read again, and a content already
 * stored is not stored twice, so a start with ten years of data only copies what changed.
 */
export async function takeSnapshot(dataDir: string, reason: SnapshotReason, organisation: string | null, keep: number): Promise<string> {
  const dir = join(dataDir, 'backups');
  const objects = join(dir, 'objects');
  await mkdir(objects, { recursive: true });
  const iso = new Date().toISOString();
  const stamp = `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}-${iso.slice(20, 23)}`;
  const file = join(dir, `auto-${stamp}-${reason}.backup`);
  const before = await snapshotNames(dir);
  const previous = before.length ? await objectLines(join(dir, before.at(-1)!)) : new Map<string, ObjectLine>();
  const stored = await listObjects(objects);
  const files = await listDataFiles(dataDir);
  const lines: ObjectLine[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const full = join(dataDir, ...files[i].split('/'));
      const s = await stat(full);
      const last = previous.get(files[i]);
      const same = last && last.size === s.size && last.mtimeMs === s.mtimeMs && last.ino === s.ino && stored.has(last.object);
      const object = same ? last.object : await storeObject(objects, await readFile(full, 'utf8'), stored);
      lines[i] = { path: files[i], object, size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  await syncDir(objects);
  await writeBundle(file, { createdAt: iso, reason: SNAPSHOT_REASONS[reason], organisation }, lines);
  const names = await snapshotNames(dir);
  const kept = names.slice(Math.max(0, names.length - keep));
  for (const old of names.slice(0, names.length - kept.length)) await rm(join(dir, old), { force: true });
  const referenced = new Set<string>();
  for (const n of kept) for (const l of (await objectLines(join(dir, n))).values()) referenced.add(l.object);
  await removeUnreferenced(objects, referenced);
  return file;
}

async function snapshotNames(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => NAME.test(f)).sort();
}

/** The object lines of a snapshot by path; empty for a snapshot that cannot be read or holds texts (format 1). */
async function objectLines(file: string): Promise<Map<string, ObjectLine>> {
  const out = new Map<string, ObjectLine>();
  // A format-1 snapshot is the whole folder in one line: not worth unpacking to find nothing.
  if ((await bundleVersion(file)) !== 2) return out;
  try {
    for await (const l of bundleLines(file)) if ('object' in l) out.set(l.path, l);
  } catch {
    // An unreadable snapshot only means the next one stores more.
  }
  return out;
}

export async function listSnapshots(dataDir: string): Promise<Snapshot[]> {
  const dir = join(dataDir, 'backups');
  let names: string[];
  try {
    names = (await snapshotNames(dir)).reverse();
  } catch {
    return [];
  }
  const out: Snapshot[] = [];
  for (const f of names) {
    const m = NAME.exec(f)!;
    const [d, t] = [m[1], m[2]];
    out.push({
      file: join(dir, f),
      reason: SNAPSHOT_REASONS[m[4] as SnapshotReason],
      createdAt: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}Z`,
      bytes: (await stat(join(dir, f))).size,
    });
  }
  return out;
}

/**
 * takeSnapshot in a worker thread: the start-up snapshot runs while the clerk already works, and
 * its file reading, hashing and parsing of the last snapshot must not slow the first requests.
 */
export function takeSnapshotInWorker(dataDir: string, reason: SnapshotReason, organisation: string | null, keep: number): Promise<string> {
  const worker = startWorker(new URL('./snapshot-worker.js', import.meta.url), new URL('./snapshot-worker.ts', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  return new Promise<string>((resolve, reject) => {
    worker.once('message', (msg: { ok: true; file: string } | { ok: false; message: string }) => {
      void worker.terminate();
      if (msg.ok) resolve(msg.file);
      else reject(new Error(msg.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`自动备份进程意外退出（${code}）`)));
    worker.postMessage({ dataDir, reason, organisation, keep });
  });
}
