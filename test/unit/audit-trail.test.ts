import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import type { Channel } from '../../shared/api/channels';
import type { Input } from '../../shared/api/contract';
import { now } from '../../electron/services/clock';
import type { DeskContext } from '../../electron/services/context';
import { docxPackage, registerDocxXml } from './docx-helpers';
import { callOk, fixture, openTestDesk, person, smallOrg, tempDir } from './helpers';

/** Change channels this walk does not call, each with why (every other one must leave an entry). */
const NOT_WALKED: Partial<Record<Channel, string>> = {
  'import:preview': 'changes nothing; the commit is what is logged',
  'import:errorReport': 'writes a report file, changes no data',
  'grading:resolveTie': 'needs a tie at the cut (grading-service.test.ts logs it as grading.tie)',
  'grading:confirm': 'needs a manager-accountability result (grading-service.test.ts logs it as grading.confirm)',
  'grading:regradeInOrder': 'needs an earlier period changed under a graded one (grading-stale.test.ts)',
  'reviews:check': 'needs the second review step on and a 分管领导 (review-check.test.ts)',
  'org:loadDemo': 'logged as org.demo; too slow for this walk',
  'auth:removeUser': 'access.test.ts',
  'auth:disable': 'access.test.ts',
  'auth:recover': 'access.test.ts (one access.recover entry, no secret in it)',
};

