import fc from 'fast-check';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/api/channels';
import type { AuditEntry } from '../../shared/api/trust-schemas';
import type { DeskContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import { JOURNAL_FILE } from '../../electron/services/store/file/journal';
import { callFail, callOk, fixture, openTestDesk, person, smallOrg, tempDir } from './helpers';

/** A bureau with two 科室, five people in each, a quarter open for 评鉴. */
async function bureau(ctx: DeskContext) {
  const { office, hr } = await smallOrg(ctx);
  const names = ['丁一', '卜二', '王五', '孔六', '石七', '白八', '冯九', '司十', '叶甲', '田乙'];
  const people: { id: string; name: string; unitId: string }[] = [];
  for (const [i, name] of names.entries()) {
    const unitId = i < 5 ? office.id : hr.id;
    people.push({ id: (await callOk(ctx, 'people:save', { unitId, unitSince: '2024-06-01', fields: person(name) })).id, name, unitId });
  }
  await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
  await callOk(ctx, 'periods:advance', { id: '2025-Q1' });
  return { office, hr, people };
}

const entries = (ctx: DeskContext) => ctx.folder.audit.all();

describe('one change at a time: the audit chain stays whole', () => {
  it('two 评鉴 saved at the same moment in two units, and two reveals at once, leave a chain that verifies', async () => {
    const ctx = await openTestDesk();
    const { people } = await bureau(ctx);
    const before = (await entries(ctx)).length;
    const [a, b] = [people[0], people[7]];
    const results = await Promise.all([
      dispatch(ctx, 'reviews:save', { periodId: '2025-Q1', personId: a.id, score: 91, proposed: null, comment: null }),
      dispatch(ctx, 'reviews:save', { periodId: '2025-Q1', personId: b.id, score: 88, proposed: null, comment: null }),
      dispatch(ctx, 'people:revealId', { id: a.id }),
      dispatch(ctx, 'people:revealId', { id: b.id }),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    const added = (await entries(ctx)).slice(before);
    expect(added.map((e) => e.seq)).toEqual([before + 1, before + 2, before + 3, before + 4]);
    expect(new Set(added.map((e) => e.prevHash)).size).toBe(4);
    expect(await callOk(ctx, 'data:verify', {})).toMatchObject({ ok: true });
  });

  it('one clerk action is one entry: a 评鉴, an override with its re-run, a tie with its re-run', async () => {
    const ctx = await openTestDesk();
    const { people } = await bureau(ctx);
    const count = async () => (await entries(ctx)).length;
    let n = await count();
    await callOk(ctx, 'reviews:save', { periodId: '2025-Q1', personId: people[0].id, score: 91, proposed: 'good', comment: '主动' });
    expect(await count()).toBe(++n);
    await callOk(ctx, 'periods:advance', { id: '2025-Q1' });
    n = await count();
    await callOk(ctx, 'grading:run', { periodId: '2025-Q1' });
    await callOk(ctx, 'grading:override', { periodId: '2025-Q1', personId: people[1].id, grade: 'fair', reason: '经党组会研究' });
    expect(await count()).toBe(n + 2);
  });

  it('a refused change writes nothing and no entry; a wrong password is counted although the call is refused', async () => {
    const ctx = await openTestDesk();
    const { people } = await bureau(ctx);
    const files = async () =>
      Promise.all(['org.json', 'periods/2025-Q1/period.json'].map((f) => readFile(join(ctx.folder.dir, f), 'utf8')));
    const n = (await entries(ctx)).length;
    const before = await files();
    // Refused inside the transaction, after the draft was already changed.
    await callFail(ctx, 'people:transfer', { personId: people[0].id, toUnitId: people[0].unitId, date: '2025-01-01', note: null });
    await callFail(ctx, 'records:save', {
      periodId: '2025-Q1',
      personId: people[0].id,
      date: '2024-12-31',
      content: '季度前',
      progress: null,
      note: null,
    });
    expect(await files()).toEqual(before);
    expect((await entries(ctx)).length).toBe(n);

    await callOk(ctx, 'auth:setup', { user: '管理员', password: 'secret-123', idleMinutes: 10 });
    const wrong = await callFail(ctx, 'auth:unlock', { user: '管理员', password: 'nope-nope' });
    expect(wrong.message).toMatch(/用户名或密码不正确（还可以再试 2 次/);
    expect(JSON.parse(await readFile(join(ctx.folder.dir, 'access.json'), 'utf8')).failures).toEqual({ 管理员: { count: 1, until: null } });
    expect((await entries(ctx)).at(-1)).toMatchObject({ action: 'access.failed', actor: '管理员' });
  });

  it('property: any mix of changes fired at once — every acknowledged one is on disk, the log is gapless and verifies, and the state is that of the log’s order', async () => {
    const ctx = await openTestDesk(undefined, { snapshotOnOpen: false });
    const { people, office } = await bureau(ctx);
    const incidentsPreview = () =>
      callOk(ctx, 'import:preview', { kind: 'incidents', sources: [{ file: fixture('表现及问责记录.xlsx') }], expect: {} });
    type Op = { channel: Channel; input: unknown; key?: string; adds?: string };
    const op = fc.oneof(
      fc.record({ p: fc.nat(9), score: fc.integer({ min: 60, max: 100 }) }).map(({ p, score }): Op => ({
        channel: 'reviews:save',
        input: { periodId: '2025-Q1', personId: people[p].id, score, proposed: null, comment: null },
        key: `review/${people[p].id}`,
      })),
      fc.record({ p: fc.nat(9), n: fc.nat(999) }).map(({ p, n }): Op => ({
        channel: 'records:save',
        input: { periodId: '2025-Q1', personId: people[p].id, date: '2025-02-03', content: `纪实${n}`, progress: null, note: null },
        adds: 'records',
      })),
      fc.record({ p: fc.nat(9), n: fc.nat(999) }).map(({ p, n }): Op => ({
        channel: 'summaries:save',
        input: { periodId: '2025-Q1', personId: people[p].id, text: `小结${n}`, attendance: { absentDays: 0, leaveDays: 0, lateTimes: 0 } },
        key: `summary/${people[p].id}`,
      })),
      fc.record({ p: fc.nat(9), n: fc.nat(999) }).map(({ p, n }): Op => ({
        channel: 'incidents:save',
        input: { personId: people[p].id, kind: '表彰奖励', handling: '通报表扬', date: '2025-02-10', reason: `表扬${n}`, docNo: null },
        adds: 'incidents',
      })),
      fc.nat(9).map((p): Op => ({ channel: 'people:revealId', input: { id: people[p].id } })),
      fc.nat(9).map((p): Op => ({
        channel: 'people:save',
        input: { id: people[p].id, fields: person(people[p].name, { note: `备注${p}` }) },
        key: `note/${people[p].id}`,
      })),
      fc.integer({ min: 30, max: 45 }).map((r): Op => ({ channel: 'settings:save', input: { ratio: r / 100 }, key: 'settings' })),
      fc.nat(4).map((p): Op => ({
        channel: 'roles:save',
        input: {
          personId: people[p].id,
          kind: 'departmentHead',
          unitId: office.id,
          supervisedUnitIds: [],
          from: '2025-01-01',
          until: null,
        },
        adds: 'roles',
      })),
      // Always refused: the period is not at 评定 yet; a date outside the quarter.
      fc.constant<Op>({ channel: 'grading:run', input: { periodId: '2025-Q1' } }),
      fc.nat(9).map((p): Op => ({
        channel: 'records:save',
        input: { periodId: '2025-Q1', personId: people[p].id, date: '2024-12-01', content: '季度前', progress: null, note: null },
      })),
      fc.constant<Op>({ channel: 'import:commit', input: 'incidents-preview' }),
    );
    const settings = await callOk(ctx, 'settings:get', {});
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 30 }), async (ops) => {
        const previewId = ops.some((o) => o.input === 'incidents-preview') ? (await incidentsPreview()).previewId : null;
        const first = (await entries(ctx)).length;
        const counts = { records: 0, incidents: 0, roles: 0 };
        const countNow = async () => {
          const view = ctx.folder.view;
          const units = await Promise.all(people.map((p) => view.unit('2025-Q1', p.unitId)));
          return {
            records: new Set(units.flatMap((u) => u.workRecords.map((w) => w.id))).size,
            incidents: view.incidents().length,
            roles: view.org().roles.length,
          };
        };
        const start = await countNow();
        const results = await Promise.all(
          ops.map((o) => {
            const input =
              o.channel === 'settings:save'
                ? { ...settings, goodRatio: (o.input as { ratio: number }).ratio }
                : o.input === 'incidents-preview'
                  ? { previewId, mode: 'all' }
                  : o.input;
            return dispatch(ctx, o.channel, input);
          }),
        );
        const added = (await entries(ctx)).slice(first);
        // Gapless and chained.
        expect(added.map((e) => e.seq)).toEqual(added.map((_, i) => first + 1 + i));
        for (let i = 1; i < added.length; i++) expect(added[i].prevHash).toBe(added[i - 1].hash);
        // One entry per acknowledged change, none for a refused one.
        expect(added.length).toBe(results.filter((r) => r.ok).length);
        for (const [i, o] of ops.entries()) {
          if (o.channel === 'grading:run' || (o.channel === 'records:save' && (o.input as { date: string }).date < '2025-01-01'))
            expect(results[i].ok).toBe(false);
          if (o.adds && results[i].ok) counts[o.adds as keyof typeof counts]++;
        }
        // Additive changes: exactly the acknowledged ones (an import adds its rows, one entry).
        const now = await countNow();
        const imported = added.filter((e) => e.action === 'import.incidents').length;
        expect(now.records - start.records).toBe(counts.records);
        expect(now.roles - start.roles).toBe(counts.roles);
        if (!imported) expect(now.incidents - start.incidents).toBe(counts.incidents);
        // Keyed changes: what is there is what the last entry of that key (in the log's order) says.
        const last = (action: string, target: (e: AuditEntry) => boolean) => added.filter((e) => e.action === action && target(e)).at(-1);
        for (const p of people) {
          const review = last('review.save', (e) => e.target === `2025-Q1/${p.id}`);
          const saved = (await ctx.folder.view.unit('2025-Q1', p.unitId)).reviews.find((r) => r.personId === p.id);
          if (review) expect(saved?.score).toBe((review.after as { score: number }).score);
          const summary = last('summary.save', (e) => e.target === `2025-Q1/${p.id}`);
          const text = (await ctx.folder.view.unit('2025-Q1', p.unitId)).summaries.find((s) => s.personId === p.id)?.text;
          if (summary) expect(text).toMatch(new RegExp(`^小结\\d+$`));
        }
        const setting = last('settings.appraisal', () => true);
        if (setting) expect(ctx.folder.view.org().settings.appraisal.goodRatio).toBe((setting.after as { goodRatio: number }).goodRatio);
        // And the disk says the same as memory.
        const onDisk = JSON.parse(await readFile(join(ctx.folder.dir, 'org.json'), 'utf8'));
        expect(onDisk).toEqual(ctx.folder.view.org());
      }),
      { numRuns: 15 },
    );
    expect(await callOk(ctx, 'data:verify', {})).toMatchObject({ ok: true });
    await ctx.folder.close();
    // Reopened, everything acknowledged is there and the chain still verifies.
    const again = await openTestDesk(ctx.folder.dir, { snapshotOnOpen: false });
    expect(again.folder.view.org()).toEqual(ctx.folder.view.org());
    expect(await callOk(again, 'data:verify', {})).toMatchObject({ ok: true });
  });
});

