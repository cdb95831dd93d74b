import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AuditEntrySchema, type AuditEntry } from '../../../shared/api/contract';
import { writeError } from '../store/durable-file';
import { parseJsonOrNull } from '../../../shared/text/json';
import { nowIso } from '../clock';

export type AuditInput = Pick<AuditEntry, 'action' | 'target' | 'summary'> & Partial<Pick<AuditEntry, 'before' | 'after' | 'reason'>>;

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
 * Append-only log in <data>/audit/<year>.jsonl. Each entry is fsynced before the change it
 * describes is acknowledged.
 */
export class AuditLog {
  /** Every entry, oldest first, read once for the 操作日志 screen and kept in step by append. */
  private cache: AuditEntry[] | null = null;

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

  async append(actor: string, input: AuditInput): Promise<AuditEntry> {
    const base = {
      seq: this.lastSeq + 1,
      at: nowIso(),
      actor,
      action: input.action,
      target: input.target,
      summary: input.summary,
      before: input.before ?? null,
      after: input.after ?? null,
      reason: input.reason ?? null,
      prevHash: this.lastHash,
    };
    const entry: AuditEntry = { ...base, hash: entryHash(base) };
    const file = join(this.dir, `${entry.at.slice(0, 4)}.jsonl`);
    try {
      const fh = await open(file, 'a');
      try {
        await fh.appendFile(`${JSON.stringify(entry)}\n`, 'utf8');
        await fh.sync();
      } finally {
        await fh.close();
      }
    } catch (e) {
      throw writeError(e, file);
    }
    this.lastSeq = entry.seq;
    this.lastHash = entry.hash;
    this.cache?.push(entry);
    return entry;
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