describe('操作日志: every change leaves an entry', () => {
  it('walks every changing service and finds one entry per change, with when, who, what, before, after and why', async () => {
    const ctx = await openTestDesk();
    const walked = new Set<Channel>();
    const actions: string[] = [];
    /** Calls a channel and returns the entries it added. */
    const logged = async <C extends Channel>(channel: C, input: Input<C>, action: string | RegExp) => {
      const before = (await ctx.folder.audit.all()).length;
      const out = await callOk(ctx, channel, input);
      const added = (await ctx.folder.audit.all()).slice(before);
      expect(added.length, `${channel} wrote no audit entry`).toBeGreaterThan(0);
      const entry = added.find((e) => (typeof action === 'string' ? e.action === action : action.test(e.action)));
      expect(entry, `${channel}: ${added.map((e) => e.action).join(',')}`).toBeDefined();
      // Nobody signs in here: the entry names the computer's user as such, never as an app user.
      expect(entry!.actor).toMatch(/^本机用户（.+）$/);
      expect(Date.parse(entry!.at)).toBeGreaterThan(now().getTime() - 60_000);
      expect(entry!.summary.length).toBeGreaterThan(3);
      walked.add(channel);
      actions.push(entry!.action);
      return { out, entry: entry! };
    };

    // Organisation, units, people, roles
    await logged('org:create', { name: '测试市医疗保障局', departments: ['办公室'], subunits: [] }, 'org.create');
    const units = await callOk(ctx, 'units:list', {});
    const office = units.find((u) => u.name === '办公室')!;
    const { out: hr } = await logged('units:save', { name: '组织人事科', kind: 'department', parentId: units[0].id }, 'unit.create');
    await logged('units:save', { id: hr.id, name: '人事科', kind: 'department', parentId: units[0].id }, 'unit.update');
    await logged('units:move', { id: hr.id, direction: 'up' }, 'unit.reorder');
    const spare = await callOk(ctx, 'units:save', { name: '临时科', kind: 'department', parentId: units[0].id });
    await logged('units:deactivate', { id: spare.id }, 'unit.deactivate');
    const { out: wang } = await logged(
      'people:save',
      { unitId: office.id, fields: person('王五', { idNumber: '11010519491231002X' }) },
      'person.create',
    );
    const { entry: upd } = await logged('people:save', { id: wang.id, fields: person('王五', { post: '科长' }) }, 'person.update');
    expect(upd).toMatchObject({ before: { post: null }, after: { post: '科长' } });
    const ids: string[] = [wang.id];
    for (const n of ['丁一', '卜二', '马三']) ids.push((await callOk(ctx, 'people:save', { unitId: office.id, fields: person(n) })).id);
    await logged('people:transfer', { personId: ids[3], toUnitId: hr.id, date: '2099-01-01' }, 'person.transfer');
    const gone = (await callOk(ctx, 'people:save', { unitId: office.id, fields: person('甲乙') })).id;
    await logged('people:setStatus', { personId: gone, status: 'retired', date: '2099-01-01', note: '到龄退休' }, 'person.status');
    const { entry: reveal } = await logged('people:revealId', { id: wang.id }, 'person.revealId');
    expect(JSON.stringify(reveal)).not.toContain('11010519491231002X');
    const { out: role } = await logged(
      'roles:save',
      { personId: wang.id, kind: 'departmentHead', unitId: office.id, from: '2020-01-01' },
      'role.create',
    );
    await logged(
      'roles:save',
      { id: role.id, personId: wang.id, kind: 'departmentHead', unitId: office.id, from: '2021-01-01' },
      'role.update',
    );
    await logged('roles:remove', { id: role.id }, 'role.delete');

    // Settings
    const settings = await callOk(ctx, 'settings:get', {});
    const { entry: set } = await logged('settings:save', { ...settings, goodRatio: 0.3 }, 'settings.appraisal');
    expect(set).toMatchObject({ before: { goodRatio: 0.4 }, after: { goodRatio: 0.3 } });
    const forms = await callOk(ctx, 'formSettings:get', {});
    const { entry: formsSet } = await logged('formSettings:save', { ...forms, workRecords: 'inForm' }, 'settings.forms');
    expect(formsSet).toMatchObject({ before: { workRecords: 'appendix' }, after: { workRecords: 'inForm' } });

    // Import
    const preview = await callOk(ctx, 'import:preview', { kind: 'roster', sources: [{ file: fixture('花名册-基本.xlsx') }] });
    await logged('import:commit', { previewId: preview.previewId, mode: 'validOnly' }, 'import.roster');

    // Incidents and 容错
    const { out: inc } = await logged(
      'incidents:save',
      { personId: ids[1], kind: '工作推进不理想', handling: '提醒谈话', date: '2025-02-20', reason: '交办事项逾期' },
      'incident.create',
    );
    await logged(
      'incidents:save',
      { id: inc.id, personId: ids[1], kind: '工作推进不理想', handling: '批评教育', date: '2025-02-20', reason: '交办事项逾期' },
      'incident.update',
    );
    const { entry: tol } = await logged(
      'incidents:tolerance',
      { id: inc.id, decision: 'exempt', body: '局党组', docNo: '医保党〔2025〕3号', date: '2025-03-01', distinction: 1, note: null },
      'incident.tolerance',
    );
    expect(tol.after).toMatchObject({ decision: 'exempt' });
    // Discipline details are masked in lists; the full 事由 comes only from a logged reveal.
    expect((await callOk(ctx, 'incidents:list', {})).find((i) => i.id === inc.id)).toMatchObject({
      reason: '交＊＊＊＊',
      reasonMasked: true,
    });
    const { out: revealed } = await logged('incidents:revealReason', { id: inc.id }, 'incident.reveal');
    expect(revealed.reason).toBe('交办事项逾期');
    const { out: probe } = await logged(
      'incidents:save',
      { personId: ids[2], kind: '违反工作纪律', handling: '立案审查', date: '2025-01-10', reason: '待查' },
      'incident.create',
    );
    await logged('incidents:closeCase', { id: probe.id, closedOn: '2025-02-01' }, 'incident.close');
    await logged('incidents:delete', { id: probe.id, reason: '重复登记' }, 'incident.delete');

    // A clerk's own form (考核设置 → 表格样式)
    const form = Buffer.from(docxPackage(registerDocxXml())).toString('base64');
    const { out: template } = await logged(
      'templates:add',
      { name: '省登记表', source: { fileName: '登记表.docx', dataBase64: form } },
      'template.add',
    );
    await logged('templates:remove', { id: template.id }, 'template.remove');

    // A period: records, summaries, reviews, grading, override, states
    await logged('periods:open', { kind: 'quarter', year: 2025, index: 1 }, 'period.open');
    const { out: rec } = await logged(
      'records:save',
      { periodId: '2025-Q1', personId: ids[1], date: '2025-01-15', content: '起草年度工作要点', progress: '已完成', note: null },
      'records.create',
    );
    const { entry: recUpd } = await logged(
      'records:save',
      {
        periodId: '2025-Q1',
        personId: ids[1],
        id: rec.id,
        date: '2025-01-16',
        content: '起草年度工作要点（修改稿）',
        progress: '已完成',
        note: null,
      },
      'records.update',
    );
    expect(recUpd).toMatchObject({ before: { date: '2025-01-15' }, after: { date: '2025-01-16' } });
    await logged('records:delete', { periodId: '2025-Q1', personId: ids[1], id: rec.id }, 'records.delete');
    await logged('records:review', { periodId: '2025-Q1', personId: ids[1], key: '2025-01', comment: '按时完成' }, 'records.review');
    await logged(
      'summaries:save',
      { periodId: '2025-Q1', personId: ids[1], text: '本季度完成了……', attendance: { absentDays: 0, leaveDays: 0, lateTimes: 0 } },
      'summary.save',
    );
    await logged(
      'periods:setUndetermined',
      { periodId: '2025-Q1', personId: ids[2], reason: '新录用试用期', note: null },
      'period.undetermined',
    );
    const participants = (await callOk(ctx, 'periods:get', { id: '2025-Q1' })).participants.filter((p) => !p.undetermined);
    for (const [i, p] of participants.entries()) {
      const { entry } = await logged(
        'reviews:save',
        { periodId: '2025-Q1', personId: p.personId, score: 60 + (i % 40), proposed: 'fair', comment: null },
        'review.save',
      );
      expect(entry.after).toMatchObject({ score: 60 + (i % 40) });
    }
    await logged('periods:advance', { id: '2025-Q1' }, 'period.advance');
    await logged('periods:setState', { id: '2025-Q1', to: 'grading', reason: null }, 'period.advance');
    await logged('grading:run', { periodId: '2025-Q1' }, 'grading.run');
    const { entry: ovr } = await logged(
      'grading:override',
      { periodId: '2025-Q1', personId: participants[0].personId, grade: 'good', reason: '年度重点任务表现突出' },
      'grading.override',
    );
    expect(ovr).toMatchObject({ reason: '年度重点任务表现突出' });
    expect(ovr.after).toBeTruthy();
    await logged('periods:setState', { id: '2025-Q1', to: 'reviewing', reason: '补充评鉴材料' }, 'period.back');

    // Access
    await logged('auth:setup', { user: '管理员甲', password: 'secret-123', idleMinutes: 10 }, 'access.setup');
    const before = (await ctx.folder.audit.all()).length;
    const session = ctx.access.admit(
      'people:list',
      (await callOk(ctx, 'auth:unlock', { user: '管理员甲', password: 'secret-123' })).session,
    )!;
    expect((await ctx.folder.audit.all()).slice(before)).toEqual([expect.objectContaining({ action: 'access.login', actor: '管理员甲' })]);
    walked.add('auth:unlock');
    const signed: DeskContext = { ...ctx, actor: session.user, session };
    const signedCall = async <C extends Channel>(channel: C, input: Input<C>, action: string) => {
      const { dispatch } = await import('../../electron/services/dispatch');
      const before = (await ctx.folder.audit.all()).length;
      const r = await dispatch(signed, channel, input, session.id);
      expect(r.ok, JSON.stringify(r)).toBe(true);
      const added = (await ctx.folder.audit.all()).slice(before);
      expect(added.map((e) => e.action)).toContain(action);
      expect(added.find((e) => e.action === action)!.actor).toBe('管理员甲');
      walked.add(channel);
      actions.push(action);
    };
    await signedCall('auth:changePassword', { current: 'secret-123', next: 'secret-456' }, 'access.password');
    await signedCall('auth:saveUser', { name: '查看乙', role: 'viewer', password: 'viewer-1' }, 'access.user.create');
    await signedCall('auth:settings', { idleMinutes: 5 }, 'access.settings');
    await signedCall('audit:export', { kinds: [], keyword: '' }, 'audit.export');

    // Backup and restore
    const dir = await tempDir();
    await signedCall('data:backup', { file: join(dir, 'a.backup') }, 'data.backup');
    await signedCall('data:restore', { file: join(dir, 'a.backup') }, 'data.restore');

    const changeChannels = (Object.keys(contract) as Channel[]).filter((c) => contract[c].mode === 'change');
    const missing = changeChannels.filter((c) => !walked.has(c) && !(c in NOT_WALKED));
    expect(missing, 'change channels without an audit check').toEqual([]);
    const kinds = [...new Set(actions)].sort();
    // The kinds the issue names: people, periods, reviews, incidents, 容错, grades, overrides, settings, imports, restores.
    for (const k of [
      'person.create',
      'period.open',
      'review.save',
      'incident.create',
      'incident.tolerance',
      'grading.run',
      'grading.override',
      'settings.appraisal',
      'import.roster',
      'data.restore',
    ]) {
      expect(kinds).toContain(k);
    }
    console.log(`audit kinds covered (${kinds.length}): ${kinds.join(' ')}`);
    expect((await ctx.folder.audit.verify()).ok).toBe(true);
  });
});

