import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeskContext } from '../../electron/services/context';
import { callFail, callOk, fixture, openTestDesk, person, smallOrg, tempDir } from './helpers';

const preview = (ctx: DeskContext, kind: 'incidents' | 'reviews' | 'records', files: string[], expect: object = {}) =>
  callOk(ctx, 'import:preview', { kind, sources: files.map((file) => ({ file })), expect });

async function bureauWithRoster(ctx: DeskContext) {
  await callOk(ctx, 'org:create', {
    name: 'XX市医疗保障局',
    departments: ['办公室', '组织人事科', '规划财务和法规科', '待遇保障科', '医药服务管理科', '医药价格和招标采购科', '基金监管科'],
    subunits: ['医疗保障事业管理中心'],
  });
  const p = await callOk(ctx, 'import:preview', { kind: 'roster', sources: [{ file: fixture('花名册-基本.xlsx') }] });
  await callOk(ctx, 'import:commit', { previewId: p.previewId, mode: 'all' });
}

describe('表现记录 import (fixtures/表现及问责记录.xlsx)', () => {
  it('matches every row to a person on the roster, with kinds, handlings and impact windows', async () => {
    const ctx = await openTestDesk();
    await bureauWithRoster(ctx);
    const p = await preview(ctx, 'incidents', [fixture('表现及问责记录.xlsx')]);
    expect(p.counts).toEqual({ new: 4, changed: 0, unchanged: 0, invalid: 0, total: 4 });
    const r = await callOk(ctx, 'import:commit', { previewId: p.previewId, mode: 'all' });
    expect(r.created).toBe(4);
    const rows = await callOk(ctx, 'incidents:list', {});
    expect(rows.map((i) => [i.name, i.unitLabel, i.date, i.kind, i.handling, i.docNo, i.impactMonths, i.impactUntil])).toEqual([
      ['陈涛英', '待遇保障科', '2025-05-20', '造成不良影响', '诫勉', '医保党组〔2025〕11号', 12, '2026-05-19'],
      ['高敏', '医疗保障事业管理中心 综合科', '2025-04-08', '表彰奖励', '通报表扬', '医保发〔2025〕19号', 0, '2025-04-08'],
      ['欧阳芳超', '办公室', '2025-03-03', '昏庸懒散拖问题突出', '提醒谈话', null, 3, '2025-06-02'],
      ['赵杰敏', '组织人事科', '2025-02-14', '工作推进不理想', '通报批评', '医保发〔2025〕3号', 6, '2025-08-13'],
    ]);
    // Importing the same list again adds nothing.
    expect((await preview(ctx, 'incidents', [fixture('表现及问责记录.xlsx')])).counts).toMatchObject({ new: 0, unchanged: 4 });
  });

  it('a name not on the roster is an error, never a new person', async () => {
    const ctx = await openTestDesk();
    await smallOrg(ctx);
    await callOk(ctx, 'people:save', { unitId: (await callOk(ctx, 'units:list', {}))[1].id, fields: person('赵杰敏') });
    const p = await preview(ctx, 'incidents', [fixture('表现及问责记录.xlsx')]);
    expect(p.counts).toMatchObject({ new: 1, invalid: 3 });
    expect(p.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [4, '姓名', '花名册中没有“欧阳芳超”，请先把此人登记到花名册（导入不会自动新增人员）'],
      [5, '姓名', '花名册中没有“陈涛英”，请先把此人登记到花名册（导入不会自动新增人员）'],
      [6, '姓名', '花名册中没有“高敏”，请先把此人登记到花名册（导入不会自动新增人员）'],
    ]);
    const people = await callOk(ctx, 'people:list', {});
    await callOk(ctx, 'import:commit', { previewId: p.previewId, mode: 'validOnly' });
    expect(await callOk(ctx, 'people:list', {})).toEqual(people);
  });
});

