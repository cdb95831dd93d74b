import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../shared/text/id-card';
import { callFail, callOk, openTestDesk, person, smallOrg, tempDir } from './helpers';

const ID_MALE_1985 = makeIdNumber('450802', '1985-03-12', 123); // odd sequence → 男

describe('roster: people', () => {
  it('fills 出生年月 and 性别 from a valid 身份证号 and shows it masked', async () => {
    const ctx = await openTestDesk();
    const { office } = await smallOrg(ctx);
    const row = await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五', { idNumber: ID_MALE_1985.toLowerCase() }) });
    expect(row).toMatchObject({ name: '王五', birth: '1985.03', gender: '男', unitLabel: '办公室' });
    expect(row.idMasked).toBe(`4508**********${ID_MALE_1985.slice(-4)}`);
    const detail = await callOk(ctx, 'people:get', { id: row.id });
    expect(detail.fields.idNumber).toBeNull(); // never sent unmasked except through revealId
  });

  it('refuses a wrong checksum, a mismatch with 出生年月/性别 and a duplicate, each on its field', async () => {
    const ctx = await openTestDesk();
    const { office, hr } = await smallOrg(ctx);
    const badSum = ID_MALE_1985.slice(0, 17) + (ID_MALE_1985[17] === '0' ? '1' : '0');
    let r = await callFail(ctx, 'people:save', { unitId: office.id, fields: person('丁一', { idNumber: badSum }) });
    expect(r.code).toBe('REJECTED');
    expect(r.issues).toEqual([{ path: 'fields.idNumber', message: expect.stringMatching(/校验位错误/) }]);

    r = await callFail(ctx, 'people:save', {
      unitId: office.id,
      fields: person('丁一', { idNumber: ID_MALE_1985, birth: '1985.04', gender: '女' }),
    });
    expect(r.issues!.map((i) => i.path).sort()).toEqual(['fields.birth', 'fields.gender']);
    expect(r.message).toMatch(/1985\.03.*1985\.04/);

    await callOk(ctx, 'people:save', { unitId: office.id, fields: person('丁一', { idNumber: ID_MALE_1985 }) });
    r = await callFail(ctx, 'people:save', { unitId: hr.id, fields: person('丁二', { idNumber: ID_MALE_1985 }) });
    expect(r.message).toMatch(/已登记在 丁一（办公室）名下/);
    expect(await callOk(ctx, 'people:list', {})).toHaveLength(1);
  });

  it('keeps the stored 身份证号 when an edit leaves it out', async () => {
    const ctx = await openTestDesk();
    const { office } = await smallOrg(ctx);
    const row = await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五', { idNumber: ID_MALE_1985 }) });
    const { idNumber: _omit, ...rest } = person('王五', { post: '科员', birth: '1985.03', gender: '男' });
    await callOk(ctx, 'people:save', { id: row.id, fields: rest });
    expect((await callOk(ctx, 'people:revealId', { id: row.id })).idNumber).toBe(ID_MALE_1985);
  });

  it('lists people 按姓氏笔画, filtered by unit subtree, status, 编制类型 and search', async () => {
    const ctx = await openTestDesk();
    const { office, hr, centre } = await smallOrg(ctx);
    const sub = await callOk(ctx, 'units:save', { name: '稽核科', kind: 'department', parentId: centre.id });
    for (const [name, unit, est] of [
      ['欧阳修', office, '行政编制'],
      ['王五', hr, '编外聘用'],
      ['司马光', sub, '事业编制（参公）'],
      ['丁一', office, '行政编制'],
      ['万四', sub, '编外聘用'],
      ['马三', hr, '行政编制'],
      ['卜二', centre, '工勤编制'],
    ] as const) {
      await callOk(ctx, 'people:save', { unitId: unit.id, fields: person(name, { establishment: est }) });
    }
    const names = async (q: object) => (await callOk(ctx, 'people:list', q)).map((p) => p.name);
    // 丁(2,横) 卜(2,竖) 万(3,横) 马(3,折) 王(4) 司(5) 欧(8)
    expect(await names({})).toEqual(['丁一', '卜二', '万四', '马三', '王五', '司马光', '欧阳修']);
    expect(await names({ unitId: centre.id })).toEqual(['卜二', '万四', '司马光']);
    expect(await names({ unitId: centre.id, includeSubunits: false })).toEqual(['卜二']);
    expect(await names({ establishments: ['编外聘用'] })).toEqual(['万四', '王五']);
    expect(await names({ search: '马' })).toEqual(['马三', '司马光']);
    const wang = (await callOk(ctx, 'people:list', { search: '王五' }))[0];
    await callOk(ctx, 'people:setStatus', { personId: wang.id, status: 'left', date: '2025-06-30', note: '辞职' });
    expect(await names({})).not.toContain('王五');
    expect(await names({ statuses: ['left'] })).toEqual(['王五']);
  });

  it('a dated transfer keeps both stays in the history and refuses a date before the current stay', async () => {
    const ctx = await openTestDesk();
    const { office, hr } = await smallOrg(ctx);
    const p = await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五') });
    const detail = await callOk(ctx, 'people:get', { id: p.id });
    const bad = await callFail(ctx, 'people:transfer', { personId: p.id, toUnitId: hr.id, date: '2000-01-01' });
    expect(bad.message).toMatch(/不能早于王五进入现单位的日期/);
    const moved = await callOk(ctx, 'people:transfer', { personId: p.id, toUnitId: hr.id, date: '2099-07-01', note: '工作需要' });
    expect(moved.unitLabel).toBe('组织人事科');
    const after = await callOk(ctx, 'people:get', { id: p.id });
    expect(after.unitHistory.map((s) => [s.unitLabel, s.from, s.until])).toEqual([
      ['办公室', detail.unitHistory[0].from, '2099-06-30'],
      ['组织人事科', '2099-07-01', null],
    ]);
  });

  it('a move on the day of entry corrects the stay instead of adding one; a start date can be given', async () => {
    const ctx = await openTestDesk();
    const { office, hr } = await smallOrg(ctx);
    const p = await callOk(ctx, 'people:save', { unitId: office.id, unitSince: '2020-09-01', fields: person('王五') });
    const entered = (await callOk(ctx, 'people:get', { id: p.id })).unitHistory;
    expect(entered.map((s) => [s.unitLabel, s.from])).toEqual([['办公室', '2020-09-01']]);
    await callOk(ctx, 'people:transfer', { personId: p.id, toUnitId: hr.id, date: '2020-09-01', note: '录入时选错单位' });
    expect((await callOk(ctx, 'people:get', { id: p.id })).unitHistory.map((s) => [s.unitLabel, s.from, s.until])).toEqual([
      ['组织人事科', '2020-09-01', null],
    ]);
    const later = await callFail(ctx, 'people:save', { unitId: office.id, unitSince: '2999-01-01', fields: person('丁一') });
    expect(later.message).toBe('进入本单位的日期 2999-01-01 不能晚于今天。');
  });

  it('借调 needs the receiving unit and shows as a status, not an establishment', async () => {
    const ctx = await openTestDesk();
    const { office } = await smallOrg(ctx);
    const p = await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五', { establishment: '行政编制' }) });
    expect((await callFail(ctx, 'people:setStatus', { personId: p.id, status: 'seconded', date: '2025-03-01' })).message).toMatch(
      /借调单位/,
    );
    const row = await callOk(ctx, 'people:setStatus', { personId: p.id, status: 'seconded', date: '2025-03-01', secondedTo: '市委巡察办' });
    expect(row).toMatchObject({ status: 'seconded', secondedTo: '市委巡察办', establishment: '行政编制' });
  });

  it('every change is in the audit log with who, before and after — and never a full 身份证号', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir, { snapshotOnOpen: false });
    const { office } = await smallOrg(ctx);
    const p = await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五', { idNumber: ID_MALE_1985 }) });
    await callOk(ctx, 'people:save', {
      id: p.id,
      fields: person('王五', { post: '科长', birth: '1985.03', gender: '男', idNumber: undefined }),
    });
    await callOk(ctx, 'people:revealId', { id: p.id });
    const log = await callOk(ctx, 'audit:recent', { limit: 10 });
    expect(log.map((e) => e.action)).toEqual(['person.revealId', 'person.update', 'person.create', 'org.create']);
    expect(log[1]).toMatchObject({
      actor: expect.any(String),
      summary: '修改 王五 的职务',
      before: { post: null },
      after: { post: '科长' },
    });
    const files = await readdir(join(dir, 'audit'));
    const text = await readFile(join(dir, 'audit', files[0]), 'utf8');
    expect(text).not.toContain(ID_MALE_1985);
    expect((await callOk(ctx, 'data:verify', {})).ok).toBe(true);
  });
});

