import { open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEntry } from '../../../../shared/api/contract';
import { writeError } from './durable-file';
import { sha256 } from './file-ledger';
import { crashPoint } from './crash-point';

/** A file's new content as a commit wrote it. */
export interface JournalFile {
  /** Path inside the data folder, with '/'. */
  rel: string;
  /** The content, UTF-8. */
  bytes: Buffer;
  /** sha256 of `bytes`. */
  hash: string;
}

/** One commit: the files it changes and the audit entries that describe the change. */
export interface JournalRecord {
  files: JournalFile[];
  audit: AuditEntry[];
}

const MAGIC = 'DESK-JOURNAL 1';
export const JOURNAL_FILE = 'journal.wal';

/**
 * The change journal (write-ahead log), <data>/journal.wal. A commit appends one record — the new
 * content of every file it changes and its audit entries — and fsyncs once; that makes the change
 * and its entry durable together. The files are then replaced without waiting for the disk, and a
 * checkpoint later syncs them and empties the journal. Opening a folder replays every complete
 * record and drops a torn one (a crash while it was being written: that change was never
 * acknowledged, and it has no entry).
 *
 * Record: `DESK-JOURNAL 1 <header bytes> <body bytes> <sha256>\n<header JSON><body>\n`, the body
 * being the files one after another, the sha256 over the header, which lists each file's own
 * sha256 (checked on reading): the contents are hashed once, by the commit, not twice.
 */
export class Journal {
  private bytes = 0;
  private count = 0;
  /** The size before the last record (dropLast). */
  private previous = 0;

  private constructor(readonly file: string) {}

  /** The journal and the records a crash left in it (oldest first). */
  static async open(dataDir: string): Promise<{ journal: Journal; left: JournalRecord[] }> {
    const file = join(dataDir, JOURNAL_FILE);
    const bytes = await readFile(file).catch(() => Buffer.alloc(0));
    const left = parseJournal(bytes);
    const journal = new Journal(file);
    // What is there (a torn record too) is cleared by the first checkpoint.
    journal.bytes = bytes.length;
    journal.count = bytes.length ? Math.max(1, left.length) : 0;
    return { journal, left };
  }

  /** Records held since the last checkpoint, and their size: when to checkpoint. */
  get size(): { records: number; bytes: number } {
    return { records: this.count, bytes: this.bytes };
  }

  /** Appends one record and waits until it is on disk: the commit point. */
  async append(record: JournalRecord): Promise<void> {
    const body = Buffer.concat(record.files.map((f) => f.bytes));
    const header = Buffer.from(
      JSON.stringify({ files: record.files.map((f) => ({ rel: f.rel, hash: f.hash, bytes: f.bytes.length })), audit: record.audit }),
      'utf8',
    );
    const sum = sha256(header);
    const all = Buffer.concat([Buffer.from(`${MAGIC} ${header.length} ${body.length} ${sum}\n`, 'utf8'), header, body, Buffer.from('\n')]);
    // Opened for each record, not held: a folder's file system can still be remounted or unplugged between changes.
    let fh: FileHandle | null = null;
    try {
      fh = await open(this.file, 'a');
      if (process.env.APPRAISAL_DESK_CRASH_AT?.startsWith('journal-torn')) {
        await fh.writeFile(all.subarray(0, all.length >> 1));
        await fh.datasync();
        crashPoint('journal-torn');
      }
      // writeFile, not write: on a nearly full disk a single write may land only in part.
      await fh.writeFile(all);
      await fh.datasync();
    } catch (e) {
      // A half-written record is dropped by the next open; cut it off now so the next commit starts clean.
      await fh?.truncate(this.bytes).catch(() => undefined);
      throw writeError(e, this.file);
    } finally {
      await fh?.close().catch(() => undefined);
    }
    this.previous = this.bytes;
    this.bytes += all.length;
    this.count++;
  }

  /** The last record could not be applied: it is cut off (the change is refused). */
  async dropLast(): Promise<void> {
    const fh = await open(this.file, 'r+');
    try {
      await fh.truncate(this.previous);
      await fh.datasync();
    } finally {
      await fh.close();
    }
    this.bytes = this.previous;
    this.count--;
  }

  /** After a checkpoint: every change is in its files, the journal starts empty again. */
  async clear(): Promise<void> {
    if (this.count === 0) return;
    let fh: FileHandle | null = null;
    try {
      fh = await open(this.file, 'r+');
      await fh.truncate(0);
      await fh.datasync();
    } catch (e) {
      throw writeError(e, this.file);
    } finally {
      await fh?.close().catch(() => undefined);
    }
    this.bytes = 0;
    this.count = 0;
  }
}

/** The complete records of a journal's bytes; parsing stops at the first torn or damaged one. */
export function parseJournal(buf: Buffer): JournalRecord[] {
  const out: JournalRecord[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const eol = buf.indexOf(0x0a, pos);
    if (eol < 0) break;
    const m = /^DESK-JOURNAL 1 (\d+) (\d+) ([0-9a-f]{64})$/.exec(buf.subarray(pos, eol).toString('utf8'));
    if (!m) break;
    const [headerLen, bodyLen] = [Number(m[1]), Number(m[2])];
    const start = eol + 1;
    const end = start + headerLen + bodyLen;
    if (end + 1 > buf.length || buf[end] !== 0x0a) break;
    const header = buf.subarray(start, start + headerLen);
    const body = buf.subarray(start + headerLen, end);
    if (sha256(header) !== m[3]) break;
    const h = JSON.parse(header.toString('utf8')) as { files: { rel: string; hash: string; bytes: number }[]; audit: AuditEntry[] };
    let at = 0;
    const files = h.files.map((f) => {
      const bytes = body.subarray(at, at + f.bytes);
      at += f.bytes;
      return { rel: f.rel, hash: f.hash, bytes };
    });
    if (files.some((f) => sha256(f.bytes) !== f.hash)) break;
    out.push({ files, audit: h.audit });
    pos = end + 1;
  }
  return out;
}
