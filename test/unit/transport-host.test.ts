import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, PASSWORD_TRIES, startHost, type Host } from '../../electron/host';
import type { DeskContext } from '../../electron/services/context';
import { callOk, openTestDesk, person, tempDir } from './helpers';

let host: Host;
let ctx: DeskContext;

beforeEach(async () => {
  ctx = await openTestDesk();
  const web = await tempDir();
  await writeFile(join(web, 'index.html'), '<!doctype html><title>平时考核</title>');
  await mkdir(join(web, 'assets'));
  await writeFile(join(web, 'assets', 'a.js'), 'console.log(1)');
  await writeFile(join(await tempDir(), 'secret.txt'), 'secret');
  host = await startHost({ ctx, webRoot: web });
  return () => host.close();
});

/** Raw HTTP so the test controls every header (fetch would not let us forge Host). */
function send(opts: { method?: string; path: string; headers?: Record<string, string | number>; body?: string | Buffer }) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((ok, fail) => {
    const req = request(
      { agent: false, host: '127.0.0.1', port: host.port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', (e) =>
      (e as NodeJS.ErrnoException).code === 'ECONNRESET' || (e as NodeJS.ErrnoException).code === 'EPIPE'
        ? ok({ status: 0, headers: {}, body: '' })
        : fail(e),
    );
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  send({
    path: `/api/${channel}`,
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', 'X-Desk-Token': host.token, ...headers },
  });

describe('browser-mode host', () => {
  it('130 saves fired at once over HTTP are all kept, each with one entry, and the log verifies', async () => {
    await callOk(ctx, 'org:create', { name: '并发测试市医疗保障局', departments: ['办公室', '组织人事科'] });
    const units = (await callOk(ctx, 'units:list', {})).filter((u) => u.kind === 'department');
    const ids: string[] = [];
    for (let i = 0; i < 10; i++)
      ids.push((await callOk(ctx, 'people:save', { unitId: units[i % 2].id, unitSince: '2024-06-01', fields: person(`测试${i}`) })).id);
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
    await callOk(ctx, 'periods:advance', { id: '2025-Q1' });
    const before = (await ctx.folder.audit.all()).length;
    const answers = await Promise.all(
      Array.from({ length: 130 }, (_, i) =>
        i % 3 === 2
          ? api('people:revealId', { id: ids[i % 10] })
          : api('reviews:save', { periodId: '2025-Q1', personId: ids[i % 10], score: 60 + (i % 40), proposed: null, comment: `第${i}次` }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    expect(answers.every((a) => JSON.parse(a.body).ok)).toBe(true);
    const added = (await ctx.folder.audit.all()).slice(before);
    expect(added).toHaveLength(130);
    expect(added.map((e) => e.seq)).toEqual(added.map((_, i) => before + 1 + i));
    expect(JSON.parse((await api('data:verify', {})).body)).toMatchObject({ ok: true, data: { ok: true } });
  });

  it('binds to loopback and answers a valid call', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{48}$/);
    const r = await api('app:status', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, data: { initialized: false } });
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a call without the token or with a wrong one', async () => {
    for (const token of [undefined, 'x'.repeat(48), '']) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (token !== undefined) headers['X-Desk-Token'] = token;
      const r = await send({ path: '/api/app:status', body: '{}', headers });
      expect(r.status).toBe(401);
      expect(JSON.parse(r.body).message).toMatch(/访问令牌/);
    }
  });

  it('refuses another Host (DNS rebinding) and a cross-site Origin', async () => {
    expect((await api('app:status', {}, { Host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await api('app:status', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('app:status', {}, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses an oversized body before reading it', async () => {
    const r = await send({
      path: '/api/app:status',
      headers: { 'Content-Type': 'application/json', 'X-Desk-Token': host.token, 'Content-Length': MAX_BODY_BYTES + 1 },
      body: '{',
    });
    expect([413, 0]).toContain(r.status);
    const big = await api('people:list', { search: 'x'.repeat(MAX_BODY_BYTES) });
    expect([413, 0]).toContain(big.status);
  });

  it('validates input: unknown channel, wrong arguments, broken JSON', async () => {
    expect(JSON.parse((await api('people:delete', {})).body)).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '未知的操作“people:delete”。',
    });
    const wrong = JSON.parse((await api('people:transfer', { personId: 'p-1', toUnitId: 'u-2', date: '2025/13/01' })).body);
    expect(wrong).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(wrong.message).toBe('提交的内容不正确：日期应写成“2025-04-10”的形式');
    expect(wrong.issues).toEqual([{ path: 'date', message: '日期应写成“2025-04-10”的形式' }]);
    const extra = JSON.parse((await api('app:status', { __proto__: { admin: true }, x: 1 })).body);
    expect(extra.code).toBe('INVALID_INPUT');
    const broken = await send({
      path: '/api/app:status',
      body: '{',
      headers: { 'Content-Type': 'application/json', 'X-Desk-Token': host.token },
    });
    expect(JSON.parse(broken.body).message).toBe('请求内容不是有效的 JSON。');
    expect(
      (await send({ path: '/api/app:status', body: '{}', headers: { 'Content-Type': 'text/plain', 'X-Desk-Token': host.token } })).status,
    ).toBe(415);
  });

  it('rate-limits password calls: the 11th within a minute gets 429 before the password is looked at', async () => {
    await callOk(ctx, 'org:create', { name: '测试市医疗保障局', departments: [], subunits: [] });
    await callOk(ctx, 'auth:setup', { user: '甲', password: 'admin-pass', idleMinutes: 10 });
    const codes: number[] = [];
    for (let i = 0; i < PASSWORD_TRIES + 2; i++) {
      const r = await api('auth:unlock', { user: `用户${i}`, password: 'guess' });
      codes.push(r.status);
      if (r.status === 429) {
        expect(JSON.parse(r.body)).toMatchObject({
          ok: false,
          code: 'RATE_LIMITED',
          message: expect.stringMatching(/密码尝试过于频繁，请 \d+ 秒后再试/),
        });
        expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect(codes).toEqual([...Array(PASSWORD_TRIES).fill(200), 429, 429]);
    // Other calls are not limited.
    expect((await api('auth:status', {})).status).toBe(200);
  });

  it('with a password set, a call needs the session of auth:unlock in X-Desk-Session (the token alone is not enough)', async () => {
    await callOk(ctx, 'org:create', { name: '测试市医疗保障局', departments: [], subunits: [] });
    const { session } = (await callOk(ctx, 'auth:setup', { user: '甲', password: 'admin-pass', idleMinutes: 10 })).session;
    expect(JSON.parse((await api('people:list', {})).body)).toMatchObject({ ok: false, code: 'SESSION_REQUIRED' });
    expect(JSON.parse((await api('people:list', {}, { 'X-Desk-Session': 'not-a-session' })).body)).toMatchObject({
      ok: false,
      code: 'SESSION_REQUIRED',
    });
    expect(JSON.parse((await api('people:list', {}, { 'X-Desk-Session': session })).body)).toMatchObject({ ok: true });
    const unlocked = JSON.parse((await api('auth:unlock', { user: '甲', password: 'admin-pass' })).body);
    expect(JSON.parse((await api('units:list', {}, { 'X-Desk-Session': unlocked.data.session })).body)).toMatchObject({ ok: true });
  });

  it('serves the renderer but nothing outside its folder', async () => {
    const index = await send({ method: 'GET', path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect((await send({ method: 'GET', path: '/assets/a.js' })).status).toBe(200);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5c..%5csecret.txt']) {
      expect((await send({ method: 'GET', path })).status).toBe(404);
    }
    expect((await send({ method: 'GET', path: '/api/app:status' })).status).toBe(405);
  });
});
