import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/services/app-error';
import { openTestDesk, tempDir } from './helpers';

const lockOf = async (dir: string) => JSON.parse(await readFile(join(dir, '.lock'), 'utf8'));

describe('one writer per data folder', () => {
  it('a second program is refused with who holds the folder', async () => {
    const dir = await tempDir();
    await openTestDesk(dir, { program: 'app' } as never);
    const err = await openTestDesk(dir).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('LOCKED');
    expect(err.message).toMatch(/正在被平时考核桌面程序使用（本机，用户 .+，进程号 \d+，.+ 起）/);
  });

  it('closing releases the folder for the next program', async () => {
    const dir = await tempDir();
    const first = await openTestDesk(dir);
    await first.folder.close();
    await expect(openTestDesk(dir)).resolves.toBeTruthy();
  });

  it('a lock left by a crashed process on this computer is taken over', async () => {
    const dir = await tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    const { hostname } = await import('node:os');
    await writeFile(
      join(dir, '.lock'),
      JSON.stringify({ pid: dead, hostname: hostname(), program: 'cli', user: 'x', since: new Date().toISOString() }),
    );
    await openTestDesk(dir);
    expect((await lockOf(dir)).pid).toBe(process.pid);
  });

  it('a lock held from another computer (shared folder) is respected', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, '.lock'),
      JSON.stringify({ pid: 4242, hostname: 'OTHER-PC', program: 'app', user: '李四', since: new Date().toISOString() }),
    );
    const err = await openTestDesk(dir).catch((e) => e);
    expect(err.code).toBe('LOCKED');
    expect(err.message).toMatch(/计算机“OTHER-PC”，用户 李四/);
  });
});
