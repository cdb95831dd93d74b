import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeskContext } from '../../electron/services/context';
import { compareByStroke } from '../../shared/text/stroke-order';
import { callFail, callOk, fixture, fixtureOrg, openTestDesk, tempDir } from './helpers';

const previewRoster = (ctx: DeskContext, file: string, jobId?: string) =>
  callOk(ctx, 'import:preview', { kind: 'roster', sources: [{ file }], jobId });

async function importFile(ctx: DeskContext, file: string, mode: 'all' | 'validOnly' = 'all') {
  const preview = await previewRoster(ctx, file);
  return { preview, result: await callOk(ctx, 'import:commit', { previewId: preview.previewId, mode }) };
}

const findPerson = async (ctx: DeskContext, name: string) => {
  const rows = await callOk(ctx, 'people:list', { search: name });
  const row = rows.find((r) => r.name === name)!;
  return { row, detail: await callOk(ctx, 'people:get', { id: row.id }) };
};

describe('roster import: the fixtures', () => {
  it('花名册-基本.xlsx: 30 people, 3 new 科室 of the 中心, values as written', async () => {
    const ctx = await openTestDesk();
    await fixtureOrg(ctx);
    const { preview, result } = await importFile(ctx, fixture('花名册-基本.xlsx'));
    expect(preview.counts).toEqual({ new: 30, changed: 0, unchanged: 0, invalid: 0, total: 30 });
    expect(preview.sheets).toEqual([{ name: '花名册', tables: 1, rows: 30, header: '第3行' }]);
    expect(preview.newUnits.sort()).toEqual(
      ['医疗保障事业管理中心 稽核科（新科室）', '医疗保障事业管理中心 结算科（新科室）', '医疗保障事业管理中心 综合科（新科室）'].sort(),
    );
    expect(result).toMatchObject({ ok: true, created: 30, updated: 0, unchanged: 0, skipped: 0 });
    const { row, detail } = await findPerson(ctx, '高秀浩');
    expect(row).toMatchObject({
      unitLabel: '医疗保障事业管理中心 稽核科',
      establishment: '事业编制（参公）',
      category: '参照管理事业单位工作人员',
      post: '科长',
    });
    expect((await callOk(ctx, 'people:revealId', { id: row.id })).idNumber).toBe('45080419770701265X');
    expect(detail.fields).toMatchObject({
      birth: '1977.07',
      workStarted: '1999.03',
      political: '预备党员',
      fullTimeEducation: '大学',
      rank: '四级主任科员',
    });
    const bureauStaff = await findPerson(ctx, '徐飞勇');
    expect(bureauStaff.row).toMatchObject({ unitLabel: '待遇保障科', establishment: '合署办公', category: '合署办公人员' });
    expect((await callOk(ctx, 'audit:recent', { limit: 3 })).find((e) => e.action === 'import.roster')!.summary).toBe(
      // Without a list of ticked proposals (as here), the roles the posts imply are written too.
      '导入花名册“花名册-基本.xlsx”：新增 30 人，更新 0 人，未变 0 人，新建单位 医疗保障事业管理中心 综合科、医疗保障事业管理中心 稽核科、医疗保障事业管理中心 结算科，管理职责 7 项',
    );
  });

  it('花名册-多级表头.xlsx: two-row header, messy dates and names, the four bad rows named exactly', async () => {
    const ctx = await openTestDesk();
    await fixtureOrg(ctx);
    const preview = await previewRoster(ctx, fixture('花名册-多级表头.xlsx'));
    expect(preview.counts).toEqual({ new: 36, changed: 0, unchanged: 0, invalid: 4, total: 40 });
    expect(preview.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [17, '身份证号', '身份证号校验位错误：应为7，实为0'],
      [26, '姓名', '姓名为空'],
      [
        31,
        '身份证号',
        '身份证号“450300198605221000”是以数字保存的，Excel 只保留15位有效数字，末几位已经丢失；请把该列设为文本格式后重新填写',
      ],
      [36, '出生年月', '身份证号中的出生年月为1999.02，与出生年月1996.06不一致'],
      [36, '性别', '身份证号显示性别为女，与性别男不一致'],
      [36, '身份证号', '身份证号 4508**********5421 与“在职人员”第7行（廖敏刚）重复'],
    ]);
    // All or nothing: with errors the whole file is refused and nothing is written.
    const refused = await callFail(ctx, 'import:commit', { previewId: preview.previewId, mode: 'all' });
    expect(refused.message).toMatch(/^有 4 行不能导入（如“在职人员”第17行“身份证号”：.*没有写入任何数据。$/);
    expect(await callOk(ctx, 'people:list', {})).toHaveLength(0);

    const result = await callOk(ctx, 'import:commit', { previewId: preview.previewId, mode: 'validOnly' });
    expect(result).toMatchObject({ created: 36, skipped: 4 });
    // The problem list stays available after the valid rows went in; a second commit is refused.
    expect((await callOk(ctx, 'import:errorReport', { previewId: preview.previewId })).bytes).toBeGreaterThan(1000);
    expect((await callFail(ctx, 'import:commit', { previewId: preview.previewId, mode: 'validOnly' })).message).toBe(
      '这次导入已经完成，不能重复导入。',
    );
    const value = async (name: string) => (await findPerson(ctx, name)).detail;
    expect((await value('徐芳')).fields.birth).toBe('1965.12'); // " 徐芳　", 196512
    expect((await value('朱桂')).fields.birth).toBe('1989.06'); // 1989.6
    expect((await value('廖敏刚')).fields.birth).toBe('1999.02'); // 1999年2月
    expect((await value('张浩涛')).fields.birth).toBe('1996.12'); // 1996-12
    expect((await value('朱玉')).fields.birth).toBe('1991.07'); // a real date cell
    expect((await value('吴超华')).unitHistory[0].unitLabel).toBe('医疗保障事业管理中心 结算科'); // 医疗保障事业管理中心结算科
    expect((await value('吴超华')).fields).toMatchObject({ fullTimeEducation: '大专', fullTimeSchool: '广西大学 行政管理', post: '科员' });
  });

  it('干部名册-分单位.xls (old .xls): repeated header blocks, unit from the heading line', async () => {
    const ctx = await openTestDesk();
    await fixtureOrg(ctx);
    const { preview } = await importFile(ctx, fixture('干部名册-分单位.xls'));
    expect(preview.sheets).toEqual([{ name: '干部名册', tables: 2, rows: 16, header: '第2—3行' }]);
    expect(preview.counts).toMatchObject({ new: 16, invalid: 0 });
    expect(
      (await callOk(ctx, 'people:list', { unitId: (await callOk(ctx, 'units:list', {}))[0].id, includeSubunits: false })).map(
        (p) => p.name,
      ),
    ).toHaveLength(9);
    const { row, detail } = await findPerson(ctx, '吴建');
    expect(row.unitLabel).toBe('医疗保障事业管理中心');
    expect(detail.fields).toMatchObject({
      birth: '1978.07',
      workStarted: '2001.11',
      postSince: '2021.06',
      rankSince: '2021.06',
      fullTimeEducation: '大学',
      fullTimeSchool: '广西师范大学 汉语言文学',
      post: '科员',
      ethnicity: '壮族',
    });
    expect((await findPerson(ctx, '欧阳英洋')).detail.fields.partyJoined).toBe('1994.07');
  });

  it('re-importing a corrected sheet updates the people it matches instead of adding them again', async () => {
    const ctx = await openTestDesk();
    await fixtureOrg(ctx);
    await importFile(ctx, fixture('花名册-基本.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture('花名册-基本.xlsx'));
    const ws = wb.worksheets[0];
    ws.getCell('L4').value = '科长'; // 赵杰敏 副科长 → 科长
    ws.getCell('K5').value = '办公室'; // 陈燕 基金监管科 → 办公室
    const file = join(await tempDir(), '花名册-修改.xlsx');
    await wb.xlsx.writeFile(file);
    const { preview, result } = await importFile(ctx, file);
    expect(preview.counts).toEqual({ new: 0, changed: 2, unchanged: 28, invalid: 0, total: 30 });
    expect(preview.rows.find((r) => r.name === '赵杰敏')!.changes).toEqual([
      { field: 'post', label: '职务', before: '副科长', after: '科长' },
    ]);
    expect(preview.rows.find((r) => r.name === '陈燕')!.changes).toEqual([
      { field: 'unitId', label: '单位', before: '基金监管科', after: '办公室' },
    ]);
    expect(result).toMatchObject({ created: 0, updated: 2, unchanged: 28 });
    expect(await callOk(ctx, 'people:list', {})).toHaveLength(30);
    // Moved on the day of entry: a correction of the stay, not a second one.
    const chen = await findPerson(ctx, '陈燕');
    expect(chen.detail.unitHistory.map((s) => s.unitLabel)).toEqual(['办公室']);
  });

  it('a preview made before the roster changed cannot be committed', async () => {
    const ctx = await openTestDesk();
    await fixtureOrg(ctx);
    const preview = await previewRoster(ctx, fixture('花名册-基本.xlsx'));
    await callOk(ctx, 'units:save', { name: '新科室', kind: 'department', parentId: (await callOk(ctx, 'units:list', {}))[0].id });
    const r = await callFail(ctx, 'import:commit', { previewId: preview.previewId, mode: 'all' });
    expect(r.message).toBe('预览之后数据已有改动，请重新预览后再确认导入。');
  });

  it('the error report lists every problem with sheet, row, column and name', async () => {
    const ctx = await openTestDesk();
    await fixtureOrg(ctx);
    const preview = await previewRoster(ctx, fixture('花名册-多级表头.xlsx'));
    const out = await callOk(ctx, 'import:errorReport', { previewId: preview.previewId });
    expect(out.fileName).toBe('花名册-多级表头-花名册导入问题.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.dataBase64!, 'base64') as never);
    const rows = wb.worksheets[0]
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['工作表', '行号', '列', '姓名', '级别', '问题']);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['', '人员类别', '', '提醒'], // 人员类别 inferred from 编制类型 for the whole file
      [17, '身份证号', '周娜', '错误'],
      [26, '姓名', '', '错误'],
      [31, '身份证号', '周志军', '错误'],
      [36, '出生年月', '罗刚玉', '错误'],
      [36, '性别', '罗刚玉', '错误'],
      [36, '身份证号', '罗刚玉', '错误'],
    ]);
  });
});

