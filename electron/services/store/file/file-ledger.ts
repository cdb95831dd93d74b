import { createHash } from 'node:crypto';
import { mkdir, open, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { AppError } from '../../app-error';
import { syncFile, writeDurably, writeError } from './durable-file';

const COMPACT_AFTER = 20_000;
/** The "hash before" of a file's first write: there was no file. */
const ABSENT = '';

export const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/** How a file read from disk compares with what the app last wrote to it. */
export type FileVerdict = 'ok' | 'interrupted' | 'changed' | 'unknown';

export interface OutsideChange {
  file: string;
  /** What the app last wrote; null for a file it never wrote. */
  expected: string | null;
  /** What is there now; null when the file is gone. */
  actual: string | null;
}

/**
 * The sha256 of every data file as the app last wrote it, so a file changed outside the app
 * (a hand edit, a copied-in file) is caught. <data>/audit/files.jsonl holds one line per write,
 * appended and fsynced before the file itself is replaced; a crash between the two leaves the
 * file at the hash before, which is accepted as an interrupted save, not as an outside change.
 */
export class FileLedger {
  private readonly last = new Map<string, string>();
  private readonly prev = new Map<string, string>();
  /** Called when a file read by the app was changed outside it (the data folder logs it). */
  onOutsideChange: (change: OutsideChange) => void = () => undefined;

  private constructor(
    private readonly dataDir: string,
    private readonly file: string,
    /** No ledger yet (a folder from before this check): nothing to compare until a baseline. */
    public fresh: boolean,
  ) {}

  static async open(dataDir: string): Promise<FileLedger> {
    const file = join(dataDir, 'audit', 'files.jsonl');
    let text: string | null = null;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      /* none yet */
    }
    const ledger = new FileLedger(dataDir, file, text === null);
    const lines = (text ?? '').split('\n');
    for (const line of lines) {
      try {
        const { f, h, gone, created } = JSON.parse(line) as { f: unknown; h: unknown; gone?: unknown; created?: unknown };
        if (typeof f === 'string' && gone === true) ledger.drop(f);
        else if (typeof f === 'string' && typeof h === 'string') ledger.remember(f, h, created === true);
      } catch {
        /* blank or torn last line */
      }
    }
    // One line per save adds up over years; keep the two hashes that matter per file.
    if (lines.length > COMPACT_AFTER) {
      const keep = [...ledger.prev].map(([f, h]) => ({ f, h })).concat([...ledger.last].map(([f, h]) => ({ f, h })));
      await writeDurably(file, keep.map((l) => `${JSON.stringify(l)}\n`).join(''));
    }
    return ledger;
  }

  rel(file: string): string {
    return relative(this.dataDir, file).split(sep).join('/');
  }

  /**
   * Before the app replaces `file` with `content`: record what it will hold. `created` marks the
   * first write of a new file, so that a crash before it lands (no file at all) is an interrupted
   * save too, not a deletion.
   */
  async written(file: string, content: string, created = false): Promise<boolean> {
    const f = this.rel(file);
    const h = sha256(content);
    if (this.last.get(f) === h) return false;
    await this.append([created ? { f, h, created: true } : { f, h }]);
    this.remember(f, h, created);
    return true;
  }

  /**
   * The write recorded by written() (it returned true) failed (disk full, read-only): the file still holds what it
   * held, so that is expected again. Memory first; if even this line cannot be appended, the
   * file's hash is the one before the failed write, which is accepted as an interrupted save.
   */
  async undo(file: string): Promise<void> {
    const f = this.rel(file);
    const before = this.prev.get(f);
    if (before === undefined) return;
    if (before === ABSENT) this.drop(f);
    else {
      this.prev.delete(f);
      this.last.set(f, before);
    }
    await this.append([before === ABSENT ? { f, gone: true } : { f, h: before }]).catch(() => undefined);
  }

  /**
   * A file replaced by a journaled commit (or its replay) now holds content with this hash. The
   * line is not fsynced here: the journal holds the change until the checkpoint syncs both.
   */
  async recorded(file: string, hash: string): Promise<void> {
    const f = this.rel(file);
    if (this.last.get(f) === hash) return;
    this.remember(f, hash);
    await this.append([{ f, h: hash }], false);
  }

  /** The checkpoint: every line appended so far is on disk. */
  async sync(): Promise<void> {
    await syncFile(this.file).catch((e: AppError) => {
      // Nothing appended yet: nothing to make durable.
      if (!/ENOENT/.test(e.message)) throw e;
    });
  }

  /** What the app last wrote to a file (relative path), or null: a preview is bound to these. */
  hashOf(rel: string): string | null {
    return this.last.get(rel) ?? null;
  }

  /** A known file is missing because the crash came before its first write landed. */
  creationInterrupted(rel: string): boolean {
    return this.prev.get(rel) === ABSENT;
  }

  /** Compares content on disk with what the app wrote. */
  verdict(rel: string, content: string | Uint8Array): FileVerdict {
    return this.fresh ? 'ok' : this.verdictOf(rel, sha256(content));
  }

  private verdictOf(rel: string, h: string): FileVerdict {
    if (this.last.get(rel) === h) return 'ok';
    if (this.prev.get(rel) === h) return 'interrupted';
    return this.last.has(rel) ? 'changed' : 'unknown';
  }

  /** After the app read `file`: an outside change is reported once, then its content is the one known. */
  async read(file: string, content: string): Promise<void> {
    if (this.fresh) return;
    const f = this.rel(file);
    const h = sha256(content);
    const v = this.verdictOf(f, h);
    if (v === 'ok') return;
    const expected = this.last.get(f) ?? null;
    await this.append([{ f, h }]);
    this.remember(f, h);
    if (v !== 'interrupted') this.onOutsideChange({ file: f, expected, actual: h });
  }

  /** A file the app wrote is gone: reported once (like an outside change), then no longer expected. */
  async missing(file: string): Promise<void> {
    const f = this.rel(file);
    const expected = this.last.get(f);
    if (this.fresh || expected === undefined || this.creationInterrupted(f)) return;
    await this.append([{ f, gone: true }]);
    this.drop(f);
    this.onOutsideChange({ file: f, expected, actual: null });
  }

  /** Files the app has written (relative paths) with their last hash. */
  known(): Map<string, string> {
    return new Map(this.last);
  }

  /** Starts over from the files as they are now (first use, after a restore or a migration). */
  async rebase(files: { rel: string; hash: string }[]): Promise<void> {
    await mkdir(join(this.dataDir, 'audit'), { recursive: true });
    const lines = files.map((x) => ({ f: x.rel, h: x.hash }));
    await writeDurably(this.file, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
    this.last.clear();
    this.prev.clear();
    for (const l of lines) this.remember(l.f, l.h);
    this.fresh = false;
  }

  private drop(f: string) {
    this.last.delete(f);
    this.prev.delete(f);
  }

  private remember(f: string, h: string, created = false) {
    const was = this.last.get(f);
    if (was !== undefined && was !== h) this.prev.set(f, was);
    else if (was === undefined && created) this.prev.set(f, ABSENT);
    this.last.set(f, h);
  }

  private async append(lines: ({ f: string; h: string; created?: true } | { f: string; gone: true })[], sync = true): Promise<void> {
    try {
      await mkdir(join(this.dataDir, 'audit'), { recursive: true });
      const fh = await open(this.file, 'a');
      try {
        await fh.appendFile(lines.map((l) => `${JSON.stringify(l)}\n`).join(''), 'utf8');
        if (sync) await fh.sync();
      } finally {
        await fh.close();
      }
    } catch (e) {
      throw writeError(e, this.file);
    }
    this.fresh = false;
  }
}