describe('the journal', () => {
  it('a change is committed by one journal record; the checkpoint empties the journal once the files are synced', async () => {
    const ctx = await openTestDesk(undefined, { snapshotOnOpen: false });
    const { people } = await bureau(ctx);
    await ctx.folder.flush();
    const journal = join(ctx.folder.dir, JOURNAL_FILE);
    expect((await readFile(journal)).length).toBe(0);
    await callOk(ctx, 'reviews:save', { periodId: '2025-Q1', personId: people[0].id, score: 95, proposed: null, comment: '好' });
    const text = (await readFile(journal)).toString('utf8');
    expect(text).toMatch(/^DESK-JOURNAL 1 \d+ \d+ [0-9a-f]{64}\n/);
    expect(text).toContain('"action":"review.save"');
    expect(text).toContain(`periods/2025-Q1/units/${people[0].unitId}.json`);
    await ctx.folder.flush();
    expect((await readFile(journal)).length).toBe(0);
  });

  it('a file that cannot be replaced: the change is refused whole — files, journal and memory as they were — and works once it can', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    const { people } = await bureau(ctx);
    await ctx.folder.flush();
    const before = await Promise.all(['org.json', JOURNAL_FILE].map((f) => readFile(join(dir, f), 'utf8')));
    const n = (await entries(ctx)).length;
    // A directory where the temp file must go: the replace fails as on a full disk or a file another program holds.
    const blocker = join(dir, `.org.json.${process.pid}.tmp`);
    await mkdir(blocker);
    const refused = await callFail(ctx, 'people:save', { id: people[0].id, fields: person('丁一', { note: '第一次' }) });
    expect(refused).toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringMatching(/^保存 org\.json（位于 .+）失败（EISDIR）。本次修改没有保存，原有数据未受影响。$/),
    });
    expect(await Promise.all(['org.json', JOURNAL_FILE].map((f) => readFile(join(dir, f), 'utf8')))).toEqual(before);
    expect((await callOk(ctx, 'people:get', { id: people[0].id })).fields.note).toBeNull();
    expect((await entries(ctx)).length).toBe(n);
    await rm(blocker, { recursive: true });
    await callOk(ctx, 'people:save', { id: people[0].id, fields: person('丁一', { note: '第二次' }) });
    await ctx.folder.close();
    const again = await openTestDesk(dir, { snapshotOnOpen: false });
    expect((await callOk(again, 'people:get', { id: people[0].id })).fields.note).toBe('第二次');
    expect(await callOk(again, 'data:verify', {})).toMatchObject({ ok: true });
  });
});

