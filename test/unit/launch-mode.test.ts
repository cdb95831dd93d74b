import { describe, expect, it } from 'vitest';
import { afterDesktopExit, chooseMode, EARLY_EXIT_MS, readForcedMode, type ElectronFacts } from '../../electron/launch/mode';

/** `npm start`'s decision, every branch: what was asked × what the machine offers. */
const usable: ElectronFacts = { display: true, binary: '/e/electron', startError: null };
const noDisplay: ElectronFacts = { display: false, binary: null, startError: null };
const missing: ElectronFacts = { display: true, binary: null, startError: null };
const failing: ElectronFacts = { display: true, binary: '/e/electron', startError: '退出码 1' };

describe('readForcedMode', () => {
  it('takes --browser / --desktop over APPRAISAL_DESK_MODE and passes the other arguments on', () => {
    expect(readForcedMode(['--data', 'D', '--browser'], { APPRAISAL_DESK_MODE: 'desktop' })).toEqual({
      ok: true,
      mode: 'browser',
      rest: ['--data', 'D'],
    });
    expect(readForcedMode(['--desktop'], {})).toEqual({ ok: true, mode: 'desktop', rest: [] });
    expect(readForcedMode([], { APPRAISAL_DESK_MODE: ' Browser ' })).toEqual({ ok: true, mode: 'browser', rest: [] });
    expect(readForcedMode([], { APPRAISAL_DESK_MODE: '' })).toEqual({ ok: true, mode: null, rest: [] });
    expect(readForcedMode([], {})).toEqual({ ok: true, mode: null, rest: [] });
  });

  it('refuses contradictory or unknown choices with one sentence', () => {
    expect(readForcedMode(['--browser', '--desktop'], {})).toEqual({ ok: false, message: '--browser 和 --desktop 只能选一个。' });
    const bad = readForcedMode([], { APPRAISAL_DESK_MODE: 'web' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toBe('环境变量 APPRAISAL_DESK_MODE 只能是 browser 或 desktop，现在是“web”。');
  });
});

describe('chooseMode', () => {
  it('opens the window when Electron is there and starts', () => {
    expect(chooseMode(null, usable)).toEqual({ mode: 'desktop', binary: '/e/electron' });
    expect(chooseMode('desktop', usable)).toEqual({ mode: 'desktop', binary: '/e/electron' });
  });

  it('falls back to the browser mode with one sentence saying why', () => {
    const notice = (facts: ElectronFacts) => {
      const c = chooseMode(null, facts);
      expect(c.mode).toBe('browser');
      return c.mode === 'browser' ? c.notice : null;
    };
    expect(notice(noDisplay)).toBe('没有检测到图形界面（未设置 DISPLAY 或 WAYLAND_DISPLAY），改用浏览器模式。');
    expect(notice(missing)).toBe('未找到可用的 Electron 桌面程序（node_modules/electron 中没有可执行文件，也无法下载），改用浏览器模式。');
    expect(notice(failing)).toBe('Electron 桌面程序无法启动（退出码 1），改用浏览器模式。');
  });

  it('forced browser mode probes nothing and says nothing', () => {
    expect(chooseMode('browser', null)).toEqual({ mode: 'browser', notice: null });
    expect(chooseMode('browser', usable)).toEqual({ mode: 'browser', notice: null });
  });

  it('forced desktop mode refuses, naming the way out, when the window cannot run', () => {
    for (const facts of [noDisplay, missing, failing]) {
      const c = chooseMode('desktop', facts);
      expect(c.mode).toBe('refuse');
      expect(c.mode === 'refuse' && c.message).toMatch(
        /^已指定桌面模式，但.+；去掉 --desktop 或 APPRAISAL_DESK_MODE=desktop 即可改用浏览器模式。$/,
      );
    }
  });
});

describe('afterDesktopExit', () => {
  it('ends with the window’s own exit when it was closed, killed by a signal, or failed late', () => {
    expect(afterDesktopExit(null, 0, 1_000)).toBeNull();
    expect(afterDesktopExit(null, null, 1_000)).toBeNull();
    expect(afterDesktopExit(null, 1, EARLY_EXIT_MS + 1)).toBeNull();
  });

  it('falls back when the window failed right away, unless desktop was forced', () => {
    expect(afterDesktopExit(null, 133, 2_000)).toEqual({
      mode: 'browser',
      notice: 'Electron 桌面程序启动后随即退出（退出码 133），改用浏览器模式。',
    });
    expect(afterDesktopExit('desktop', 133, 2_000)?.mode).toBe('refuse');
  });
});