describe('科室评鉴表: export, fill in Excel, import back', () => {
  async function periodWithStaff(ctx: DeskContext) {
    const { office, hr } = await smallOrg(ctx);
    const ids: Record<string, string> = {};
    for (const [name, unit] of [
      ['王五', office],
      ['丁一', office],
      ['卜二', office],
      ['马三', hr],
    ] as const) {
      ids[name] = (await callOk(ctx, 'people:save', { unitId: unit.id, fields: person(name, { post: '科员' }) })).id;
    }
    await callOk(ctx, 'roles:save', { personId: ids['王五'], kind: 'departmentHead', unitId: office.id, from: '2020-01-01' });
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
    await callOk(ctx, 'periods:setUndetermined', { periodId: '2025-Q1', personId: ids['卜二'], reason: '新录用试用期', note: null });
    await callOk(ctx, 'reviews:save', { periodId: '2025-Q1', personId: ids['丁一'], score: 85, proposed: null, comment: null });
    return { office, hr, ids };
  }

  async function exportSheet(ctx: DeskContext, unitId: string) {
    const file = join(await tempDir(), '评鉴表.xlsx');
    await callOk(ctx, 'reviews:exportSheet', { periodId: '2025-Q1', unitId, file });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return { file, wb, ws: wb.getWorksheet('评鉴表')! };
  }

  it('is protected, with a 等次 dropdown, score validation, hidden ids and the period and unit stamped', async () => {
    const ctx = await openTestDesk();
    const { office, ids } = await periodWithStaff(ctx);
    const { ws, wb } = await exportSheet(ctx, office.id);
    expect(ws.getCell('A1').value).toBe('测试市医疗保障局平时考核主管领导评鉴表');
    expect([ws.getCell('A2').value, ws.getCell('E2').value]).toEqual(['单位：办公室', '考核周期：2025年第一季度']);
    const rows = [5, 6, 7].map((r) => [1, 2, 4, 5, 6, 8].map((c) => ws.getCell(r, c).value));
    expect(rows).toEqual([
      [1, '丁一', '王五', 85, null, ids['丁一']],
      [2, '卜二', '王五', null, '不确定等次（新录用试用期）', ids['卜二']],
      [3, '王五', '', null, null, ids['王五']],
    ]);
    expect(ws.getColumn(8).hidden).toBe(true);
    expect((ws as unknown as { sheetProtection: object }).sheetProtection).toMatchObject({ sheet: true });
    expect(ws.getCell('F5').dataValidation).toMatchObject({ type: 'list', formulae: ['"好,较好,一般,较差"'] });
    expect(ws.getCell('E5').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 100] });
    expect(ws.getCell('E5').protection).toMatchObject({ locked: false });
    expect(ws.getCell('E6').protection?.locked).not.toBe(false); // 不确定等次: not to be filled
    expect(wb.getWorksheet('_平时考核')!.state).toBe('veryHidden');
  });

  it('a filled sheet imports back matched by id (rows re-ordered), with the changes previewed', async () => {
    const ctx = await openTestDesk();
    const { office, ids } = await periodWithStaff(ctx);
    const { file, wb, ws } = await exportSheet(ctx, office.id);
    // The 科室负责人 fills it in, and sorts the rows differently (by score, say).
    ws.getCell('E5').value = 93;
    ws.getCell('F5').value = '好';
    ws.getCell('G5').value = '主动担当，完成电子处方流转规范';
    ws.getCell('E7').value = 88;
    ws.getCell('F7').value = '较好';
    const a = ws.getRow(5).values as ExcelJS.CellValue[];
    const c = ws.getRow(7).values as ExcelJS.CellValue[];
    ws.getRow(5).values = c;
    ws.getRow(7).values = a;
    await wb.xlsx.writeFile(file);
    const p = await preview(ctx, 'reviews', [file], { periodId: '2025-Q1', unitId: office.id });
    expect(p.errors).toEqual([]);
    expect(p.counts).toEqual({ new: 1, changed: 1, unchanged: 1, invalid: 0, total: 3 });
    expect(p.rows.find((r) => r.name === '丁一')!.changes).toEqual([
      { field: 'score', label: '分数', before: '85', after: '93' },
      { field: 'proposed', label: '拟评等次', before: null, after: '好' },
      { field: 'comment', label: '评鉴意见', before: null, after: '主动担当，完成电子处方流转规范' },
    ]);
    await callOk(ctx, 'import:commit', { previewId: p.previewId, mode: 'all' });
    const grid = await callOk(ctx, 'reviews:grid', { periodId: '2025-Q1', unitId: office.id });
    expect(grid.rows.map((r) => [r.name, r.score, r.proposed])).toEqual([
      ['丁一', 93, 'good'],
      ['卜二', null, null],
      ['王五', 88, 'fair'],
    ]);
    expect(ids).toBeTruthy();
  });

  it("a 评鉴人's sheet holds only the people he rates (not himself, not the leaders) and imports back to them only", async () => {
    const ctx = await openTestDesk();
    const { bureau, office } = await smallOrg(ctx);
    const add = async (name: string, unitId: string, post: string) =>
      (await callOk(ctx, 'people:save', { unitId, fields: person(name, { post }) })).id;
    const guo = await add('郭局长', bureau.id, '党组书记、局长');
    const li = await add('李副局长', bureau.id, '党组成员、副局长');
    const wang = await add('王科长', office.id, '科长');
    await add('丁一', office.id, '科员');
    await add('卜二', office.id, '科员');
    const role = (personId: string, kind: string, unitId: string, extra = {}) =>
      callOk(ctx, 'roles:save', { personId, kind, unitId, from: '2020-01-01', ...extra } as never);
    await role(guo, 'principal', bureau.id);
    await role(li, 'leadershipMember', bureau.id, { supervisedUnitIds: [office.id] });
    await role(wang, 'departmentHead', office.id);
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
    const sheetOf = async (unitId: string, reviewerId: string) => {
      const file = join(await tempDir(), '评鉴表.xlsx');
      await callOk(ctx, 'reviews:exportSheet', { periodId: '2025-Q1', unitId, reviewerId, file });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet('评鉴表')!;
      const rows: string[][] = [];
      for (let r = 5; ws.getCell(r, 2).value; r++) rows.push([String(ws.getCell(r, 2).value), String(ws.getCell(r, 4).value)]);
      return { file, wb, ws, rows };
    };
    // 王科长 rates his 科员 only; 李副局长 rates 王科长; the 局长 rates 李副局长 and nobody rates the 局长 here.
    const wangSheet = await sheetOf(office.id, wang);
    expect(wangSheet.rows).toEqual([
      ['丁一', '王科长'],
      ['卜二', '王科长'],
    ]);
    expect(wangSheet.ws.getCell('A2').value).toBe('单位：办公室　　评鉴人：王科长');
    const named = await callOk(ctx, 'reviews:exportSheet', { periodId: '2025-Q1', unitId: office.id, reviewerId: wang });
    expect(named.fileName).toBe('评鉴表-2025年第一季度-办公室-王科长-20261207.xlsx');
    expect((await sheetOf(office.id, li)).rows).toEqual([['王科长', '李副局长']]);
    expect((await sheetOf(bureau.id, guo)).rows).toEqual([['李副局长', '郭局长']]);
    expect((await callFail(ctx, 'reviews:exportSheet', { periodId: '2025-Q1', unitId: bureau.id, reviewerId: wang })).message).toBe(
      '2025年第一季度“局机关”的考核名单中没有由王科长评鉴的人，没有导出评鉴表。',
    );

    // Filled in and read back: it applies to his two people; a row slipped in for himself is refused.
    const { ws, wb, file } = wangSheet;
    ws.getCell('E5').value = 92;
    ws.getCell('F5').value = '好';
    ws.getCell('F6').value = '较好';
    await wb.xlsx.writeFile(file);
    const p = await preview(ctx, 'reviews', [file], { periodId: '2025-Q1', unitId: office.id });
    expect(p.errors).toEqual([]);
    expect(p.rows.map((r) => [r.name, r.status])).toEqual([
      ['丁一', 'new'],
      ['卜二', 'new'],
    ]);
    ws.getRow(7).values = [3, '王科长', '科长', '王科长', 99, '好', '自评', wang];
    await wb.xlsx.writeFile(file);
    const tampered = await preview(ctx, 'reviews', [file], { periodId: '2025-Q1', unitId: office.id });
    expect(tampered.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [7, '姓名', '王科长不由王科长评鉴，这份王科长的评鉴表不能为其填写等次'],
    ]);
    await callOk(ctx, 'import:commit', { previewId: tampered.previewId, mode: 'validOnly' });
    const grid = await callOk(ctx, 'reviews:grid', { periodId: '2025-Q1', unitId: office.id });
    expect(grid.rows.map((r) => [r.name, r.reviewerName, r.score, r.proposed])).toEqual([
      ['丁一', '王科长', 92, 'good'],
      ['卜二', '王科长', null, 'fair'],
      ['王科长', '李副局长', null, null],
    ]);
  });

  it('refuses a sheet of another unit or period, bad scores and grades, and a changed name', async () => {
    const ctx = await openTestDesk();
    const { office, hr } = await periodWithStaff(ctx);
    const { file, wb, ws } = await exportSheet(ctx, office.id);
    const other = await preview(ctx, 'reviews', [file], { periodId: '2025-Q1', unitId: hr.id });
    expect(other.errors[0].message).toBe('这份评鉴表属于2025年第一季度“办公室”，不是当前的2025年第一季度“组织人事科”，已拒绝导入。');
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 2 });
    expect((await preview(ctx, 'reviews', [file], { periodId: '2025-Q2' })).errors[0].message).toMatch(
      /^这份评鉴表属于2025年第一季度“办公室”，不是当前的2025年第二季度/,
    );
    ws.getCell('E5').value = 105;
    ws.getCell('F5').value = '优';
    ws.getCell('B7').value = '王六';
    await wb.xlsx.writeFile(file);
    const p = await preview(ctx, 'reviews', [file], { periodId: '2025-Q1', unitId: office.id });
    expect(p.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [5, '分数', '分数“105”应为0到100之间的数字'],
      [5, '拟评等次', '拟评等次“优”不在可选范围内（可填：好、较好、一般、较差）'],
      [7, '姓名', '姓名“王六”与编号对应的“王五”不一致（请勿调换行的顺序或改动姓名）'],
    ]);
    expect((await callFail(ctx, 'import:commit', { previewId: p.previewId, mode: 'all' })).message).toMatch(/^有 2 行不能导入/);
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').addRows([
      ['姓名', '分数', '拟评等次', '编号'],
      ['丁一', 90, '好', 'x'],
    ]);
    const handMade = join(await tempDir(), '自制.xlsx');
    await plain.xlsx.writeFile(handMade);
    expect((await preview(ctx, 'reviews', [handMade])).errors[0].message).toMatch(/^这不是本程序导出的评鉴表/);
  });
});

