import { appendFile, readdir, readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { AuditEntrySchema } from '../../../shared/api/contract';
import { parseJsonOrNull } from '../../../shared/text/json';
import { writeDurably } from '../store/durable-file';

/**
 * A power cut while an entry was being appended can leave the log ending in half a line. The next
 * entry would be glued onto it and the chain would never verify again, so before the log is
 * opened that unreadable tail is moved to `<year>.jsonl.torn-<time>` (kept as evidence) and the
 * clerk is told. Only what follows the last readable entry is moved; a readable but altered
 * entry stays where it is for verify to report.
 */
export async function setAsideTornTail(dataDir: string): Promise<string | null> {
  const dir = join(dataDir, 'audit');
  const newest = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => /^\d{4}\.jsonl$/.test(f))
    .sort()
    .at(-1);
  if (!newest) return null;
  const file = join(dir, newest);
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
    // A whole last entry whose newline was lost: end the line so the next entry starts its own.
    if (end > 0 && bytes[end - 1] !== 0x0a) await appendFile(file, '\n');
    return null;
  }
  const tail = bytes.subarray(end).toString('utf8');
  // One append tears at most one line; more unreadable lines are damage for verify to name.
  if (tail.trim() === '' || tail.replace(/\n+$/, '').includes('\n')) return null;
  const kept = `${newest}.torn-${new Date().toISOString().replace(/[-:]/g, '').replace(/\..+/, '')}`;
  await writeDurably(join(dir, kept), tail);
  await truncate(file, end);
  return `操作日志 ${newest} 的末尾有一条不完整的记录（上次程序或电脑意外中断时正在写入），已移到 audit/${kept}；日志的其余部分完整。`;
}