describe('roster export', () => {
  it('exports a 花名册 that imports back unchanged (round trip)', async () => {
    const ctx = await openTestDesk();
    await callOk(ctx, 'org:loadDemo', { people: 400, years: 2 });
    // 岗位职责 goes out and comes back too.
    const someone = (await callOk(ctx, 'people:list', {}))[0];
    const { fields } = await callOk(ctx, 'people:get', { id: someone.id });
    await callOk(ctx, 'people:save', { id: someone.id, fields: { ...fields, idNumber: undefined, duties: '负责医保基金监管工作' } });
    const file = join(await tempDir(), '花名册.xlsx');
    const out = await callOk(ctx, 'roster:export', { file });
    expect(out.file).toBe(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('花名册')!;
    const dutiesColumn = (sheet.getRow(3).values as unknown[]).indexOf('岗位职责');
    expect(sheet.getColumn(dutiesColumn).values).toContain('负责医保基金监管工作');
    const active = (await callOk(ctx, 'people:list', {})).length;
    const preview = await previewRoster(ctx, file);
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual({ new: 0, changed: 0, unchanged: active, invalid: 0, total: active });
  });

  it('never writes a formula from data: a 备注 starting with = stays text', async () => {
    const ctx = await openTestDesk();
    await fixtureOrg(ctx);
    const office = (await callOk(ctx, 'units:list', {})).find((u) => u.name === '办公室')!;
    await callOk(ctx, 'people:save', {
      unitId: office.id,
      fields: { ...(await import('./helpers')).person('王五'), note: '=HYPERLINK("http://x","点我")', phone: '+86 138' },
    });
    const out = await callOk(ctx, 'roster:export', { unitId: office.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.dataBase64!, 'base64') as never);
    const row = wb.getWorksheet('花名册')!.getRow(5);
    expect(row.getCell(23).value).toBe('=HYPERLINK("http://x","点我")');
    expect(row.getCell(23).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(22).value).toBe('+86 138');
  });

  it('lays the form out for A4 landscape with text ids, merged header, fonts and footer', async () => {
    const ctx = await openTestDesk();
    await fixtureOrg(ctx);
    await importFile(ctx, fixture('花名册-基本.xlsx'));
    const units = await callOk(ctx, 'units:list', {});
    const centre = units.find((u) => u.name === '医疗保障事业管理中心')!;
    const out = await callOk(ctx, 'roster:export', { unitId: centre.id });
    expect(out.fileName).toMatch(/^XX市医疗保障局花名册-医疗保障事业管理中心-\d{8}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.dataBase64!, 'base64') as never);
    const ws = wb.getWorksheet('花名册')!;
    expect(ws.getCell('A1').value).toBe('XX市医疗保障局干部职工花名册');
    expect(ws.getCell('A1').font).toMatchObject({ name: '方正小标宋简体', size: 18, charset: 134 });
    expect(ws.getCell('A2').value).toBe('单位：医疗保障事业管理中心');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:Y1', 'A3:A4', 'K3:L3', 'M3:N3']));
    expect([ws.getCell('K3').value, ws.getCell('K4').value, ws.getCell('L4').value]).toEqual([
      '全日制教育',
      '学历学位',
      '毕业院校系及专业',
    ]);
    for (const ref of ['A3', 'A4', 'K3', 'L3', 'K4', 'X4'])
      expect(ws.getCell(ref).border).toMatchObject({
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:4' });
    expect(ws.headerFooter.oddFooter).toBe('&C— &P —');
    // People of the 中心 only, by 科室 in tree order then 姓氏笔画; ids are text cells.
    const rows: [string, string][] = [];
    for (let r = 5; r <= ws.rowCount; r++) rows.push([String(ws.getCell(r, 15).value), String(ws.getCell(r, 2).value)]);
    // 科室 in the order they were created (综合科 first seen, then 稽核科, 结算科), 姓氏笔画 inside each.
    expect(rows.map(([u]) => u)).toEqual([
      ...Array(4).fill('医疗保障事业管理中心 综合科'),
      ...Array(2).fill('医疗保障事业管理中心 稽核科'),
      '医疗保障事业管理中心 结算科',
    ]);
    const zonghe = rows.slice(0, 4).map(([, n]) => n);
    expect(zonghe.slice(0, 2)).toEqual(['卢宁', '吴燕']); // 卢 5 strokes, 吴 7; 高 and 郭 have 10
    expect(zonghe.slice().sort(compareByStroke)).toEqual(zonghe);
    const id = ws.getCell(5, 7);
    expect(typeof id.value).toBe('string');
    expect(id.numFmt).toBe('@');
    expect(ws.getCell(5, 6).value).toMatch(/^\d{4}\.\d{2}$/);
  });
});

describe('roster import: bad input', () => {
  async function expectRefused(ctx: DeskContext, bytes: Uint8Array | string, name: string, message: RegExp) {
    const dir = await tempDir();
    const file = join(dir, name);
    await writeFile(file, bytes);
    const before = await callOk(ctx, 'people:list', {});
    const r = await callFail(ctx, 'import:preview', { kind: 'roster', sources: [{ file }] });
    expect(r.code).toBe('REJECTED');
    expect(r.message).toMatch(message);
    expect(r.message).not.toMatch(/\n\s+at |TypeError|undefined/);
    expect(await callOk(ctx, 'people:list', {})).toEqual(before);
  }

  it('refuses empty, text, truncated and password-protected files with one sentence each', async () => {
    const ctx = await openTestDesk();
    await fixtureOrg(ctx);
    await expectRefused(ctx, '', '空文件.xlsx', /“空文件\.xlsx”：文件是空的（0 字节）。/);
    await expectRefused(ctx, '姓名,性别\n王五,男\n', '名单.xlsx', /不是 Excel 或 WPS 表格文件/);
    const good = await readFile(fixture('花名册-基本.xlsx'));
    await expectRefused(ctx, good.subarray(0, Math.floor(good.length / 2)), '截断.xlsx', /文件已损坏或不完整/);
    // An encrypted workbook is an OLE2 container with EncryptionInfo + EncryptedPackage streams.
    const XLSX = await import('@e965/xlsx');
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', new Uint8Array(4096).fill(7));
    await expectRefused(ctx, XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array, '加密.xlsx', /设置了打开密码/);
  });

  it('reads a file by its content, not its extension: .xls renamed .xlsx and the reverse', async () => {
    const ctx = await openTestDesk();
    await fixtureOrg(ctx);
    const dir = await tempDir();
    await writeFile(join(dir, 'a.xlsx'), await readFile(fixture('干部名册-分单位.xls')));
    await writeFile(join(dir, 'b.xls'), await readFile(fixture('花名册-基本.xlsx')));
    expect((await previewRoster(ctx, join(dir, 'a.xlsx'))).counts.new).toBe(16);
    expect((await previewRoster(ctx, join(dir, 'b.xls'))).counts.new).toBe(30);
  });

  it('a workbook without a roster header says what it looked for', async () => {
    const ctx = await openTestDesk();
    await fixtureOrg(ctx);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRows([
      ['项目', '金额'],
      ['办公用品', 300],
    ]);
    const file = join(await tempDir(), '经费.xlsx');
    await wb.xlsx.writeFile(file);
    const preview = await previewRoster(ctx, file);
    expect(preview.errors[0].message).toBe(
      '在工作表“Sheet1”中没有找到花名册的表头。表头至少要有“姓名”和另外两列（如性别、出生年月、身份证号、单位）。',
    );
    expect((await callFail(ctx, 'import:commit', { previewId: preview.previewId, mode: 'validOnly' })).message).toMatch(
      /没有找到花名册的表头.*没有写入任何数据。$/,
    );
  });

  it('whole-column data validation, formulas, merged 单位 cells, lowercase x, one sheet per unit', async () => {
    const ctx = await openTestDesk();
    await fixtureOrg(ctx);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('办公室');
    ws.addRows([
      ['姓名', '性别', '身份证号', '职务'],
      [{ formula: '"王"&"五"', result: '王五' }, '男', '11010519491231002x', '科员'],
      ['丁一', '女', '', '科员'],
    ]);
    // A dropdown on the whole column (1,048,576 rows) must not make the reader hang.
    (ws as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add('B2:B1048576', {
      type: 'list',
      allowBlank: true,
      formulae: ['"男,女"'],
    });
    const other = wb.addWorksheet('汇总');
    other.addRows([
      ['姓名', '性别', '单位', '科室'],
      ['卜二', '男', '医疗保障事业管理中心', '稽核科'],
      ['万四', '女', null, '综合科'],
    ]);
    other.mergeCells('C2:C3');
    const file = join(await tempDir(), '多表.xlsx');
    await wb.xlsx.writeFile(file);
    const preview = await previewRoster(ctx, file);
    expect(preview.errors).toEqual([{ sheet: '办公室', row: 2, column: '性别', message: '身份证号显示性别为女，与性别男不一致' }]);
    expect(preview.rows.map((r) => [r.sheet, r.row, r.name, r.unitLabel])).toEqual([
      ['办公室', 2, '王五', '办公室'],
      ['办公室', 3, '丁一', '办公室'],
      ['汇总', 2, '卜二', '医疗保障事业管理中心 稽核科（新科室）'],
      ['汇总', 3, '万四', '医疗保障事业管理中心 综合科（新科室）'],
    ]);
  });

  it('reports progress and can be cancelled while the workbook is read; nothing is written', async () => {
    const ctx = await openTestDesk();
    await fixtureOrg(ctx);
    const { dispatch } = await import('../../electron/services/dispatch');
    // Big enough to be still reading after 30 ms, even in a warm (reused) reader.
    const big = new ExcelJS.Workbook();
    big.addWorksheet('花名册').addRows([['姓名', '性别', '职务'], ...Array.from({ length: 10_000 }, (_, i) => [`王${i}`, '男', '科员'])]);
    const file = join(await tempDir(), '大表.xlsx');
    await big.xlsx.writeFile(file);
    const jobId = 'job-cancel-test';
    const pending = dispatch(ctx, 'import:preview', { kind: 'roster', sources: [{ file }], jobId });
    await new Promise((r) => setTimeout(r, 30));
    expect(await callOk(ctx, 'jobs:progress', { jobId })).toMatchObject({ phase: '读取文件', done: false });
    expect(await callOk(ctx, 'jobs:cancel', { jobId })).toEqual({ cancelled: true });
    expect(await pending).toEqual({ ok: false, code: 'CANCELLED', message: '已取消，没有写入任何数据。' });
    expect(await callOk(ctx, 'people:list', {})).toEqual([]);
    // A cancel that arrives before the preview has even started still stops it.
    expect(await callOk(ctx, 'jobs:cancel', { jobId: 'job-cancel-early' })).toEqual({ cancelled: true });
    expect(
      await dispatch(ctx, 'import:preview', {
        kind: 'roster',
        sources: [{ file: fixture('花名册-基本.xlsx') }],
        jobId: 'job-cancel-early',
      }),
    ).toMatchObject({ ok: false, code: 'CANCELLED' });
    const done = 'job-finish-test';
    await previewRoster(ctx, fixture('花名册-基本.xlsx'), done);
    expect(await callOk(ctx, 'jobs:progress', { jobId: done })).toEqual({ phase: '完成', percent: 100, done: true });
  });

  it('imports a 5,000-person roster exported from a large bureau', async () => {
    const big = await openTestDesk();
    await callOk(big, 'org:loadDemo', { people: 5000 });
    const file = join(await tempDir(), '大花名册.xlsx');
    await callOk(big, 'roster:export', { file });
    const ctx = await openTestDesk();
    await callOk(ctx, 'org:create', { name: '贵港市医疗保障局' });
    const { preview, result } = await importFile(ctx, file);
    expect(preview.counts.invalid).toBe(0);
    expect(result.created).toBe(preview.counts.total);
    expect(result.created).toBeGreaterThan(4900);
  }, 120_000);
});
