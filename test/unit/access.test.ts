import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { CHANNELS, type Channel } from '../../shared/api/channels';
import { runCli } from '../../electron/cli';
import { AccessControl, delayAfter } from '../../electron/services/access/access';
import type { DeskContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import { callOk, openTestDesk, person, smallOrg, tempDir } from './helpers';

/** A desk with an org, one person, a 管理员 (甲, pw admin-pass) and a 查看 user (乙, pw viewer-pass), on a clock the test moves. */
async function lockedDesk(dir?: string) {
  const ctx = await openTestDesk(dir);
  const clock = { t: Date.parse('2026-03-01T08:00:00Z') };
  ctx.access = await AccessControl.open(ctx.folder, () => clock.t);
  const { office } = await smallOrg(ctx);
  const wang = await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五', { idNumber: '11010519491231002X' }) });
  const setup = await callOk(ctx, 'auth:setup', { user: '甲', password: 'admin-pass', idleMinutes: 10 });
  const admin = setup.session.session;
  const r = await dispatch(ctx, 'auth:saveUser', { name: '乙', role: 'viewer', password: 'viewer-pass' }, admin);
  expect(r.ok).toBe(true);
  return { ctx, clock, admin, recoveryCode: setup.recoveryCode, wang, office };
}

const unlock = (ctx: DeskContext, user: string, password: string) => dispatch(ctx, 'auth:unlock', { user, password });

describe('app password', () => {
  it('is stored only as scrypt hashes with salt and parameters; the recovery code is shown once', async () => {
    const dir = await tempDir();
    const { recoveryCode } = await lockedDesk(dir);
    expect(recoveryCode).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    const text = await readFile(join(dir, 'access.json'), 'utf8');
    for (const secret of ['admin-pass', 'viewer-pass', recoveryCode, recoveryCode.replace(/-/g, '')]) expect(text).not.toContain(secret);
    const file = JSON.parse(text);
    expect(file.users[0]).toMatchObject({
      name: '甲',
      role: 'admin',
      secret: {
        salt: expect.stringMatching(/^[0-9a-f]{32}$/),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        params: { N: 32768, r: 8, p: 1 },
      },
    });
    expect(file.recovery.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(file.users[0].secret.salt).not.toBe(file.users[1].secret.salt);
  });

  it('without a session every channel but the lock screen’s is refused; the 查看 role is refused every change, by dispatch', async () => {
    const { ctx, wang } = await lockedDesk();
    let refusals = 0;
    for (const channel of CHANNELS) {
      const r = await dispatch(ctx, channel, {});
      if (contract[channel].access === 'open') {
        expect(r.ok === true || r.code !== 'SESSION_REQUIRED', channel).toBe(true);
      } else {
        expect(r, channel).toMatchObject({ ok: false, code: 'SESSION_REQUIRED' });
        refusals++;
      }
    }
    // A session id that does not exist is no session.
    expect(await dispatch(ctx, 'people:list', {}, 'f'.repeat(48))).toMatchObject({ ok: false, code: 'SESSION_REQUIRED' });
    refusals++;
    const viewer = await unlock(ctx, '乙', 'viewer-pass');
    if (!viewer.ok) throw new Error(viewer.message);
    const session = (viewer.data as { session: string }).session;
    const changes = CHANNELS.filter((c: Channel) => contract[c].access === 'change');
    for (const channel of changes) {
      const r = await dispatch(ctx, channel, {}, session);
      expect(r, channel).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(r.ok || r.message).toMatch(/“乙”是查看用户，只能查看、打印和导出，不能修改数据/);
      refusals++;
    }
    // Looking, printing and exporting work; nothing was changed.
    expect(await dispatch(ctx, 'people:list', {}, session)).toMatchObject({ ok: true });
    const exported = await dispatch(ctx, 'roster:export', { unitId: null }, session);
    expect(exported).toMatchObject({ ok: true, data: { fileName: expect.stringMatching(/花名册.*\.xlsx$/) } });
    expect(await dispatch(ctx, 'audit:export', {}, session)).toMatchObject({ ok: true });
    const revealed = await dispatch(ctx, 'people:revealId', { id: wang.id }, session);
    expect(revealed).toMatchObject({ ok: true, data: { idNumber: '11010519491231002X' } });
    const log = await ctx.folder.audit.all();
    expect(log.at(-1)).toMatchObject({ actor: '乙', action: 'person.revealId' });
    expect(log.filter((e) => e.actor === '乙').map((e) => e.action)).toEqual(['access.login', 'audit.export', 'person.revealId']);
    console.log(
      `access refusals tested in dispatch: ${refusals} (${CHANNELS.length - changes.length} channels open to 查看, ${changes.length} refused)`,
    );
    expect(changes.length).toBeGreaterThan(35);
  });

  it('a session ends after the idle minutes; each call keeps it alive', async () => {
    const { ctx, clock, admin } = await lockedDesk();
    clock.t += 9 * 60_000;
    expect(await dispatch(ctx, 'people:list', {}, admin)).toMatchObject({ ok: true });
    clock.t += 9 * 60_000;
    expect(await dispatch(ctx, 'people:list', {}, admin)).toMatchObject({ ok: true });
    clock.t += 10 * 60_000 + 1;
    expect(await dispatch(ctx, 'people:list', {}, admin)).toMatchObject({ ok: false, code: 'SESSION_REQUIRED' });
    expect(await dispatch(ctx, 'auth:status', {}, admin)).toMatchObject({ ok: true, data: { enabled: true, session: null } });
  });

  it('3 wrong passwords → a growing wait, enforced whatever the transport, even for the right password', async () => {
    const { ctx, clock } = await lockedDesk();
    expect(await unlock(ctx, '甲', 'wrong-1')).toMatchObject({
      ok: false,
      code: 'REJECTED',
      message: '用户名或密码不正确（还可以再试 2 次，之后每次须等待）。',
    });
    expect(await unlock(ctx, '甲', 'wrong-2')).toMatchObject({ ok: false, code: 'REJECTED' });
    expect(await unlock(ctx, '甲', 'wrong-3')).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      message: '用户名或密码不正确。已连续输错 3 次，请 30 秒后再试。',
    });
    expect(await unlock(ctx, '甲', 'admin-pass')).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      message: '密码连续输错 3 次，请 30 秒后再试。',
    });
    clock.t += 31_000;
    expect(await unlock(ctx, '甲', 'wrong-4')).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/请 60 秒后再试/),
    });
    clock.t += 59_000;
    expect(await unlock(ctx, '甲', 'admin-pass')).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/请 1 秒后再试/),
    });
    clock.t += 1_000;
    expect(await unlock(ctx, '甲', 'admin-pass')).toMatchObject({ ok: true });
    // Success clears the count; unknown names share one counter, so guessing names does not help.
    expect(await unlock(ctx, '甲', 'wrong')).toMatchObject({ code: 'REJECTED' });
    for (const name of ['丙', '丁']) expect(await unlock(ctx, name, 'x')).toMatchObject({ code: 'REJECTED' });
    expect(await unlock(ctx, '戊', 'x')).toMatchObject({ code: 'RATE_LIMITED' });
    expect([3, 4, 5, 6, 10, 20].map(delayAfter)).toEqual([30, 60, 120, 240, 900, 900]);
    expect((await ctx.folder.audit.all()).filter((e) => e.action === 'access.failed').length).toBeGreaterThanOrEqual(3);
  });

  it('the last 管理员 cannot be removed or demoted; turning the password off needs the password', async () => {
    const { ctx, admin } = await lockedDesk();
    expect(await dispatch(ctx, 'auth:removeUser', { name: '甲' }, admin)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/唯一的管理员/),
    });
    expect(await dispatch(ctx, 'auth:saveUser', { name: '甲', role: 'viewer', password: 'abcdef' }, admin)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/唯一的管理员/),
    });
    expect(await dispatch(ctx, 'auth:removeUser', { name: '乙' }, admin)).toMatchObject({
      ok: true,
      data: { users: [{ name: '甲', role: 'admin' }] },
    });
    expect(await dispatch(ctx, 'auth:disable', { password: 'nope' }, admin)).toMatchObject({
      ok: false,
      message: '密码不正确，访问密码没有取消。',
    });
    expect(await dispatch(ctx, 'auth:disable', { password: 'admin-pass' }, admin)).toMatchObject({ ok: true, data: { enabled: false } });
    expect(await dispatch(ctx, 'people:list', {})).toMatchObject({ ok: true });
  });

  it('deleting access.json (and its copy) to get round the password is logged and told on the next start, once', async () => {
    const dir = await tempDir();
    const { ctx } = await lockedDesk(dir);
    await ctx.folder.close();
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, 'access.json'));
    const withCopy = await openTestDesk(dir);
    expect(withCopy.access.enabled).toBe(true); // the .bak copy brings it back
    await withCopy.folder.close();
    await rm(join(dir, 'access.json'));
    await rm(join(dir, 'access.json.bak'));
    const open = await openTestDesk(dir);
    expect(open.access.enabled).toBe(false);
    expect(open.folder.notices.join()).toMatch(/数据文件 access\.json 被删除/);
    await open.folder.flush(); // the entry is queued behind the start-up snapshot
    expect((await open.folder.audit.all()).at(-1)).toMatchObject({ action: 'file.outside', target: 'access.json', actor: '（程序自检）' });
    await open.folder.close();
    const again = await openTestDesk(dir);
    expect(again.folder.notices.join()).not.toMatch(/access\.json/);
  });

  it('on the lock screen (no session): the recovery code sets a new 管理员 password, once; a wrong code or a viewer changes nothing', async () => {
    const { ctx, recoveryCode } = await lockedDesk();
    const recover = (code: string, password: string, user?: string) =>
      dispatch(ctx, 'auth:recover', { code, password, ...(user ? { user } : {}) });
    expect(await recover('AAAAA-BBBBB-CCCCC-DDDDD', 'new-pass')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/恢复码不正确/),
    });
    expect(await recover(recoveryCode, 'new-pass', '乙')).toMatchObject({ ok: false, message: '没有名为“乙”的管理员。' });
    expect(await recover(recoveryCode, '12345')).toMatchObject({ ok: false });
    expect((await unlock(ctx, '甲', 'admin-pass')).ok).toBe(true);
    const r = await recover(recoveryCode.toLowerCase().replace(/-/g, ''), 'new-pass');
    if (!r.ok) throw new Error(r.message);
    expect(r.data).toMatchObject({ user: '甲', recoveryCode: expect.stringMatching(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/) });
    expect((r.data as { recoveryCode: string }).recoveryCode).not.toBe(recoveryCode);
    expect((await unlock(ctx, '甲', 'admin-pass')).ok).toBe(false);
    expect((await unlock(ctx, '甲', 'new-pass')).ok).toBe(true);
    // The code is used up.
    expect(await recover(recoveryCode, 'other-pass')).toMatchObject({ ok: false, message: expect.stringMatching(/恢复码不正确/) });
    const entries = (await ctx.folder.audit.all()).filter((e) => e.action === 'access.recover');
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain('new-pass');
  });

  it('a forgotten password is reset with the data folder and the recovery code (CLI), and the CLI signs in', async () => {
    const dir = await tempDir();
    const { ctx, recoveryCode } = await lockedDesk(dir);
    await ctx.folder.close();
    const out: string[] = [];
    const err: string[] = [];
    const cli = (args: string[]) =>
      runCli(
        [...args, '--data', dir],
        (s) => out.push(s),
        (s) => err.push(s),
      );
    expect(await cli(['status'])).toBe(2);
    expect(err.at(-1)).toMatch(/设置了访问密码：请加 --user 用户名 --password 密码/);
    expect(await cli(['status', '--user', '甲', '--password', 'bad-pass'])).toBe(1);
    expect(await cli(['password', 'reset', '--recovery', 'AAAAA-BBBBB-CCCCC-DDDDD', '--password', 'new-pass'])).toBe(1);
    expect(err.at(-1)).toMatch(/恢复码不正确/);
    expect(await cli(['password', 'reset', '--recovery', recoveryCode.toLowerCase().replace(/-/g, ' '), '--password', 'new-pass'])).toBe(0);
    const newCode = /恢复码[^：]*：(\S+)/.exec(out.at(-1)!)![1];
    expect(newCode).not.toBe(recoveryCode);
    expect(await cli(['password', 'reset', '--recovery', recoveryCode, '--password', 'other-pass'])).toBe(1);
    process.env.APPRAISAL_DESK_USER = '甲';
    process.env.APPRAISAL_DESK_PASSWORD = 'new-pass';
    try {
      expect(await cli(['status'])).toBe(0);
    } finally {
      delete process.env.APPRAISAL_DESK_USER;
      delete process.env.APPRAISAL_DESK_PASSWORD;
    }
    expect(await cli(['init', '--org', '另一个局', '--user', '乙', '--password', 'viewer-pass'])).toBe(1);
    expect(err.at(-1)).toMatch(/查看用户/);
    const again = await openTestDesk(dir);
    expect((await again.folder.audit.all()).map((e) => e.action)).toEqual(expect.arrayContaining(['access.recover', 'access.login']));
  });
});