describe('an import preview is bound to the files it was made from', () => {
  it('a change to another file leaves it valid; a change to one it read makes it stale', async () => {
    const ctx = await openTestDesk();
    const { people } = await bureau(ctx);
    const preview = () =>
      callOk(ctx, 'import:preview', { kind: 'incidents', sources: [{ file: fixture('表现及问责记录.xlsx') }], expect: {} });
    const p1 = await preview();
    // A 评鉴 changes a unit file of the period, not incidents.json or org.json.
    await callOk(ctx, 'reviews:save', { periodId: '2025-Q1', personId: people[0].id, score: 90, proposed: null, comment: null });
    expect((await callOk(ctx, 'import:commit', { previewId: p1.previewId, mode: 'validOnly' })).ok).toBe(true);
    const p2 = await preview();
    await callOk(ctx, 'incidents:save', {
      personId: people[1].id,
      kind: '表彰奖励',
      handling: '通报表扬',
      date: '2025-02-10',
      reason: '表扬',
      docNo: null,
    });
    expect((await callFail(ctx, 'import:commit', { previewId: p2.previewId, mode: 'validOnly' })).message).toBe(
      '预览之后数据已有改动，请重新预览后再确认导入。',
    );
  });
});

describe('layers of the store and the one door for changes', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  async function sources(dir: string): Promise<string[]> {
    const out: string[] = [];
    for (const e of await readdir(join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) out.push(...(await sources(rel)));
      else if (/\.ts$/.test(e.name)) out.push(rel);
    }
    return out;
  }
  const importsOf = async (file: string) =>
    [...(await readFile(join(root, file), 'utf8')).matchAll(/^import (type )?[^;]*?from\s+'([^']+)'/gm)].map((m) => ({
      typeOnly: m[1] !== undefined,
      path: join(file, '..', m[2]),
    }));

  it('store/file imports neither store/doc nor store/folder; store/doc does not import store/folder', async () => {
    for (const file of await sources('electron/services/store/file'))
      for (const { path } of await importsOf(file)) expect(path, `${file} → ${path}`).not.toMatch(/store\/(doc|folder)\//);
    for (const file of await sources('electron/services/store/doc'))
      for (const { path } of await importsOf(file)) expect(path, `${file} → ${path}`).not.toMatch(/store\/folder\//);
  });

  it('no service writes a data file or the audit log by itself: only the transaction does', async () => {
    // The folder level (store/, the audit log and backups) and the exports' own file writer are the only writers.
    const writers = /^electron\/services\/(store|backup|audit\/(audit-log|torn-tail)\.ts|excel\/file-input\.ts)/;
    for (const file of await sources('electron/services')) {
      if (writers.test(file)) continue;
      const text = await readFile(join(root, file), 'utf8');
      for (const { path, typeOnly } of await importsOf(file)) {
        expect(path, `${file} writes files itself`).not.toMatch(/store\/file\/(durable-file|journal|file-ledger)$/);
        if (!typeOnly) expect(path, `${file} touches the audit log`).not.toMatch(/audit\/audit-log$/);
      }
      expect(text, `${file} writes through a store`).not.toMatch(/\.(adopt|writeNow)\(|\.append\(\s*\[?\s*\{?\s*(seq|entries)/);
      expect(text, `${file} writes a file`).not.toMatch(/\b(writeFile|appendFile|rename|unlink)\(/);
    }
  });
});