describe('roster: units and roles', () => {
  it('keeps the unit tree well formed', async () => {
    const ctx = await openTestDesk();
    const { office, centre } = await smallOrg(ctx);
    expect((await callFail(ctx, 'units:save', { name: '某科', kind: 'department', parentId: office.id })).message).toMatch(
      /科室不能设在“办公室”（科室）下/,
    );
    expect(
      (
        await callFail(ctx, 'units:save', {
          name: '办公室',
          kind: 'department',
          parentId: office.id.replace(office.id, (await callOk(ctx, 'units:list', {}))[0].id),
        })
      ).message,
    ).toMatch(/已有名为“办公室”/);
    const p = await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五') });
    expect((await callFail(ctx, 'units:deactivate', { id: office.id })).message).toMatch(/还有 1 名在职人员（如王五）/);
    await callOk(ctx, 'people:transfer', { personId: p.id, toUnitId: centre.id, date: '2099-01-01' });
    const left = await callOk(ctx, 'units:deactivate', { id: office.id });
    expect(left.map((u) => u.name)).not.toContain('办公室');
    const moved = await callOk(ctx, 'units:move', { id: centre.id, direction: 'up' });
    expect(moved.map((u) => u.name)).toEqual(['局机关', '医疗保障事业管理中心', '组织人事科']);
  });

  it('manager roles must be held over the right kind of unit', async () => {
    const ctx = await openTestDesk();
    const { bureau, office, centre } = await smallOrg(ctx);
    const p = await callOk(ctx, 'people:save', { unitId: office.id, fields: person('王五') });
    const wrong = await callFail(ctx, 'roles:save', { personId: p.id, kind: 'departmentHead', unitId: centre.id, from: '2025-01-01' });
    expect(wrong.message).toBe('科室负责人的范围应是科室，而“医疗保障事业管理中心”是二层单位。');
    await callOk(ctx, 'roles:save', { personId: p.id, kind: 'departmentHead', unitId: office.id, from: '2025-01-01' });
    const lm = await callOk(ctx, 'roles:save', {
      personId: p.id,
      kind: 'leadershipMember',
      unitId: bureau.id,
      supervisedUnitIds: [centre.id],
      from: '2025-01-01',
    });
    expect(lm.supervisedLabels).toEqual(['医疗保障事业管理中心']);
    expect((await callOk(ctx, 'people:list', {}))[0].roles).toEqual(['科室负责人', '党组班子成员']);
    const twice = await callFail(ctx, 'roles:save', { personId: p.id, kind: 'departmentHead', unitId: office.id, from: '2025-06-01' });
    expect(twice.message).toMatch(/已担任“办公室”的科室负责人/);
  });

  it('flags the people nobody rates (无评鉴人) on their row and counts them per unit, until a 科室负责人 or 分管领导 is set up', async () => {
    const ctx = await openTestDesk();
    const { bureau, office, centre } = await smallOrg(ctx);
    const add = async (name: string, unitId: string) => (await callOk(ctx, 'people:save', { unitId, fields: person(name) })).id;
    const guo = await add('郭局长', bureau.id);
    const wang = await add('王五', office.id);
    await add('丁一', office.id);
    await add('赵六', centre.id);
    await callOk(ctx, 'roles:save', { personId: guo, kind: 'principal', unitId: bureau.id, from: '2020-01-01' });
    const flagged = async () =>
      (await callOk(ctx, 'people:list', {}))
        .filter((p) => p.noReviewer)
        .map((p) => p.name)
        .sort();
    const unrated = async () => Object.fromEntries((await callOk(ctx, 'units:list', {})).map((u) => [u.name, u.unrated]));
    // 郭局长 is appraised by the superior organisation: never flagged; nobody rates the others yet.
    expect(await flagged()).toEqual(['丁一', '王五', '赵六']);
    expect(await unrated()).toEqual({ 局机关: 0, 办公室: 2, 组织人事科: 0, 医疗保障事业管理中心: 1 });
    // 王五 heads 办公室: he rates 丁一, and the 局长 rates him while nobody 分管 办公室.
    await callOk(ctx, 'roles:save', { personId: wang, kind: 'departmentHead', unitId: office.id, from: '2020-01-01' });
    expect(await flagged()).toEqual(['赵六']);
    const li = await add('李四', bureau.id);
    await callOk(ctx, 'roles:save', {
      personId: li,
      kind: 'leadershipMember',
      unitId: bureau.id,
      supervisedUnitIds: [centre.id],
      from: '2020-01-01',
    });
    expect(await flagged()).toEqual([]);
    expect(await unrated()).toEqual({ 局机关: 0, 办公室: 0, 组织人事科: 0, 医疗保障事业管理中心: 0 });
  });

  it('demo data is realistic and valid', async () => {
    const ctx = await openTestDesk();
    // Two years give transfers and departures; ten years of quarters are npm run bench's job.
    const status = await callOk(ctx, 'org:loadDemo', { people: 5000, years: 2 });
    expect(status.counts.people).toBe(5000);
    expect(status.counts.units).toBeGreaterThanOrEqual(55);
    expect(status.counts.units).toBeLessThanOrEqual(70);
    const report = await callOk(ctx, 'data:verify', {});
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    const roles = await callOk(ctx, 'roles:list', {});
    for (const kind of ['principal', 'leadershipMember', 'subunitLeader', 'personnelHead', 'departmentHead'])
      expect(roles.some((r) => r.kind === kind)).toBe(true);
    const rows = await callOk(ctx, 'people:list', { establishments: ['编外聘用'] });
    expect(rows.length).toBeGreaterThan(500);
  });
});
