import { createHash } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { AuditEntrySchema, type AuditEntry } from '../../../shared/api/contract';
import { syncFile, writeError } from '../store/file/durable-file';
import { parseJsonOrNull } from '../../../shared/text/json';

/** An entry as a change describes it; when, the chain and (unless given) who are added at commit. */
export type AuditInput = Pick<AuditEntry, 'action' | 'target' | 'summary'> &
  Partial<Pick<AuditEntry, 'before' | 'after' | 'reason' | 'actor'>>;

const GENESIS = '0'.repeat(64);

/** sha256 over the previous hash and the entry's content: editing or removing any line breaks the chain. */
export function entryHash(e: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actor, action, target, summary, before, after, reason, prevHash } = e;
  return createHash('sha256')
    .update(prevHash)
    .update(JSON.stringify([seq, at, actor, action, target, summary, before ?? null, after ?? null, reason]))
    .digest('hex');
}

/**
 * Append-only log in <data>/audit/<year>.jsonl. Entries are made by a commit (prepare), held in
 * the change journal with the change they describe, then appended here (append) and made durable
 * at the journal's checkpoint (sync): a change and its entry are one durable step.
 */
export class AuditLog {
  /** Every entry, oldest first, read once for the 操作日志 screen and kept in step by append. */
  private cache: AuditEntry[] | null = null;
  /** Year files appended to since the last sync. */
  private readonly unsynced = new Set<string>();
  /** Each year file's length as this log last left it (a failed append is cut back to it). */
  private readonly sizes = new Map<string, number>();

  private constructor(
    private readonly dir: string,
    private lastSeq: number,
    private lastHash: string,
  ) {}

  static async open(dataDir: string): Promise<AuditLog> {
    const dir = join(dataDir, 'audit');
    await mkdir(dir, { recursive: true });
    const files = await yearFiles(dir);
    let last: AuditEntry | null = null;
    for (const f of files.reverse()) {
      const lines = (await readFile(join(dir, f), 'utf8')).split('\n').filter((l) => l.trim());
      // A crash mid-append can leave a torn last line; the entry before it is the chain's end.
      for (let i = lines.length - 1; i >= 0 && !last; i--) {
        const parsed = AuditEntrySchema.safeParse(parseJsonOrNull(lines[i]));
        if (parsed.success) last = parsed.data;
      }
      if (last) break;
    }
    return new AuditLog(dir, last?.seq ?? 0, last?.hash ?? GENESIS);
  }

  /** The number of the last entry in the log. */
  get seq(): number {
    return this.lastSeq;
  }

  /** The entries of one commit: numbered after the last one, chained, not written yet. */
  prepare(actor: string, inputs: readonly AuditInput[], at: string): AuditEntry[] {
    let seq = this.lastSeq;
    let prevHash = this.lastHash;
    return inputs.map((input) => {
      const base = {
        seq: ++seq,
        at,
        actor: input.actor ?? actor,
        action: input.action,
        target: input.target,
        summary: input.summary,
        before: input.before ?? null,
        after: input.after ?? null,
        reason: input.reason ?? null,
        prevHash,
      };
      const entry: AuditEntry = { ...base, hash: entryHash(base) };
      prevHash = entry.hash;
      return entry;
    });
  }

  /**
   * Appends committed entries (those after the log's end: a replay may bring some already there)
   * without waiting for the disk; sync() makes them durable.
   */
  async append(entries: readonly AuditEntry[]): Promise<void> {
    const fresh = entries.filter((e) => e.seq > this.lastSeq);
    const before = new Map<string, number>();
    for (const [year, group] of groupBy(fresh, (e) => e.at.slice(0, 4))) {
      const file = join(this.dir, `${year}.jsonl`);
      const lines = Buffer.from(group.map((e) => `${JSON.stringify(e)}\n`).join(''), 'utf8');
      try {
        const size = this.sizes.get(file) ?? (await fileSize(file));
        before.set(file, size);
        await appendFile(file, lines);
        this.sizes.set(file, size + lines.length);
      } catch (e) {
        // Nothing of a failed append stays: the log ends where it ended.
        for (const [f, size] of before) {
          await truncate(f, size).catch(() => undefined);
          this.sizes.set(f, size);
        }
        throw writeError(e, file);
      }
      this.unsynced.add(file);
    }
    for (const e of fresh) {
      this.lastSeq = e.seq;
      this.lastHash = e.hash;
      this.cache?.push(e);
    }
  }

  /** The checkpoint: every entry appended so far is on disk. */
  async sync(): Promise<void> {
    for (const file of this.unsynced) await syncFile(file);
    this.unsynced.clear();
  }

  async recent(limit: number): Promise<AuditEntry[]> {
    const out: AuditEntry[] = [];
    for (const f of (await yearFiles(this.dir)).reverse()) {
      const lines = (await readFile(join(this.dir, f), 'utf8')).split('\n').filter((l) => l.trim());
      for (let i = lines.length - 1; i >= 0 && out.length < limit; i--) {
        const parsed = AuditEntrySchema.safeParse(parseJsonOrNull(lines[i]));
        if (parsed.success) out.push(parsed.data);
      }
      if (out.length >= limit) break;
    }
    return out;
  }

  /** All readable entries, oldest first (a torn or unreadable line is skipped; verify names it). */
  async all(): Promise<readonly AuditEntry[]> {
    if (this.cache) return this.cache;
    const out: AuditEntry[] = [];
    for (const f of await yearFiles(this.dir)) {
      for (const line of (await readFile(join(this.dir, f), 'utf8')).split('\n')) {
        if (!line.trim()) continue;
        const parsed = AuditEntrySchema.safeParse(parseJsonOrNull(line));
        if (parsed.success) out.push(parsed.data);
      }
    }
    this.cache = out;
    return out;
  }

  /** Re-computes the chain; names the first entry that does not follow from the one before. */
  async verify(): Promise<{ ok: boolean; entries: number; detail: string }> {
    let prevHash = GENESIS;
    let seq = 0;
    for (const f of await yearFiles(this.dir)) {
      const lines = (await readFile(join(this.dir, f), 'utf8')).split('\n');
      for (let i = 0; i < lines.length; i++) {
        if (!lines[i].trim()) continue;
        const where = `操作日志 ${f} 第${i + 1}行`;
        const parsed = AuditEntrySchema.safeParse(parseJsonOrNull(lines[i]));
        if (!parsed.success) return { ok: false, entries: seq, detail: `${where}无法读取，日志可能被改动或写入时中断。` };
        const e = parsed.data;
        if (e.seq !== seq + 1 || e.prevHash !== prevHash || entryHash(e) !== e.hash) {
          return {
            ok: false,
            entries: seq,
            detail: `${where}（第${e.seq}条，${e.at.slice(0, 19).replace('T', ' ')} ${e.summary}）与前一条不衔接，日志在此处被改动过。`,
          };
        }
        prevHash = e.hash;
        seq = e.seq;
      }
    }
    return { ok: true, entries: seq, detail: `共 ${seq} 条操作记录，校验链完整。` };
  }
}

async function yearFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => /^\d{4}\.jsonl$/.test(f)).sort();
  } catch {
    return [];
  }
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

const fileSize = (file: string) =>
  stat(file).then(
    (s) => s.size,
    () => 0,
  );
