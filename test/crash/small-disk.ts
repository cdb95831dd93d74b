/**
 * A real small disk for the disk-fault tests: a 2 MB tmpfs mounted in a private mount namespace
 * (`unshare -m`, root — as on the build machines and CI), held open by a sleeping process. Desk
 * processes join it with `nsenter`; the test reads its files through /proc/<holder>/root. Filling
 * it gives the kernel's own ENOSPC, remounting it read-only the kernel's own EROFS — unlike chmod,
 * which root ignores.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, open, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { DeskProcess } from './desk-process';
import { withJournalApplied } from './journal-overlay';

/** Why a small disk cannot be made here, or null when it can. */
export function smallDiskUnavailable(): string | null {
  if (process.platform !== 'linux') return 'not Linux';
  if (process.getuid?.() !== 0) return 'needs root for a private tmpfs (CI and the build machines run as root)';
  const probe = spawnSync(
    'unshare',
    ['-m', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null || mount -t tmpfs -o size=64k tmpfs /tmp'],
    { timeout: 5000 },
  );
  return probe.status === 0 ? null : `unshare/mount refused: ${probe.stderr?.toString().trim()}`;
}

export class SmallDisk {
  private constructor(
    readonly mountPoint: string,
    private readonly holder: ChildProcess,
  ) {}

  static async create(sizeKb = 2048): Promise<SmallDisk> {
    const mountPoint = await mkdtemp(join(tmpdir(), 'desk-small-disk-'));
    const holder = spawn(
      'unshare',
      [
        '-m',
        '--propagation',
        'private',
        'sh',
        '-c',
        `mount -t tmpfs -o size=${sizeKb}k tmpfs "$0" && echo mounted && exec sleep 3600`,
        mountPoint,
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((ok, fail) => {
      createInterface({ input: holder.stdout! }).once('line', () => ok());
      holder.once('exit', (code) => fail(new Error(`could not mount a tmpfs (exit ${code})`)));
    });
    return new SmallDisk(mountPoint, holder);
  }

  get dataDir(): string {
    return join(this.mountPoint, 'data');
  }

  /** The data folder as this process sees it (through the holder's mount namespace). */
  get visibleDataDir(): string {
    return join(`/proc/${this.holder.pid}/root`, this.dataDir);
  }

  /** A desk process working on the small disk. */
  startDesk(): Promise<DeskProcess> {
    return DeskProcess.start(this.dataDir, ['nsenter', '-t', String(this.holder.pid), '-m', '--']);
  }

  /** Fills the disk to the last byte with one file. */
  async fill(): Promise<number> {
    const fh = await open(join(`/proc/${this.holder.pid}/root`, this.mountPoint, 'filler'), 'w');
    let total = 0;
    try {
      for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 9, 1]) {
        for (const chunk = Buffer.alloc(size, 1); ;) {
          const written = await fh.write(chunk).then(
            (r) => r.bytesWritten,
            (e: NodeJS.ErrnoException) => (e.code === 'ENOSPC' ? 0 : Promise.reject(e)),
          );
          total += written;
          if (written < size) break;
        }
      }
    } finally {
      await fh.close();
    }
    return total;
  }

  async free(): Promise<void> {
    await rm(join(`/proc/${this.holder.pid}/root`, this.mountPoint, 'filler'));
  }

  remount(mode: 'ro' | 'rw'): void {
    const r = spawnSync('nsenter', ['-t', String(this.holder.pid), '-m', '--', 'mount', '-o', `remount,${mode}`, this.mountPoint]);
    if (r.status !== 0) throw new Error(`remount ${mode} failed: ${r.stderr}`);
  }

  /**
   * Every data file with its bytes: not the lock file (it names the process) nor the file ledger
   * (it notes a write before trying it and takes the note back when the write fails).
   */
  async files(): Promise<Map<string, string>> {
    const out = new Map<string, Buffer>();
    const walk = async (dir: string) => {
      for (const e of await readdir(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) await walk(p);
        else if (e.name !== '.lock' && e.name !== 'files.jsonl') out.set(relative(this.visibleDataDir, p), await readFile(p));
      }
    };
    await walk(this.visibleDataDir);
    return new Map([...withJournalApplied(out)].map(([f, bytes]) => [f, bytes.toString('base64')]));
  }

  async dispose(): Promise<void> {
    this.holder.kill('SIGKILL');
    await rm(this.mountPoint, { recursive: true, force: true });
  }
}
