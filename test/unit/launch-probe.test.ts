import { existsSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseMode } from '../../electron/launch/mode';
import { hasDisplay, probeElectron, type ProbeOptions } from '../../electron/launch/probe';
import { tempDir } from './helpers';

/**
 * The probe against fake node_modules/electron folders: a "binary" that is a tiny shell script
 * (answers, fails, hangs, not executable, absent) and an install.js that succeeds or fails, then
 * the choice `npm start` makes from what the probe found.
 */
const DISPLAY = { DISPLAY: ':0' };

async function fakeElectron(opts: { binary?: string; executable?: boolean; install?: 'fails' | 'works' }): Promise<string> {
  const pkg = await tempDir();
  await mkdir(join(pkg, 'dist'));
  if (opts.binary !== undefined) {
    await writeFile(join(pkg, 'path.txt'), 'electron');
    await writeFile(join(pkg, 'dist', 'electron'), `#!/bin/sh\n${opts.binary}\n`);
    await chmod(join(pkg, 'dist', 'electron'), opts.executable === false ? 0o644 : 0o755);
  }
  // Stands in for electron's install.js: leaves a trace, then "downloads" a working binary or fails as offline.
  const install =
    opts.install === 'works'
      ? `const fs = require('fs'); fs.writeFileSync(__dirname + '/dist/electron', '#!/bin/sh\\necho v45.0.0\\n', { mode: 0o755 }); fs.writeFileSync(__dirname + '/path.txt', 'electron');`
      : `console.error('TypeError: fetch failed'); process.exit(1);`;
  await writeFile(join(pkg, 'install.js'), `require('fs').writeFileSync(__dirname + '/install-ran', ''); ${install}`);
  return pkg;
}

function probe(pkgDir: string | null, env: NodeJS.ProcessEnv = DISPLAY, extra: Partial<ProbeOptions> = {}) {
  const said: string[] = [];
  return probeElectron({ pkgDir, env, platform: 'linux', say: (l) => said.push(l), ...extra }).then((facts) => ({
    facts,
    said,
    choice: chooseMode(null, facts),
  }));
}

describe.skipIf(process.platform === 'win32')('probeElectron with a fake binary', () => {
  it('binary present and answering --version: the desktop window', async () => {
    const pkg = await fakeElectron({ binary: 'echo v45.3.4' });
    const { facts, said, choice } = await probe(pkg);
    expect(facts).toEqual({ display: true, binary: join(pkg, 'dist', 'electron'), startError: null });
    expect(choice).toEqual({ mode: 'desktop', binary: join(pkg, 'dist', 'electron') });
    expect(said).toEqual([]);
    expect(existsSync(join(pkg, 'install-ran'))).toBe(false);
  });

  it('binary missing and the download failing: browser mode, after saying a download was tried', async () => {
    const pkg = await fakeElectron({ install: 'fails' });
    const { facts, said, choice } = await probe(pkg);
    expect(facts).toEqual({ display: true, binary: null, startError: null });
    expect(said).toEqual(['未找到 Electron 桌面程序，正在下载（约 100 MB，需要联网）……']);
    expect(choice.mode).toBe('browser');
  });

  it('binary missing and the download working: the desktop window', async () => {
    const pkg = await fakeElectron({ install: 'works' });
    const { choice } = await probe(pkg);
    expect(choice).toEqual({ mode: 'desktop', binary: join(pkg, 'dist', 'electron') });
  });

  it('binary failing to start (exit 1, hanging, not executable): browser mode with the reason', async () => {
    const reason = async (binary: string, executable = true) => {
      const { facts, choice } = await probe(await fakeElectron({ binary, executable }), DISPLAY, { startTimeoutMs: 1_000 });
      expect(choice.mode).toBe('browser');
      return facts.startError;
    };
    expect(await reason('exit 1')).toBe('退出码 1');
    expect(await reason('echo "electron: error while loading shared libraries: libgtk-3.so.0" >&2; exit 127')).toBe(
      '退出码 127：electron: error while loading shared libraries: libgtk-3.so.0',
    );
    expect(await reason('exec sleep 20')).toBe('1 秒内没有响应');
    expect(await reason('echo v45', false)).toBe('没有执行权限');
    expect(await reason('kill -SEGV $$')).toBe('被 SIGSEGV 信号结束');
  });

  it('ELECTRON_OVERRIDE_DIST_PATH names the binary; when that is absent nothing is downloaded', async () => {
    const dist = await tempDir();
    await writeFile(join(dist, 'electron'), '#!/bin/sh\necho v45\n', { mode: 0o755 });
    const pkg = await fakeElectron({ install: 'works' });
    expect((await probe(pkg, { ...DISPLAY, ELECTRON_OVERRIDE_DIST_PATH: dist })).choice).toEqual({
      mode: 'desktop',
      binary: join(dist, 'electron'),
    });
    const absent = await probe(pkg, { ...DISPLAY, ELECTRON_OVERRIDE_DIST_PATH: join(dist, 'nowhere') });
    expect(absent.choice.mode).toBe('browser');
    expect(existsSync(join(pkg, 'install-ran'))).toBe(false);
  });

  it('no display on Linux: nothing is downloaded or started', async () => {
    const pkg = await fakeElectron({ install: 'works' });
    const { facts, said } = await probe(pkg, {});
    expect(facts.display).toBe(false);
    expect(said).toEqual([]);
    expect(existsSync(join(pkg, 'install-ran'))).toBe(false);
  });

  it('electron not installed at all (npm install --omit=dev): browser mode', async () => {
    expect((await probe(null)).choice.mode).toBe('browser');
  });
});

describe('hasDisplay', () => {
  it('needs X11 or Wayland on Linux only', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
    expect(hasDisplay({}, 'darwin')).toBe(true);
  });
});
