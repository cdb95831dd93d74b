import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Snapshot } from '../../../shared/api/contract';
import { writeDurably } from '../store/durable-file';
import { makeBundle } from './bundle';

export const SNAPSHOT_REASONS = { start: '启动时', migration: '升级数据格式前', restore: '恢复备份前' } as const;
export type SnapshotReason = keyof typeof SNAPSHOT_REASONS;

const NAME = /^auto-(\d{8})-(\d{6})-(\d{3})-(start|migration|restore)\.backup$/;

/** Automatic snapshot into <data>/backups; keeps the newest `keep`. */
export async function takeSnapshot(dataDir: string, reason: SnapshotReason, organisation: string | null, keep: number): Promise<string> {
  const dir = join(dataDir, 'backups');
  await mkdir(dir, { recursive: true });
  const iso = new Date().toISOString();
  const stamp = `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}-${iso.slice(20, 23)}`;
  const file = join(dir, `auto-${stamp}-${reason}.backup`);
  await writeDurably(file, await makeBundle(dataDir, SNAPSHOT_REASONS[reason], organisation));
  const all = (await readdir(dir)).filter((f) => NAME.test(f)).sort();
  for (const old of all.slice(0, Math.max(0, all.length - keep))) await rm(join(dir, old), { force: true });
  return file;
}

export async function listSnapshots(dataDir: string): Promise<Snapshot[]> {
  const dir = join(dataDir, 'backups');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((f) => NAME.test(f)).sort().reverse();
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
