import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { sha256 } from '../store/file/file-ledger';

/**
 * backups/objects: the automatic snapshots' copies of data files, one gzip'd file per distinct
 * content, named by the sha256 of that content. A file that did not change since the last
 * snapshot is not stored again, so ten years of archived periods cost one copy, not ten.
 */
export const OBJECT_NAME = /^[0-9a-f]{64}$/;
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Stores `text` unless an object with its hash is already there; returns the hash. Durable once the caller syncs `dir`. */
export async function storeObject(dir: string, text: string, existing: Set<string>): Promise<string> {
  const name = sha256(text);
  if (existing.has(name)) return name;
  // Level 1: about three times faster than the default on JSON, for a few percent more bytes.
  const packed = await gzipAsync(text, { level: 1 });
  const tmp = join(dir, `.${name}.${process.pid}.tmp`);
  const fh = await open(tmp, 'w');
  try {
    await fh.writeFile(packed);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, join(dir, name));
  existing.add(name);
  return name;
}

/** An object's text, checked against its name (a damaged copy is never restored). */
export async function loadObject(dir: string, name: string): Promise<string> {
  if (!OBJECT_NAME.test(name)) throw new Error('bad object name');
  const text = (await gunzipAsync(await readFile(join(dir, name)))).toString('utf8');
  if (sha256(text) !== name) throw new Error('object does not match its hash');
  return text;
}

export async function listObjects(dir: string): Promise<Set<string>> {
  try {
    return new Set((await readdir(dir)).filter((n) => OBJECT_NAME.test(n)));
  } catch {
    return new Set();
  }
}

/** Removes the objects no kept snapshot refers to (and temp files left by a crash). */
export async function removeUnreferenced(dir: string, referenced: Set<string>): Promise<void> {
  for (const n of await readdir(dir).catch(() => [] as string[])) {
    if (OBJECT_NAME.test(n) ? !referenced.has(n) : n.endsWith('.tmp')) await rm(join(dir, n), { force: true });
  }
}