describe('数据文件校验值: a file changed outside the app is found', () => {
  async function withPeople(): Promise<{ ctx: DeskContext; dir: string }> {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir);
    const { office } = await smallOrg(ctx);
    await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五') });
    return { ctx, dir };
  }
  const hashCheck = async (ctx: DeskContext) => (await callOk(ctx, 'data:verify', {})).checks.find((c) => c.name === '数据文件校验值')!;

  it('the app’s own writes verify; a hand edit while the app runs is named by verify', async () => {
    const { ctx, dir } = await withPeople();
    expect(await hashCheck(ctx)).toMatchObject({ ok: true });
    const file = join(dir, 'org.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('王五', '王六'));
    const check = await hashCheck(ctx);
    expect(check.ok).toBe(false);
    expect(check.detail).toMatch(/org\.json 与程序最后一次保存的内容不一致，在程序之外被修改过/);
  });

  it('a hand edit while the app is closed is caught on the next start: a notice and an audit entry', async () => {
    const { ctx, dir } = await withPeople();
    await ctx.folder.close();
    const file = join(dir, 'incidents.json');
    await writeFile(file, JSON.stringify({ incidents: [] }, null, 2));
    const again = await openTestDesk(dir);
    expect(again.folder.notices.join()).toMatch(/数据文件 incidents\.json 与程序最后一次保存的内容不一致/);
    await again.folder.flush(); // the entry is queued behind the start-up snapshot
    const log = await again.folder.audit.all();
    expect(log.at(-1)).toMatchObject({ action: 'file.outside', target: 'incidents.json' });
    const check = await hashCheck(again);
    expect(check.ok).toBe(true);
    expect(check.detail).toMatch(/操作日志中记有 1 次/);
    expect((await again.folder.audit.verify()).ok).toBe(true);
  });

  it('a folder from before the hashes were kept starts from what is there, and says so in the log', async () => {
    const { ctx, dir } = await withPeople();
    await ctx.folder.close();
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, 'audit', 'files.jsonl'));
    const again = await openTestDesk(dir);
    await again.folder.flush();
    expect((await again.folder.audit.all()).at(-1)).toMatchObject({
      action: 'file.baseline',
      summary: expect.stringMatching(/开始记录数据文件校验值（\d+ 个文件）/),
    });
    expect(await hashCheck(again)).toMatchObject({ ok: true });
  });

  it('a file planted or deleted outside the app is named', async () => {
    const { ctx, dir } = await withPeople();
    await writeFile(join(dir, 'periods', 'extra.json'), '{}');
    const check = await hashCheck(ctx);
    expect(check.detail).toMatch(/periods\/extra\.json 不是由本程序写入的/);
  });

  it('a save interrupted between recording its hash and replacing the file is not taken for a hand edit', async () => {
    const { ctx, dir } = await withPeople();
    const file = join(dir, 'org.json');
    // What a crash leaves: the new hash recorded, the file still the old one.
    await ctx.folder.ledger.written(file, '{"not":"written"}');
    expect(await hashCheck(ctx)).toMatchObject({ ok: true });
    await ctx.folder.close();
    const again = await openTestDesk(dir);
    expect(again.folder.notices.join()).not.toMatch(/程序之外/);
  });

  it('a restore, and a recovery from the .bak copy, are the app’s own changes', async () => {
    const { ctx, dir } = await withPeople();
    const backup = join(await tempDir(), 'b.backup');
    await callOk(ctx, 'data:backup', { file: backup });
    await callOk(ctx, 'people:save', { unitId: (await callOk(ctx, 'units:list', {}))[1].id, fields: person('丁一') });
    await callOk(ctx, 'data:restore', { file: backup });
    expect(await hashCheck(ctx)).toMatchObject({ ok: true });
    await callOk(ctx, 'people:save', { unitId: (await callOk(ctx, 'units:list', {}))[1].id, fields: person('卜二') });
    await ctx.folder.close();
    await writeFile(join(dir, 'org.json'), '{"broken');
    const again = await openTestDesk(dir);
    expect(again.folder.notices.join()).toMatch(/已自动改用上一次保存的副本/);
    expect(await hashCheck(again)).toMatchObject({ ok: true });
  });
});

