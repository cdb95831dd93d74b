import { appendFile, readdir, readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { AuditEntrySchema } from '../../../shared/api/contract';
import { parseJsonOrNull } from '../../../shared/text/json';
import { writeDurably } from '../store/file/durable-file';

/**
 * A power cut while an entry was being appended can leave the log ending in half a line. The next
 * entry would be glued onto it and the chain would never verify again, so before the log is
 * opened that unreadable tail is moved to `<year>.jsonl.torn-<time>` (kept as evidence) and the
 * clerk is told. Only what follows the last readable entry is moved; a readable but altered
 * entry stays where it is for verify to report.
 */
export async function setAsideTornTail(dataDir: string): Promise<string | null> {
  const t = await lastEntryEnd(dataDir);
  if (!t) return null;
  const tail = t.bytes.subarray(t.end).toString('utf8');
  // One append tears at most one line; more unreadable lines are damage for verify to name.
  if (tail.trim() === '' || tail.replace(/\n+$/, '').includes('\n')) return null;
  const kept = `${t.name}.torn-${new Date().toISOString().replace(/[-:]/g, '').replace(/\..+/, '')}`;
  await writeDurably(join(dataDir, 'audit', kept), tail);
  await truncate(t.file, t.end);
  return `操作日志 ${t.name} 的末尾有一条不完整的记录（上次程序或电脑意外中断时正在写入），已移到 audit/${kept}；日志的其余部分完整。`;
}

/**
 * The same after a crash that left changes in the journal: the torn lines are entries the
 * journal holds in full and is about to append again, so they are simply cut off.
 */
export async function trimTornTail(dataDir: string): Promise<null> {
  const t = await lastEntryEnd(dataDir);
  if (t && t.end < t.bytes.length) await truncate(t.file, t.end);
  return null;
}

/**
 * The newest year file and where its last readable entry ends (null when nothing follows it). A
 * whole last entry whose newline was lost gets its newline, so the next entry starts its own line.
 */
async function lastEntryEnd(dataDir: string): Promise<{ name: string; file: string; bytes: Buffer; end: number } | null> {
  const dir = join(dataDir, 'audit');
  const name = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => /^\d{4}\.jsonl$/.test(f))
    .sort()
    .at(-1);
  if (!name) return null;
  const file = join(dir, name);
  const bytes = await readFile(file);
  let end = bytes.length;
  // Walk back over lines until one is a whole entry; `end` is then just after its newline.
  while (end > 0) {
    const lineEnd = bytes[end - 1] === 0x0a ? end - 1 : end;
    const start = bytes.lastIndexOf(0x0a, lineEnd - 1) + 1;
    const line = bytes.subarray(start, lineEnd).toString('utf8');
    if (line.trim() && AuditEntrySchema.safeParse(parseJsonOrNull(line)).success) {
      end = lineEnd === end ? end : lineEnd + 1;
      break;
    }
    end = start;
  }
  if (end === bytes.length) {
    if (end > 0 && bytes[end - 1] !== 0x0a) await appendFile(file, '\n');
    return null;
  }
  return { name, file, bytes, end };
}
