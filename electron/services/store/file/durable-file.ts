import { constants } from 'node:fs';
import { copyFile, link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import type { Adapter } from 'lowdb';
import { AppError } from '../../app-error';
import type { FileLedger } from './file-ledger';

/**
 * lowdb adapter that survives crashes and power loss (lowdb's own writer does not fsync):
 * write a temp file → fsync → keep the previous file as `.bak` → rename → fsync the folder.
 * Reading falls back to `.bak` when the main file is missing, truncated or fails its schema,
 * and reports that as a notice the clerk sees.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly bak: string;
  /** Set by read() when the main file was unusable and the .bak copy was used. */
  recovery: string | null = null;

  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly label = basename(file),
    /** Records what is written and checks what is read against it (hand-edit detection). */
    private readonly ledger?: FileLedger,
  ) {
    this.bak = `${file}.bak`;
  }

  async read(): Promise<T | null> {
    this.recovery = null;
    const main = await this.load(this.file);
    if (main.kind === 'ok') {
      await this.ledger?.read(this.file, main.text);
      return main.data;
    }
    const bak = await this.load(this.bak);
    if (main.kind === 'missing' && bak.kind === 'missing') return null;
    if (bak.kind !== 'ok') {
      if (main.kind === 'missing') {
        throw new AppError(
          'DAMAGED',
          `数据文件 ${this.label} 丢失，它的副本也无法读取（${bak.kind === 'bad' ? bak.why : '不存在'}）。请在“数据与备份”中从备份恢复。`,
        );
      }
      throw new AppError('DAMAGED', `数据文件 ${this.label} 已损坏（${main.why}），且没有可用的副本。请在“数据与备份”中从备份恢复。`);
    }
    // Keep the unusable file for inspection, then put the good copy back in place.
    if (main.kind === 'bad') {
      const kept = `${this.file}.damaged-${stamp()}`;
      await rename(this.file, kept).catch(() => undefined);
      this.recovery = `数据文件 ${this.label} 已损坏（${main.why}），已自动改用上一次保存的副本；损坏的文件保存为 ${basename(kept)}。最后一次修改可能需要重新录入。`;
    } else {
      this.recovery = `数据文件 ${this.label} 缺失，已自动改用上一次保存的副本。最后一次修改可能需要重新录入。`;
    }
    await this.write(bak.data);
    return bak.data;
  }

  async write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    const recorded = this.ledger ? await this.ledger.written(this.file, text, !(await exists(this.file))) : false;
    try {
      await writeDurably(this.file, text);
    } catch (e) {
      if (recorded) await this.ledger!.undo(this.file);
      throw e;
    }
  }

  private async load(path: string): Promise<{ kind: 'ok'; data: T; text: string } | { kind: 'missing' } | { kind: 'bad'; why: string }> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      return { kind: 'bad', why: `无法读取：${(e as Error).message}` };
    }
    if (text.trim() === '') return { kind: 'bad', why: '文件是空的' };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { kind: 'bad', why: '内容不完整或不是有效的数据格式' };
    }
    const parsed = this.schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { kind: 'bad', why: `内容不符合格式：${issue.path.join('.') || '根'} ${issue.message}` };
    }
    return { kind: 'ok', data: parsed.data, text };
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\..+/, '');

/**
 * Write `content` to `file` so that after a crash at any moment either the old or the new content
 * is there. A stream (a backup being compressed) is written as it comes, never held whole.
 */
export function writeDurably(file: string, content: string | Uint8Array | AsyncIterable<Uint8Array>): Promise<void> {
  return replace(file, content, true);
}

/**
 * Replaces `file` without waiting for the disk: the change journal already holds `content` (one
 * fsync there), so a crash before the next checkpoint's fsync (syncFile) is repaired by replaying
 * the journal. The same temp → .bak → rename steps, so a reader never sees half a file.
 */
export function replaceFile(file: string, content: string | Uint8Array): Promise<void> {
  return replace(file, content, false);
}

async function replace(file: string, content: string | Uint8Array | AsyncIterable<Uint8Array>, durable: boolean): Promise<void> {
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  try {
    const fh = await open(tmp, 'w');
    try {
      if (typeof content === 'string' || content instanceof Uint8Array) await fh.writeFile(content);
      else for await (const chunk of content) await fh.write(chunk);
      if (durable) await fh.sync();
    } finally {
      await fh.close();
    }
    await keepBackup(file);
    await renameWithRetry(tmp, file);
    if (durable) await syncDir(dir);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw writeError(e, file);
  }
}

/** Makes a file replaced earlier (replaceFile) durable: its content, then its folder entry. */
export async function syncFile(file: string): Promise<void> {
  try {
    const fh = await open(file, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw writeError(e, file);
  }
}

async function keepBackup(file: string): Promise<void> {
  const bak = `${file}.bak`;
  try {
    await stat(file);
  } catch {
    return;
  }
  await rm(bak, { force: true });
  // A hard link is instant; FAT-formatted USB sticks (portable mode) have none, so copy there.
  await link(file, bak).catch(() => copyFile(file, bak, constants.COPYFILE_FICLONE));
}

/** Windows antivirus and indexers hold files briefly (EPERM/EBUSY on rename); retry like steno does. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (attempt >= 10 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Makes the rename itself durable. Windows cannot open a folder for fsync; NTFS journals renames. */
export async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export function writeError(e: unknown, file: string): AppError {
  if (e instanceof AppError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const name = `${basename(file)}（位于 ${dirname(file)}）`;
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new AppError('WRITE_FAILED', `磁盘空间不足，无法保存 ${name}。本次修改没有保存，原有数据未受影响；请清理磁盘后重试。`);
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return new AppError('WRITE_FAILED', `文件夹不可写（只读或无权限），无法保存 ${name}。本次修改没有保存，原有数据未受影响。`);
  return new AppError('WRITE_FAILED', `保存 ${name}失败（${code ?? (e as Error).message}）。本次修改没有保存，原有数据未受影响。`);
}