describe('操作日志 screen and export', () => {
  it('filters by time, who, kind and keyword, pages, and exports the filtered list to Excel', async () => {
    const ctx = await openTestDesk();
    const { office } = await smallOrg(ctx);
    for (let i = 0; i < 30; i++)
      await callOk(ctx, 'people:save', { unitId: office.id, fields: person(`张${'一二三四五六七八九十'[i % 10]}${i}`) });
    const all = await callOk(ctx, 'audit:query', { offset: 0, limit: 10 });
    expect(all.total).toBe(31);
    expect(all.entries).toHaveLength(10);
    expect(all.entries[0].seq).toBeGreaterThan(all.entries[9].seq);
    expect(all.kinds).toEqual(['person', 'org']);
    const page3 = await callOk(ctx, 'audit:query', { offset: 30, limit: 10 });
    expect(page3.entries.map((e) => e.action)).toEqual(['org.create']);
    expect((await callOk(ctx, 'audit:query', { kinds: ['org'] })).total).toBe(1);
    expect((await callOk(ctx, 'audit:query', { keyword: '张三2' })).entries.map((e) => e.summary)).toEqual([
      '新增人员 张三22（办公室）',
      '新增人员 张三2（办公室）',
    ]);
    expect((await callOk(ctx, 'audit:query', { actor: 'nobody' })).total).toBe(0);
    expect((await callOk(ctx, 'audit:query', { from: '2000-01-01', to: '2000-12-31' })).total).toBe(0);
    const out = await callOk(ctx, 'audit:export', { kinds: ['person'], keyword: '' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.dataBase64!, 'base64') as never);
    const ws = wb.getWorksheet('操作日志')!;
    const texts: string[] = [];
    ws.eachRow((r) => texts.push(r.values!.toString()));
    expect(texts.join('\n')).toMatch(/平时考核操作日志/);
    expect(texts.filter((t) => t.includes('新增人员'))).toHaveLength(30);
    expect(texts.join('\n')).toMatch(/合计,30 条/);
    expect((await ctx.folder.audit.all()).at(-1)).toMatchObject({ action: 'audit.export' });
  });
});

