import { describe, expect, it } from 'vitest';
import { PickFileSchema, UNTRUSTED, invokeHandler, type SenderEvent } from '../../electron/ipc-handlers';
import { callOk, openTestDesk } from './helpers';

/** Fake IPC events: what Electron hands ipcMain.handle, reduced to the sender frame the handler reads. */
const frame = (url: string, parent: unknown = null): SenderEvent => ({ senderFrame: { url, parent } });
const ours = frame('app://desk/index.html');

describe('IPC transport (the handler ipc.ts binds, without the Electron binary)', () => {
  it('refuses every sender but our own top-level page', async () => {
    const handle = invokeHandler(await openTestDesk());
    const strangers: SenderEvent[] = [
      { senderFrame: null },
      frame('app://desk/index.html', { url: 'app://desk/index.html' }), // a sub-frame
      frame('app://evil/index.html'),
      frame('https://desk/index.html'),
      frame('file:///tmp/index.html'),
      frame('http://localhost:5173/'), // the dev server, when not in dev mode
      frame('about:blank'),
      frame('javascript:alert(1)'),
    ];
    for (const e of strangers) expect(await handle(e, 'app:status', {}), e.senderFrame?.url).toEqual(UNTRUSTED);
    expect(await handle(ours, 'app:status', {})).toMatchObject({ ok: true });
    const dev = invokeHandler(await openTestDesk(), 'http://localhost:5173');
    expect(await dev(frame('http://localhost:5173/'), 'app:status', {})).toMatchObject({ ok: true });
  });

  it('refuses an unknown channel and invalid input; a malformed session is no session', async () => {
    const ctx = await openTestDesk();
    const handle = invokeHandler(ctx);
    for (const channel of ['people:delete', '__proto__', 'constructor', 42, null, 'app:status '.repeat(10)]) {
      expect(await handle(ours, channel, {}), String(channel)).toMatchObject({
        ok: false,
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/^未知的操作/),
      });
    }
    for (const input of [{ extra: 1 }, 'text', [1, 2]])
      expect(await handle(ours, 'app:status', input)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await handle(ours, 'people:transfer', { personId: 'p', toUnitId: 'u', date: '2025/13/01' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      issues: [{ path: 'date' }],
    });
    await callOk(ctx, 'org:create', { name: '测试市医疗保障局', departments: [], subunits: [] });
    const { session } = (await callOk(ctx, 'auth:setup', { user: '甲', password: 'admin-pass', idleMinutes: 10 })).session;
    expect(await handle(ours, 'units:list', {}, { session })).toMatchObject({ ok: false, code: 'SESSION_REQUIRED' });
    expect(await handle(ours, 'units:list', {}, `${session}0`)).toMatchObject({ ok: false, code: 'SESSION_REQUIRED' });
    expect(await handle(ours, 'units:list', {}, session)).toMatchObject({ ok: true });
  });

  it('validates the file dialog options', () => {
    expect(PickFileSchema.safeParse({ mode: 'save', title: '保存', filters: [{ name: 'Excel', extensions: ['xlsx'] }] }).success).toBe(
      true,
    );
    for (const bad of [
      { mode: 'exec', title: 'x' },
      { mode: 'open', title: 'x'.repeat(101) },
      { mode: 'open', title: 'x', filters: [{ name: 'x', extensions: ['../sh'] }] },
    ]) {
      expect(PickFileSchema.safeParse(bad).success).toBe(false);
    }
  });
});
