import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, fsyncSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../app-error';

/** Which front holds the folder; named in the refusal a second writer gets. */
export type Program = 'app' | 'host' | 'cli' | 'test';
const PROGRAM_LABELS: Record<Program, string> = {
  app: '平时考核桌面程序',
  host: '平时考核浏览器模式',
  cli: '平时考核命令行',
  test: '测试程序',
};

interface LockInfo {
  pid: number;
  hostname: string;
  program: Program;
  user: string;
  since: string;
}

export interface FolderLock {
  release(): void;
}

/**
 * One writer per data folder (lowdb has no cross-process locking). The lock file names its
 * holder; a lock left by a crashed process on this computer is taken over, one held by a live
 * process or by another computer (a shared folder) is refused.
 */
export function acquireLock(dir: string, program: Program): FolderLock {
  const path = join(dir, '.lock');
  const mine: LockInfo = { pid: process.pid, hostname: hostname(), program, user: currentUser(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(mine));
      fsyncSync(fd);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (readHolder(path)?.pid === process.pid) unlinkSync(path);
        } catch {
          // A folder gone read-only (or unplugged): the lock stays behind and, its process gone, is taken over next time.
        }
      };
      process.on('exit', release);
      return { release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw notWritable(dir, e);
    }
    const holder = readHolder(path);
    if (holder && !isStale(holder)) throw lockedBy(holder);
    if (!holder && Date.now() - mtime(path) < 5_000) {
      // Another process is writing its lock right now.
      throw new AppError('LOCKED', '数据文件夹正被另一个程序打开。请稍后再试。');
    }
    // Stale: move it aside (atomic), so two starting processes cannot both take it over.
    try {
      renameSync(path, `${path}.stale-${process.pid}`);
      unlinkSync(`${path}.stale-${process.pid}`);
    } catch (e) {
      // ENOENT: someone else took it over first; try again. Anything else: the folder cannot be written.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw notWritable(dir, e);
    }
  }
  throw new AppError('LOCKED', '数据文件夹正被另一个程序打开。请稍后再试。');
}

function notWritable(dir: string, e: unknown): AppError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new AppError(
      'WRITE_FAILED',
      `数据文件夹 ${dir} 是只读的或没有写入权限，程序无法在其中保存数据。请取消只读（如U盘的写保护开关）或换一个可写的文件夹后再打开。数据没有改动。`,
    );
  }
  return new AppError('WRITE_FAILED', `无法在数据文件夹 ${dir} 中创建锁文件（${code}）。请确认该文件夹存在且可写。数据没有改动。`);
}

function readHolder(path: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' && typeof info.hostname === 'string' ? info : null;
  } catch {
    return null;
  }
}

function isStale(holder: LockInfo): boolean {
  if (holder.hostname !== hostname()) return false; // cannot see processes on another computer
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function lockedBy(h: LockInfo): AppError {
  const who = PROGRAM_LABELS[h.program] ?? '另一个程序';
  const since = localMinute(h.since);
  const where = h.hostname === hostname() ? '本机' : `计算机“${h.hostname}”`;
  return new AppError(
    'LOCKED',
    `数据文件夹正在被${who}使用（${where}，用户 ${h.user}，进程号 ${h.pid}，${since} 起）。同一时间只能有一个程序修改数据，请先关闭它。`,
  );
}

export function currentUser(): string {
  try {
    return userInfo().username || '未知用户';
  } catch {
    return '未知用户';
  }
}

function localMinute(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
