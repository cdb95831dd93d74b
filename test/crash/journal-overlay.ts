import { JOURNAL_FILE, parseJournal } from '../../electron/services/store/file/journal';

/**
 * A data folder's files (relative path → bytes) as the next start sees them: the change
 * journal's complete records laid over the files and the journal itself left out. A checkpoint,
 * which moves changes from the journal into their files, is then no change at all.
 */
export function withJournalApplied(files: Map<string, Buffer>): Map<string, Buffer> {
  const out = new Map(files);
  const journal = out.get(JOURNAL_FILE);
  out.delete(JOURNAL_FILE);
  for (const r of parseJournal(journal ?? Buffer.alloc(0))) for (const f of r.files) out.set(f.rel, f.bytes);
  return out;
}