describe('操作日志 at scale', () => {
  it('50,000 entries: a filtered page comes back quickly and the chain still verifies', async () => {
    const { entryHash } = await import('../../electron/services/audit/audit-log');
    const { mkdir } = await import('node:fs/promises');
    const dir = await tempDir();
    await mkdir(join(dir, 'audit'));
    let prevHash = '0'.repeat(64);
    const lines: string[] = [];
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    for (let seq = 1; seq <= 50_000; seq++) {
      const base = {
        seq,
        at: new Date(t0 + seq * 60_000).toISOString(),
        actor: seq % 7 ? '张三' : '李四',
        action: seq % 3 ? 'person.update' : 'review.save',
        target: `p-${seq % 500}`,
        summary: `修改 人员${seq % 500} 的职务`,
        before: { post: null },
        after: { post: '科长' },
        reason: null,
        prevHash,
      };
      const entry = { ...base, hash: entryHash(base) };
      prevHash = entry.hash;
      lines.push(JSON.stringify(entry));
    }
    await writeFile(join(dir, 'audit', '2026.jsonl'), `${lines.join('\n')}\n`);
    const ctx = await openTestDesk(dir);
    let t = performance.now();
    const first = await callOk(ctx, 'audit:query', { offset: 0, limit: 50 });
    const firstMs = performance.now() - t;
    t = performance.now();
    const filtered = await callOk(ctx, 'audit:query', { actor: '李四', kinds: ['review'], keyword: '人员42', offset: 50, limit: 50 });
    const filteredMs = performance.now() - t;
    expect(first.total).toBe(50_000);
    expect(first.entries[0].seq).toBe(50_000);
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.entries.every((e) => e.actor === '李四' && e.action === 'review.save' && e.summary.includes('人员42'))).toBe(true);
    console.log(
      `audit:query over 50,000 entries: first page ${firstMs.toFixed(0)} ms (reads the log), filtered page ${filteredMs.toFixed(0)} ms`,
    );
    expect(filteredMs).toBeLessThan(2_000);
    expect((await ctx.folder.audit.verify()).ok).toBe(true);
  });
});