describe('工作纪实表: template out, many filled files in', () => {
  it('imports filled templates of several people at once; dates outside the period and unknown names are errors', async () => {
    const ctx = await openTestDesk();
    const { office } = await smallOrg(ctx);
    for (const name of ['丁一', '卜二']) await callOk(ctx, 'people:save', { unitId: office.id, fields: person(name) });
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
    const dir = await tempDir();
    const files: string[] = [];
    for (const [name, entries] of [
      [
        '丁一',
        [
          ['2025.01.06', '起草年度工作要点', '已完成'],
          ['2025.04.01', '越界的一条', ''],
        ],
      ],
      ['卜二', [['2025-02-10', '基金监管专项检查', '进行中（60%）']]],
    ] as const) {
      const people = await callOk(ctx, 'people:list', { search: name });
      const file = join(dir, `${name}.xlsx`);
      await callOk(ctx, 'records:exportSheet', { periodId: '2025-Q1', personId: people[0].id, file });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.worksheets.find((w) => w.state === 'visible')!;
      expect(ws.getCell('A1').value).toBe('工作纪实表');
      entries.forEach(([date, content, progress], i) => {
        ws.getCell(4 + i, 2).value = date;
        ws.getCell(4 + i, 3).value = content;
        ws.getCell(4 + i, 4).value = progress || null;
      });
      await wb.xlsx.writeFile(file);
      files.push(file);
    }
    const flat = new ExcelJS.Workbook();
    flat.addWorksheet('汇总').addRows([
      ['姓名', '时间', '工作内容'],
      ['张无忌', '2025-03-01', '不在名单的人'],
    ]);
    files.push(join(dir, '汇总.xlsx'));
    await flat.xlsx.writeFile(files[2]);
    const p = await preview(ctx, 'records', files, { periodId: '2025-Q1' });
    expect(p.counts).toEqual({ new: 2, changed: 0, unchanged: 0, invalid: 2, total: 4 });
    expect(p.errors.map((e) => [e.sheet, e.row, e.column, e.message])).toEqual([
      ['丁一.xlsx：丁一', 5, '时间', '日期 2025-04-01 不在2025年第一季度（2025-01-01 至 2025-03-31）之内'],
      ['汇总.xlsx：汇总', 2, '姓名', '“张无忌”不在2025年第一季度的考核名单中（导入不会自动新增人员）'],
    ]);
    await callOk(ctx, 'import:commit', { previewId: p.previewId, mode: 'validOnly' });
    const recs = await callOk(ctx, 'records:list', { periodId: '2025-Q1' });
    expect(recs.map((r) => [r.name, r.date, r.content, r.progress])).toEqual([
      ['丁一', '2025-01-06', '起草年度工作要点', '已完成'],
      ['卜二', '2025-02-10', '基金监管专项检查', '进行中（60%）'],
    ]);
    // The filled template of 丁一 exported again shows the recorded entry, and re-importing adds nothing.
    const again = await preview(ctx, 'records', [files[1]], { periodId: '2025-Q1' });
    expect(again.counts).toMatchObject({ new: 0, unchanged: 1 });
  });
});
