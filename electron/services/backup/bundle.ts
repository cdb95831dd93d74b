import { constants, createReadStream } from 'node:fs';
import { access, readdir, readFile } from 'node:fs/promises';
import { dirname, join, posix, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { z } from 'zod';
import { AppError } from '../app-error';
import { MetaSchema } from '../store/folder/meta';
import { writeDurably } from '../store/file/durable-file';
import { parseJsonOrNull } from '../../../shared/text/json';
import { loadObject, OBJECT_NAME } from './objects';

/**
 * A backup is one gzip'd file: a header line, then one JSON line per data file, then an end line.
 * Line by line, so ten years of data are written and read one file at a time (memory stays at
 * the largest file, not the whole folder). A line holds the file's text, or — in the automatic
 * snapshots inside <data>/backups — the hash of a shared, compressed copy in backups/objects,
 * so a snapshot only stores the files that changed since the one before.
 * formatVersion 1 (one JSON document holding every file) is still read.
 */
const HeaderSchema = z.object({
  format: z.literal('appraisal-desk-backup'),
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  createdAt: z.string(),
  reason: z.string(),
  organisation: z.string().nullable(),
});
export type BundleHeader = z.infer<typeof HeaderSchema>;

const V1Schema = HeaderSchema.extend({ formatVersion: z.literal(1), files: z.record(z.string(), z.string()) });

const LineSchema = z.union([
  z.object({ path: z.string(), text: z.string() }),
  // size, mtimeMs and ino let the next snapshot reuse the object without reading the file again.
  z.object({ path: z.string(), object: z.string().regex(OBJECT_NAME), size: z.number(), mtimeMs: z.number(), ino: z.number() }),
  z.object({ end: z.literal(true), files: z.number().int() }),
]);
export type BundleLine = z.infer<typeof LineSchema>;
export type ObjectLine = Extract<BundleLine, { object: string }>;

/** Data files: everything but backups, locks, temp files and recovery leftovers. */
/** meta.json first: a reader learns the schema version before anything else; then by path. */
const metaFirst = (a: string, b: string) => Number(b === 'meta.json') - Number(a === 'meta.json') || a.localeCompare(b);

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
  return out.sort(metaFirst);
}

/** Who may sign in stays with the folder: a restore never brings back an old password. */
export const ACCESS_FILE = 'access.json';

export function isDataFile(rel: string): boolean {
  if (rel === ACCESS_FILE) return false;
  return /^(?:[\w-]+\/)*[\w-]+\.json$/.test(rel) || /^audit\/\d{4}\.jsonl$/.test(rel);
}

/** Writes header, `lines` and the end line, gzip'd, durably (temp → fsync → rename). */
export async function writeBundle(
  file: string,
  header: Pick<BundleHeader, 'createdAt' | 'reason' | 'organisation'>,
  lines: Iterable<BundleLine> | AsyncIterable<BundleLine>,
  level = 6,
): Promise<void> {
  async function* text() {
    yield `${JSON.stringify({ format: 'appraisal-desk-backup', formatVersion: 2, ...header })}\n`;
    let files = 0;
    for await (const line of lines) {
      files++;
      yield `${JSON.stringify(line)}\n`;
    }
    yield `${JSON.stringify({ end: true, files })}\n`;
  }
  await writeDurably(file, Readable.from(text()).pipe(createGzip({ level })));
}

/** A whole backup made of the files' texts (a manual backup to take away). */
export async function writeFullBundle(dataDir: string, file: string, reason: string, organisation: string | null): Promise<void> {
  async function* lines() {
    for (const rel of await listDataFiles(dataDir)) yield { path: rel, text: await readFile(join(dataDir, ...rel.split('/')), 'utf8') };
  }
  await writeBundle(file, { createdAt: new Date().toISOString(), reason, organisation }, lines());
}

/** The format version from the first bytes of a bundle (null: not a bundle). */
export async function bundleVersion(file: string): Promise<number | null> {
  const input = createReadStream(file).pipe(createGunzip());
  let head = '';
  try {
    for await (const chunk of input) {
      head += (chunk as Buffer).toString('utf8');
      if (head.length >= 80) break;
    }
  } catch {
    return null;
  } finally {
    input.destroy();
  }
  const m = /^\{"format":"appraisal-desk-backup","formatVersion":(\d+)/.exec(head);
  return m ? Number(m[1]) : null;
}

/** The lines of a bundle as written, unchecked beyond their shape (for the next snapshot). */
export async function* bundleLines(file: string): AsyncGenerator<BundleLine | BundleHeader> {
  const input = createReadStream(file).pipe(createGunzip());
  const reader = createInterface({ input, crlfDelay: Infinity });
  try {
    let first = true;
    for await (const raw of reader) {
      if (!raw.trim()) continue;
      const json = parseJsonOrNull(raw);
      if (first) {
        first = false;
        const v1 = V1Schema.safeParse(json);
        if (v1.success) {
          const { files, ...header } = v1.data;
          yield header;
          const paths = Object.keys(files).sort(metaFirst);
          for (const path of paths) yield { path, text: files[path] };
          yield { end: true, files: Object.keys(files).length };
          return;
        }
        yield HeaderSchema.parse(json);
        continue;
      }
      yield LineSchema.parse(json);
    }
  } finally {
    reader.close();
    input.destroy();
  }
}

export interface BackupFile {
  path: string;
  text: string;
}

/**
 * Reads and checks a backup file, one data file at a time; never trusts its paths or contents.
 * meta.json must come first (its schema version decides whether the backup can be used at all),
 * org.json must be there, and the end line must match: a truncated copy is refused.
 */
export async function* readBundle(file: string, currentSchema: number): AsyncGenerator<BackupFile> {
  const notBackup = new AppError('REJECTED', `文件 ${file} 不是平时考核的备份文件，或已经损坏，无法恢复。当前数据没有改动。`);
  try {
    await access(file, constants.R_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AppError('REJECTED', code === 'ENOENT' ? `找不到备份文件 ${file}。` : `无法读取备份文件 ${file}（${code}）。`);
  }
  const objects = join(dirname(file), 'objects');
  let count = 0;
  let ended = false;
  let sawOrg = false;
  const lines = bundleLines(file);
  for (;;) {
    let next: IteratorResult<BundleLine | BundleHeader>;
    try {
      next = await lines.next();
    } catch {
      throw notBackup;
    }
    if (next.done) break;
    const line = next.value;
    if ('format' in line) continue;
    if ('end' in line) {
      ended = line.files === count;
      break;
    }
    if (!isDataFile(line.path) || posix.normalize(line.path) !== line.path) throw notBackup;
    const text =
      'text' in line
        ? line.text
        : await loadObject(objects, line.object).catch(() => {
            throw new AppError('REJECTED', `自动备份 ${file} 引用的数据块缺失或已损坏，无法用它恢复。请选择另一份备份。当前数据没有改动。`);
          });
    if (count === 0) {
      const meta = MetaSchema.safeParse(parseJsonOrNull(text));
      if (line.path !== 'meta.json' || !meta.success) throw notBackup;
      if (meta.data.schemaVersion > currentSchema) {
        throw new AppError(
          'NEWER_VERSION',
          `这个备份由更新版本的平时考核（${meta.data.appVersion}）生成，请先升级本程序再恢复。当前数据没有改动。`,
        );
      }
    }
    if (line.path === 'org.json') sawOrg = true;
    count++;
    yield { path: line.path, text };
  }
  if (!ended || !sawOrg) throw notBackup;
}
