import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import type { DeskContext } from '../../electron/services/context';
import { callOk, fixture, fixtureOrg, openTestDesk, tempDir } from './helpers';

const roster = (name: string) => fixture(`rosters/${name}`);

async function bureauWithPeople(dir?: string): Promise<DeskContext> {
  const ctx = await fixtureOrg(await openTestDesk(dir));
  const p = await callOk(ctx, 'import:preview', { kind: 'roster', sources: [{ file: roster('干部名册-分单位段.xls') }] });
  await callOk(ctx, 'import:commit', { previewId: p.previewId, accept: [] });
  return ctx;
}

/** The template as the clerk gets it, with rows typed under its header (row 3). */
async function filledTemplate(ctx: DeskContext, rows: (string | null)[][]): Promise<string> {
  const out = await callOk(ctx, 'roles:template', {});
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(out.dataBase64!, 'base64') as never);
  const ws = wb.worksheets[0];
  let at = 4;
  while (ws.getCell(at, 1).value) at++;
  rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(at + i, j + 1).value = v)));
  const file = join(await tempDir(), '管理职责.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const previewRoles = (ctx: DeskContext, file: string) => callOk(ctx, 'import:preview', { kind: 'roles', sources: [{ file }] });

describe('import roles: the 管理职责 sheet and its template', () => {
  it('the template: title, the note, the import’s own header, a dropdown for 职责', async () => {
    const ctx = await bureauWithPeople();
    const out = await callOk(ctx, 'roles:template', {});
    expect(out.fileName).toBe('管理职责导入表.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.dataBase64!, 'base64') as never);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('XX市医疗保障局管理职责导入表');
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(['姓名', '身份证号', '职责', '范围', '分管单位', '起始日期']);
    expect(ws.getCell('C4').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"党组主要负责人,党组班子成员,二层单位班子成员,组织人事负责人,科室负责人"'],
    });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
  });

  it('reads roles, scopes and 分管单位; names every problem; writes the valid rows in one change', async () => {
    const ctx = await bureauWithPeople();
    const file = await filledTemplate(ctx, [
      ['韦国强', null, '党组主要负责人', null, null, null],
      ['蒙丽娟', null, '班子成员', null, '办公室、待遇保障科', '2025-01-01'],
      ['覃建华', null, '科室负责人', null, null, null],
      ['何春燕', null, '二层单位班子成员', '医疗保障事业管理中心', null, null],
      ['黎晓梅', null, '组织人事负责人', null, null, null],
      ['周文斌', null, '科室负责人', '财务科', null, null],
      ['王五', null, '班子成员', null, null, null],
      ['黎晓梅', null, '科室负责人', '组织人事科', '办公室', null],
      ['覃建华', null, '分管', null, null, null],
    ]);
    const p = await previewRoles(ctx, file);
    expect(p.counts).toEqual({ new: 5, changed: 0, unchanged: 0, invalid: 4, total: 9 });
    expect(p.errors.map((e) => `${e.row} ${e.column}：${e.message}`)).toEqual([
      '9 范围：找不到单位“财务科”，请先在“单位”页面建立',
      '10 姓名：花名册中没有“王五”（请先导入花名册）',
      '11 职责：只有党组班子成员可以填写分管单位。',
      '12 职责：职责“分管”不在可选范围内（可填：党组主要负责人、党组班子成员、二层单位班子成员、组织人事负责人、科室负责人）',
    ]);
    expect(p.rows.slice(0, 5).map((r) => `${r.name} ${r.unitLabel}`)).toEqual([
      '韦国强 局机关',
      '蒙丽娟 局机关',
      '覃建华 待遇保障科',
      '何春燕 医疗保障事业管理中心',
      '黎晓梅 局机关',
    ]);
    const result = await callOk(ctx, 'import:commit', { previewId: p.previewId, mode: 'validOnly' });
    expect(result).toMatchObject({ created: 5, skipped: 4 });
    expect((await callOk(ctx, 'audit:recent', { limit: 1 }))[0].summary).toBe(
      '导入管理职责“管理职责.xlsx”：新增 5 项，更新 0 项，未变 0 项，跳过 4 行有误的行',
    );
    const roles = await callOk(ctx, 'roles:list', {});
    expect(roles.find((r) => r.personName === '蒙丽娟')).toMatchObject({
      kind: 'leadershipMember',
      supervisedLabels: ['办公室', '待遇保障科'],
      from: '2025-01-01',
    });
    expect(roles.find((r) => r.personName === '韦国强')!.from).toBe('2026-12-07');

    // The template now carries them; one 分管 list changed comes back as a change, the rest unchanged.
    const again = await filledTemplate(ctx, []);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    const ws = wb.worksheets[0];
    const rowOf = [4, 5, 6, 7, 8].find((r) => ws.getCell(r, 1).value === '蒙丽娟')!;
    ws.getCell(rowOf, 5).value = '办公室';
    await wb.xlsx.writeFile(again);
    const second = await previewRoles(ctx, again);
    expect(second.counts).toEqual({ new: 0, changed: 1, unchanged: 4, invalid: 0, total: 5 });
    expect(second.rows.find((r) => r.name === '蒙丽娟')!.changes).toEqual([
      { field: 'supervisedUnitIds', label: '分管单位', before: '办公室、待遇保障科', after: '办公室' },
    ]);
  });
});

describe('CLI: roster layouts and roles', () => {
  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      args,
      (s) => out.push(s),
      (s) => err.push(s),
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('--unit places the rows the file does not; --json names the unused columns; --map reads one as a field', async () => {
    const dir = join(await tempDir(), 'data');
    const init = await run([
      'init',
      '--org',
      'XX市医疗保障局',
      '--departments',
      '办公室,组织人事科,待遇保障科,基金监管科,医药服务管理科',
      '--subunits',
      '医疗保障事业管理中心',
      '--data',
      dir,
    ]);
    expect(init.code).toBe(0);
    const refused = await run(['import', 'roster', roster('gbhmc1-单位在现任职务中.xls'), '--data', dir, '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out)).toMatchObject({
      ok: false,
      errors: [{ row: 10, column: '单位', message: expect.stringMatching(/^找不到单位：/) }],
      unusedColumns: [{ label: '单位归口', sample: '2', sheets: ['干部名册(常规A4)'] }],
    });
    const done = await run([
      'import',
      'roster',
      roster('gbhmc1-单位在现任职务中.xls'),
      '--unit',
      '办公室',
      '--map',
      '单位归口=备注',
      '--data',
      dir,
      '--json',
    ]);
    expect(done.code).toBe(0);
    // 单位归口 takes 备注 from the 备注 column, which is then the one not used.
    expect(JSON.parse(done.out)).toMatchObject({
      ok: true,
      created: 7,
      unusedColumns: [{ label: '备注', sample: null }],
      also: ['管理职责 5 项'],
    });
    const text = await run(['import', 'roster', roster('gbhmc3-自选列.xls'), '--data', dir, '--dry-run']);
    expect(text.out).toContain('未使用的列：“年龄”（如“46”）、“统计关系所在单位”（如“XX市医疗保障局”）；用 --map 表头=字段 导入');
    const bad = await run(['import', 'roster', roster('gbhmc3-自选列.xls'), '--map', '年龄=岁数', '--data', dir]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--map：“年龄=岁数”：没有名为“岁数”的字段（可用：姓名、性别/);
  });

  it('export roles-template, then import roles', async () => {
    const dir = join(await tempDir(), 'data');
    await run([
      'init',
      '--org',
      'XX市医疗保障局',
      '--departments',
      '办公室,组织人事科,待遇保障科',
      '--subunits',
      '医疗保障事业管理中心',
      '--data',
      dir,
    ]);
    await run(['import', 'roster', roster('干部名册-分单位段.xls'), '--data', dir]);
    const file = join(await tempDir(), '管理职责.xlsx');
    expect((await run(['export', 'roles-template', file, '--data', dir])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // The roster import proposed and wrote the roles its posts imply; they are in the template.
    const names = [4, 5, 6, 7, 8, 9, 10, 11].map((r) => wb.worksheets[0].getCell(r, 1).value).filter(Boolean);
    expect(names).toHaveLength(8);
    wb.worksheets[0].getCell(4 + names.length, 1).value = '蒙丽娟';
    wb.worksheets[0].getCell(4 + names.length, 3).value = '科室负责人';
    wb.worksheets[0].getCell(4 + names.length, 4).value = '办公室';
    await wb.xlsx.writeFile(file);
    const r = await run(['import', 'roles', file, '--data', dir, '--json']);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, created: 1, unchanged: 8 });
  });
});
