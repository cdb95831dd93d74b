import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { AppError } from '../app-error';
import { MetaSchema } from '../store/meta';
import { parseJsonOrNull } from '../../../shared/text/json';

/**
 * A backup is one gzip'd JSON document holding every data file as text. One file is easy for a
 * clerk to copy to a USB stick, and restore can check all of it before touching anything.
 */
const BundleSchema = z.object({
  format: z.literal('appraisal-desk-backup'),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  reason: z.string(),
  organisation: z.string().nullable(),
  files: z.record(z.string(), z.string()),
});
export type Bundle = z.infer<typeof BundleSchema>;

/** Data files: everything but backups, locks, temp files and recovery leftovers. */
export async function listDataFiles(dataDir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      const rel = relative(dataDir, full).split(sep).join('/');
      if (e.isDirectory()) {
        if (rel !== 'backups') await walk(full);
      } else if (isDataFile(rel)) {
        out.push(rel);
      }
    }
  };
  await walk(dataDir);
  return out.sort();
}

/** Who may sign in stays with the folder: a restore never brings back an old password. */
export const ACCESS_FILE = 'access.json';

export function isDataFile(rel: string): boolean {
  if (rel === ACCESS_FILE) return false;
  return /^(?:[\w-]+\/)*[\w-]+\.json$/.test(rel) || /^audit\/\d{4}\.jsonl$/.test(rel);
}

export async function makeBundle(dataDir: string, reason: string, organisation: string | null): Promise<Buffer> {
  const files: Record<string, string> = {};
  for (const rel of await listDataFiles(dataDir)) files[rel] = await readFile(join(dataDir, ...rel.split('/')), 'utf8');
  const bundle: Bundle = { format: 'appraisal-desk-backup', formatVersion: 1, createdAt: new Date().toISOString(), reason, organisation, files };
  return gzipSync(JSON.stringify(bundle));
}

/** Reads and checks a backup file; never trusts its paths or contents. */
export async function readBundle(file: string, currentSchema: number): Promise<Bundle & { schemaVersion: number }> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AppError('REJECTED', code === 'ENOENT' ? `找不到备份文件 ${file}。` : `无法读取备份文件 ${file}（${code}）。`);
  }
  const notBackup = new AppError('REJECTED', `文件 ${file} 不是平时考核的备份文件，或已经损坏，无法恢复。当前数据没有改动。`);
  let bundle: Bundle;
  try {
    const parsed = BundleSchema.safeParse(JSON.parse(gunzipSync(raw, { maxOutputLength: 2 ** 31 - 1 }).toString('utf8')));
    if (!parsed.success) throw notBackup;
    bundle = parsed.data;
  } catch {
    throw notBackup;
  }
  for (const rel of Object.keys(bundle.files)) {
    if (!isDataFile(rel) || posix.normalize(rel) !== rel) throw notBackup;
  }
  const meta = MetaSchema.safeParse(parseJsonOrNull(bundle.files['meta.json']));
  if (!meta.success || !('org.json' in bundle.files)) throw notBackup;
  if (meta.data.schemaVersion > currentSchema) {
    throw new AppError('NEWER_VERSION', `这个备份由更新版本的平时考核（${meta.data.appVersion}）生成，请先升级本程序再恢复。当前数据没有改动。`);
  }
  return { ...bundle, schemaVersion: meta.data.schemaVersion };
}
