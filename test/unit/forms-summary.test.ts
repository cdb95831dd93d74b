import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../electron/services/clock';
import { SUMMARY_FORM, type SummaryRow } from '../../shared/forms/summary-form';
import { renderTableFormHtml } from '../../shared/forms/table-html';
import { gradedQuarter, pageText, pdfFacts, renderPage } from './forms-helpers';
import { callFail, callOk, openTestDesk, tempDir, testPrinter } from './helpers';

// One Chromium for the whole file: the printer keeps its browser between PDFs.
afterAll(() => testPrinter.close());

const thin = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const today = () => {
  const [y, m, d] = todayIso().split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const TOTAL = '参加考核 8 人；好 3 人（占 42.9%），较好 2 人，一般 1 人，较差 1 人；不确定等次 1 人';

describe('平时考核结果汇总表 (Excel)', () => {
  it('lays out §4E: title, period, 填报 line, the people by unit and 姓氏笔画, 合计, note and signatures', async () => {
    const ctx = await openTestDesk();
    const { periodId } = await gradedQuarter(ctx, { publish: true });
    const file = join(await tempDir(), '汇总表.xlsx');
    const out = await callOk(ctx, 'forms:export', { request: { form: 'summary', periodId }, format: 'xlsx', file });
    expect(out).toMatchObject({ file, fileName: '汇总表.xlsx', dataBase64: null });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('平时考核结果汇总表')!;
    expect(ws.getCell('A1').value).toBe('测试市医疗保障局平时考核结果汇总表');
    expect(ws.getCell('A1').font).toMatchObject({ name: '方正小标宋简体', size: 20, charset: 134 });
    expect(ws.getCell('A2').value).toBe('（2025年第一季度）');
    expect(ws.getCell('A2').font).toMatchObject({ name: '楷体_GB2312', size: 16, charset: 134 });
    expect(ws.getCell('A3').value).toBe('填报单位（盖章）：测试市医疗保障局');
    expect(ws.getCell('E3').value).toBe(`填报日期：${today()}`);
    expect(ws.getCell('E3').alignment).toMatchObject({ horizontal: 'right' });
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getCell(4, c).value)).toEqual([
      '序号',
      '姓名',
      '性别',
      '科室（单位）',
      '职务（职级）',
      '人员类别',
      '考核等次',
      '备注',
    ]);
    expect(ws.getCell('D4').font).toMatchObject({ name: '宋体', size: 11, bold: true, charset: 134 });

    const rows = [];
    for (let r = 5; r <= 12; r++) rows.push([1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getCell(r, c).value));
    expect(rows).toEqual([
      [1, '丁一', '女', '办公室', '科员（四级主任科员）', '公务员', '好', null],
      [2, '卜二', '男', '办公室', '科员（一级科员）', '公务员', '较好', null],
      [3, '马三', '女', '办公室', '科员', '机关工勤人员', '一般', null],
      [4, '王五', '男', '办公室', '主任（一级主任科员）', '公务员', '好', '人工调整'],
      [5, '刘六', '男', '组织人事科', '副科长（三级主任科员）', '公务员', '较好', null],
      [6, '李四', '女', '组织人事科', '科员', '公务员', '不确定等次', '新录用试用期'],
      [7, '张七', '男', '医疗保障事业管理中心', '工作人员', '事业单位管理人员', '较差', null],
      [8, '赵八', '女', '医疗保障事业管理中心', '科长（八级职员）', '事业单位管理人员', '好', null],
    ]);
    for (const ref of ['B5', 'D10', 'G12', 'H8']) {
      expect(ws.getCell(ref).type, ref).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(ref).numFmt, ref).toBe('@');
      expect(ws.getCell(ref).font, ref).toMatchObject({ name: '宋体', size: 11, charset: 134 });
      expect(ws.getCell(ref).border, ref).toMatchObject(thin);
    }

    expect(ws.getCell('A13').value).toBe('合计');
    expect(ws.getCell('B13').value).toBe(TOTAL);
    expect(ws.getCell('A14').value).toBe('注：“好”等次人数一般不超过参加平时考核人数的40%。');
    expect(ws.getCell('A15').value).toBe('单位负责人：        审核人：        填表人：        联系电话：');
    expect(ws.rowCount).toBe(15);
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:H1', 'A2:H2', 'A3:D3', 'E3:H3', 'B13:H13', 'A14:H14', 'A15:H15']));
    // The merged 合计 text has a border on every cell it covers; the lines under the table have none.
    for (const ref of ['A13', 'B13', 'E13', 'H13']) expect(ws.getCell(ref).border, ref).toMatchObject(thin);
    expect(ws.getCell('A14').border ?? {}).toEqual({});

    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:4',
    });
    expect(ws.pageSetup.margins).toMatchObject({ left: 1.8 / 2.54, top: 2 / 2.54 });
    expect(ws.headerFooter.oddFooter).toBe('&C— &P —');

    // Read again by the other reader (the one WPS-made files go through): text cells, merges kept.
    const XLSX = await import('@e965/xlsx');
    const sheet = XLSX.read(await readFile(file)).Sheets['平时考核结果汇总表'];
    expect(sheet['A1'].v).toBe('测试市医疗保障局平时考核结果汇总表');
    expect([sheet['B8'].t, sheet['B8'].v, sheet['G8'].v, sheet['H8'].v]).toEqual(['s', '王五', '好', '人工调整']);
    expect(sheet['B13'].v).toBe(TOTAL);
    expect(sheet['!merges']!.map((m) => XLSX.utils.encode_range(m))).toEqual(expect.arrayContaining(['A1:H1', 'B13:H13', 'A15:H15']));
  });

  it('for one unit: only its people (and its sub-units’), its name as 填报单位, its own 合计; the note follows the settings', async () => {
    const ctx = await openTestDesk();
    const { periodId, centre } = await gradedQuarter(ctx, { publish: false });
    await callOk(ctx, 'settings:save', { ...(await callOk(ctx, 'settings:get', {})), goodRatio: 0.35 });
    const out = await callOk(ctx, 'forms:export', { request: { form: 'summary', periodId, unitId: centre.id }, format: 'xlsx' });
    expect(out.fileName).toBe(`平时考核结果汇总表-2025年第一季度-医疗保障事业管理中心-${todayIso().replace(/-/g, '')}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.dataBase64!, 'base64') as never);
    const ws = wb.getWorksheet(1)!;
    expect(ws.getCell('A3').value).toBe('填报单位（盖章）：医疗保障事业管理中心');
    expect([ws.getCell('B5').value, ws.getCell('B6').value]).toEqual(['张七', '赵八']);
    expect(ws.getCell('B7').value).toBe('参加考核 2 人；好 1 人（占 50%），较好 0 人，一般 0 人，较差 1 人；不确定等次 0 人');
    expect(ws.getCell('A8').value).toBe('注：“好”等次人数一般不超过参加平时考核人数的35%。');
  });

  it('is refused for a period not graded yet, and for a unit that does not exist', async () => {
    const ctx = await openTestDesk();
    const { periodId } = await gradedQuarter(ctx, { publish: false });
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 2 });
    expect((await callFail(ctx, 'forms:export', { request: { form: 'summary', periodId: '2025-Q2' }, format: 'xlsx' })).message).toBe(
      '2025年第二季度还没有评定结果，请先在“等次评定”中运行评定。',
    );
    expect(
      (await callFail(ctx, 'forms:export', { request: { form: 'summary', periodId, unitId: 'unit-nope' }, format: 'xlsx' })).code,
    ).toBe('NOT_FOUND');
    expect((await callFail(ctx, 'forms:export', { request: { form: 'summary', periodId }, format: 'docx' })).message).toMatch(
      /格式应为 xlsx 或 pdf/,
    );
  });
});

describe('平时考核结果汇总表 (print view and PDF)', () => {
  it('prints on one A4 page with the title, period, grades and 合计 where they belong', async () => {
    const ctx = await openTestDesk();
    const { periodId } = await gradedQuarter(ctx, { publish: true });
    const file = join(await tempDir(), '汇总表.pdf');
    await callOk(ctx, 'forms:export', { request: { form: 'summary', periodId }, format: 'pdf', file });
    const pdf = await pdfFacts(file);
    expect(pdf.pages).toBe(1);
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual([595, 842]); // A4 in pt
    expect(pdf.text).toMatch(/测试市医疗保障局平时考核结果汇总表/);
    expect(pdf.text).toMatch(/（2025年第一季度）/);
    expect(pdf.text).toMatch(/填报单位（盖章）：测试市医疗保障局\s+填报日期：\d{4}年\d{1,2}月\d{1,2}日/);
    const line = (name: string) => pdf.text.split('\n').find((l) => l.includes(name))!;
    // Each person's line, read across the page: 序号 … 考核等次 备注 (a long 职务 may wrap below).
    expect(line('丁一')).toMatch(/^\s*1\s+丁一\s+女\s+办公室\s+科员（.*公务员\s+好$/);
    expect(line('李四')).toMatch(/^\s*6\s+李四\s+女\s+组织人事科\s+科员\s+公务员\s+不确定等次\s+新录用试用期$/);
    expect(line('王五')).toMatch(/王五.*公务员\s+好\s+人工调整$/);
    const text = await pageText(file, 1);
    expect(text).toContain(`合计${TOTAL.replace(/\s+/g, '')}`);
    expect(text).toContain('注：“好”等次人数一般不超过参加平时考核人数的40%。');
    expect(text).toContain('单位负责人：审核人：填表人：联系电话：');
    expect(text).toContain('—1—');

    const page = await renderPage(file, 'forms-summary');
    expect(page.ink(0.06, 0.12)).toBeGreaterThan(0.01); // title and period
    expect(page.ink(0.2, 0.45)).toBeGreaterThan(0.02); // the table
    expect(page.ink(0.7, 0.9)).toBe(0); // nothing under the signature line
    expect(page.ink(0.93, 0.97)).toBeGreaterThan(0); // the page number
  });

  it('a bureau-wide table runs over pages: the header repeats and every page is numbered', async () => {
    const ctx = await openTestDesk();
    await callOk(ctx, 'org:loadDemo', { people: 80, years: 2 });
    const period = (await callOk(ctx, 'periods:list', {})).find((p) => p.state === 'archived')!;
    const file = join(await tempDir(), '汇总表.pdf');
    await callOk(ctx, 'forms:export', { request: { form: 'summary', periodId: period.id }, format: 'pdf', file });
    const { pages, pageTexts } = await pdfFacts(file);
    expect(pages).toBeGreaterThan(2);
    for (let n = 2; n <= pages; n++) {
      const lines = pageTexts[n - 1].split('\n').filter((l) => l.trim());
      expect(lines[0].trim(), `page ${n}`).toMatch(/^序号\s+姓名\s+性别\s+科室（单位）\s+职务（职级）\s+人员类别\s+考核等次\s+备注$/);
      expect(lines.at(-1)!.replace(/\s+/g, ''), `page ${n}`).toBe(`—${n}—`);
    }
    expect(await pageText(file, pages)).toContain(`合计参加考核${period.participantCount}人`);
  });

  it('never leaves the signature line alone on a page: the last people, 合计 and the notes keep together', async () => {
    const row = (i: number): SummaryRow => ({
      name: `张${i}`,
      gender: '男',
      unitLabel: '办公室',
      post: '科员',
      category: '公务员',
      grade: 'fair',
      note: null,
    });
    const ctx = { organisation: '测试局', periodLabel: '2025年第一季度', filer: '测试局', date: '2025-04-10', goodRatio: 0.4 };
    // Every length from one page to well past it: one of them ends where only the notes would spill over.
    const lengths = Array.from({ length: 24 }, (_, i) => 18 + i);
    const html = renderTableFormHtml(
      SUMMARY_FORM,
      lengths.map((n) => ({ rows: Array.from({ length: n }, (_, i) => row(i)), ctx })),
    );
    const file = join(await tempDir(), 'keep.pdf');
    await writeFile(file, await testPrinter.toPdf(html));
    const { pageTexts } = await pdfFacts(file);
    const signed = pageTexts.filter((t) => t.includes('单位负责人'));
    expect(signed).toHaveLength(lengths.length);
    for (const page of signed) {
      expect(page).toContain('合计');
      expect(page).toMatch(/张\d+/);
    }
    // Some lengths did run over a page: the check above was about real page ends.
    expect(pageTexts.filter((t) => t.trim()).length).toBeGreaterThan(lengths.length);
  });

  it('escapes every value and asks for A4, a repeated header, page numbers and the official fonts', () => {
    const row: SummaryRow = {
      name: '<img src=x onerror=alert(1)>',
      gender: null,
      unitLabel: 'A & B',
      post: '"科长"',
      category: null,
      grade: 'good',
      note: null,
    };
    const html = renderTableFormHtml(SUMMARY_FORM, [
      {
        rows: [row],
        ctx: { organisation: '测试局</title><script>', periodLabel: '2025年第一季度', filer: '测试局', date: '2025-04-10', goodRatio: 0.4 },
      },
    ]);
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('A &amp; B');
    expect(html).toContain('&quot;科长&quot;');
    expect(html).toContain('填报日期：2025年4月10日');
    expect(html).toMatch(
      /@page \{\s+size: A4 portrait;\s+margin: 2cm 1.8cm 2cm 1.8cm;\s+@bottom-center \{ content: "— " counter\(page\) " —";/,
    );
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('"方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", serif');
    expect(html).toContain('11pt "宋体", "SimSun", "仿宋_GB2312", "FangSong", "Noto Serif CJK SC", "Noto Serif SC", serif');
  });
});
