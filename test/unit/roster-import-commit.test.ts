import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeskContext } from '../../electron/services/context';
import { callFail, callOk, fixture, fixtureOrg, openTestDesk, tempDir } from './helpers';

/** The roster layouts written through the contract: people, units, the ticked proposals, the remembered columns. */
const roster = (name: string) => fixture(`rosters/${name}`);

const bureau = async (): Promise<DeskContext> => fixtureOrg(await openTestDesk());

const preview = (ctx: DeskContext, file: string, extra: { expect?: { unitId?: string }; mapping?: Record<string, string> } = {}) =>
  callOk(ctx, 'import:preview', { kind: 'roster', sources: [{ file: roster(file) }], ...extra });
const auditCount = async (ctx: DeskContext) => (await callOk(ctx, 'audit:recent', { limit: 1000 })).length;

describe('roster import: what is written', () => {
  it('a 干部名册 by sections: people in their units, the new 科室, the roles left ticked, one log entry', async () => {
    const ctx = await bureau();
    const p = await preview(ctx, '干部名册-分单位段.xls');
    expect(p.roster!.proposals.map((x) => x.label)).toHaveLength(8);
    const skip = p.roster!.proposals.find((x) => x.label.startsWith('陆志明'))!.id;
    const before = await auditCount(ctx);
    const result = await callOk(ctx, 'import:commit', {
      previewId: p.previewId,
      accept: p.roster!.proposals.map((x) => x.id).filter((id) => id !== skip),
    });
    expect(result).toMatchObject({
      created: 10,
      newUnits: ['医疗保障事业管理中心 结算科', '医疗保障事业管理中心 综合科'],
      also: ['管理职责 7 项'],
    });
    expect(await auditCount(ctx)).toBe(before + 1);
    const entry = (await callOk(ctx, 'audit:recent', { limit: 1 }))[0];
    expect(entry.summary).toBe(
      '导入花名册“干部名册-分单位段.xls”：新增 10 人，更新 0 人，未变 0 人，新建单位 医疗保障事业管理中心 结算科、医疗保障事业管理中心 综合科，管理职责 7 项',
    );
    const people = await callOk(ctx, 'people:list', {});
    const unitOf = (name: string) => people.find((x) => x.name === name)!.unitLabel;
    expect([unitOf('韦国强'), unitOf('覃建华'), unitOf('甘小燕'), unitOf('潘雪')]).toEqual([
      '局机关',
      '待遇保障科',
      '医疗保障事业管理中心 结算科',
      '医疗保障事业管理中心',
    ]);
    expect(people.find((x) => x.name === '覃建华')!.post).toBe('科长');
    // Each role is held since the month of its 任现职时间 in the file, so earlier periods are graded with it.
    const roles = (await callOk(ctx, 'roles:list', {})).map((r) => `${r.personName} ${r.kind} ${r.unitLabel} ${r.from}`);
    expect(roles.sort()).toEqual(
      [
        '韦国强 principal 局机关 2021-03-01',
        '蒙丽娟 leadershipMember 局机关 2021-05-01',
        '覃建华 departmentHead 待遇保障科 2022-01-01',
        '黎晓梅 departmentHead 组织人事科 2021-09-01',
        '黎晓梅 personnelHead 局机关 2021-09-01',
        '何春燕 subunitLeader 医疗保障事业管理中心 2020-11-01',
        '甘小燕 departmentHead 医疗保障事业管理中心 结算科 2023-02-01',
      ].sort(),
    );
    // Importing the same file again changes nobody and proposes only the role left out.
    const again = await preview(ctx, '干部名册-分单位段.xls');
    expect(again.counts).toMatchObject({ unchanged: 10, new: 0, changed: 0 });
    expect(again.roster!.proposals.map((x) => x.label)).toEqual(['陆志明：二层单位班子成员（医疗保障事业管理中心）']);
  });

  it('the national workbook: people with their joined posts, A14 as 表现记录 and A15 as past annual results', async () => {
    const ctx = await bureau();
    const p = await preview(ctx, 'Data_(干部)模板-已填.xls');
    const result = await callOk(ctx, 'import:commit', { previewId: p.previewId, mode: 'validOnly' });
    expect(result).toMatchObject({
      created: 5,
      skipped: 1,
      newUnits: [],
      also: ['管理职责 6 项', '表现记录 2 条', '历年年度考核结果 3 条'],
    });
    const people = await callOk(ctx, 'people:list', {});
    const zhao = await callOk(ctx, 'people:get', { id: people.find((x) => x.name === '赵敏')!.id });
    expect(zhao.pastResults).toEqual([
      { year: 2023, result: '优秀', source: '导入自 Data_(干部)模板-已填.xls' },
      { year: 2024, result: '称职', source: '导入自 Data_(干部)模板-已填.xls' },
    ]);
    expect(zhao.fields).toMatchObject({
      post: '科长',
      postFullTitle: 'XX市医疗保障局组织人事科科长',
      category: '在机关工作的事业编制人员',
    });
    const incidents = await callOk(ctx, 'incidents:list', {});
    expect(incidents.map((i) => [i.name, i.kind, i.handling, i.date]).sort()).toEqual([
      ['赵敏', '表彰奖励', '嘉奖', '2024-01-15'],
      ['陈志强', '其他负面情形', '政务警告', '2026-03-10'],
    ]);
    // A second import offers none of them again.
    const again = await preview(ctx, 'Data_(干部)模板-已填.xls');
    expect(again.roster!.proposals.filter((x) => x.group === 'incident')).toEqual([]);
  });

  it('职称, 职务层次, 现工作单位及职务全称/简称 are exported again and import back unchanged', async () => {
    const ctx = await bureau();
    const p = await preview(ctx, 'Data_(干部)模板-已填.xls');
    await callOk(ctx, 'import:commit', { previewId: p.previewId, mode: 'validOnly', accept: [] });
    const file = join(await tempDir(), '花名册.xlsx');
    await callOk(ctx, 'roster:export', { file });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const header = wb.worksheets[0].getRow(4).values as unknown[];
    expect(header).toEqual(
      expect.arrayContaining(['职务层次', '任现职务层次时间', '职称', '现工作单位及职务全称', '现工作单位及职务简称']),
    );
    const back = await callOk(ctx, 'import:preview', { kind: 'roster', sources: [{ file }] });
    expect(back.counts).toMatchObject({ unchanged: 5, new: 0, changed: 0, invalid: 0 });
    expect(back.columns.filter((c) => c.field === null).map((c) => `${c.label}：${c.sample}`)).toEqual(['序号：1']);
  });

  it('a column mapped by the clerk is remembered by its header for the next import', async () => {
    const ctx = await bureau();
    const first = await preview(ctx, 'gbhmc3-自选列.xls', { mapping: { 统计关系所在单位: 'note' } });
    await callOk(ctx, 'import:commit', { previewId: first.previewId, mode: 'validOnly', accept: [] });
    const people = await callOk(ctx, 'people:list', {});
    const qin = await callOk(ctx, 'people:get', { id: people.find((x) => x.name === '覃建华')!.id });
    expect(qin.fields.note).toBe('XX市医疗保障局');
    expect(await callOk(ctx, 'roles:list', {})).toEqual([]);
    const next = await preview(ctx, 'gbhmc3-自选列.xls');
    expect(next.columns.find((c) => c.label === '统计关系所在单位')).toMatchObject({ field: 'note', fieldLabel: '备注', chosen: true });
    // Set back to “not used”: forgotten once that import is written.
    const undo = await preview(ctx, 'gbhmc3-自选列.xls', { mapping: { 统计关系所在单位: '' } });
    expect(undo.columns.find((c) => c.label === '统计关系所在单位')).toMatchObject({ field: null });
    await callOk(ctx, 'import:commit', { previewId: undo.previewId, mode: 'validOnly' });
    expect((await preview(ctx, 'gbhmc3-自选列.xls')).columns.find((c) => c.label === '统计关系所在单位')).toMatchObject({
      field: null,
      chosen: false,
    });
  });

  it('导入到 by name or id; an unknown unit is refused with a sentence', async () => {
    const ctx = await bureau();
    const office = (await callOk(ctx, 'units:list', {})).find((u) => u.name === '办公室')!;
    for (const unitId of ['办公室', office.id]) {
      const p = await preview(ctx, 'gbhmc1-单位在现任职务中.xls', { expect: { unitId } });
      expect(p.counts.invalid).toBe(0);
      expect(p.roster!.fileUnitId).toBe(office.id);
    }
    const r = await callFail(ctx, 'import:preview', {
      kind: 'roster',
      sources: [{ file: roster('gbhmc1-单位在现任职务中.xls') }],
      expect: { unitId: '财务科' },
    });
    expect(r.message).toBe('找不到单位“财务科”。请用“单位”页面上的名称或单位编号。');
  });
});
