import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../electron/services/clock';
import { summaryForm, type SummaryContext, type SummaryRow } from '../../shared/forms/summary-form';
import { renderTableFormHtml } from '../../shared/forms/table-html';
import { gradedQuarter, pageText, pdfCellTexts, pdfFacts, renderPage } from './forms-helpers';
import { callFail, callOk, openTestDesk, tempDir, testPrinter } from './helpers';

// One Chromium for the whole file: the printer keeps its browser between PDFs.
afterAll(() => testPrinter.close());

const thin = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const today = () => {
  const [y, m, d] = todayIso().split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const TOTAL = '参加考核 8 人；好 3 人（占 42.9%），较好 2 人，一般 1 人，较差 1 人；不确定等次 1 人';
const HEADER = ['序号', '姓名', '性别', '科室（单位）', '职务（职级）', '评鉴得分', '排名', '考核等次', '考核等次', '说明'];
const COLUMNS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const SUMMARY_FORM = summaryForm({ scores: true });

describe('平时考核结果汇总表 (Excel)', () => {
  it('a sheet per staff group (§4B), each laid out as §4E: title, period and group, 填报 line, score, 排名, the grade at each stage, 说明, 合计, note and signatures', async () => {
    const ctx = await openTestDesk();
    const { periodId } = await gradedQuarter(ctx, { publish: true });
    const file = join(await tempDir(), '汇总表.xlsx');
    const out = await callOk(ctx, 'forms:export', { request: { form: 'summary', periodId }, format: 'xlsx', file });
    expect(out).toMatchObject({ file, fileName: '汇总表.xlsx', dataBase64: null });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // 马三 is 机关工勤人员: the 工勤 section; 张七 and 赵八 事业单位; the rest 公务员.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['公务员', '事业单位人员', '工勤人员']);
    const ws = wb.getWorksheet('公务员')!;
    expect(ws.getCell('A1').value).toBe('测试市医疗保障局平时考核结果汇总表');
    expect(ws.getCell('A1').font).toMatchObject({ name: '方正小标宋简体', size: 20, charset: 134 });
    expect(ws.getCell('A2').value).toBe('（2025年第一季度　公务员）');
    expect(ws.getCell('A2').font).toMatchObject({ name: '楷体_GB2312', size: 16, charset: 134 });
    expect(ws.getCell('A3').value).toBe('填报单位（盖章）：测试市医疗保障局');
    expect(ws.getCell('F3').value).toBe(`填报日期：${today()}`);
    expect(ws.getCell('F3').alignment).toMatchObject({ horizontal: 'right' });
    expect(COLUMNS.map((c) => ws.getCell(4, c).value)).toEqual(HEADER);
    expect(COLUMNS.map((c) => ws.getCell(5, c).value)).toEqual([...HEADER.slice(0, 7), '评鉴建议', '审定等次', '说明']);
    expect(ws.getCell('D4').font).toMatchObject({ name: '宋体', size: 11, bold: true, charset: 134 });

    const rows = [];
    for (let r = 6; r <= 10; r++) rows.push(COLUMNS.map((c) => ws.getCell(r, c).value));
    expect(rows).toEqual([
      [1, '丁一', '女', '办公室', '科员（四级主任科员）', 95, 1, '好', '好', null],
      [2, '卜二', '男', '办公室', '科员（一级科员）', 85, 3, '较好', '较好', null],
      [3, '王五', '男', '办公室', '主任（一级主任科员）', 88, 2, '较好', '好', '人工调整：牵头完成专项检查，经党组会研究'],
      [4, '刘六', '男', '组织人事科', '副科长（三级主任科员）', 82, 4, '较好', '较好', null],
      [5, '李四', '女', '组织人事科', '科员', null, null, null, '不确定等次', '新录用试用期'],
    ]);
    for (const ref of ['B6', 'D10', 'I10', 'J8']) {
      expect(ws.getCell(ref).type, ref).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(ref).numFmt, ref).toBe('@');
      expect(ws.getCell(ref).font, ref).toMatchObject({ name: '宋体', size: 11, charset: 134 });
      expect(ws.getCell(ref).border, ref).toMatchObject(thin);
    }

    expect(ws.getCell('A11').value).toBe('合计');
    expect(ws.getCell('B11').value).toBe('参加考核 5 人；好 2 人（占 50%），较好 2 人，一般 0 人，较差 0 人；不确定等次 1 人');
    expect(ws.getCell('A12').value).toBe(
      '注：“好”等次人数一般不超过参加评定人数（不含不确定等次）的40%；本表百分比均以参加评定人数为基数；等次与评鉴建议不同的，“说明”栏写明原因。',
    );
    expect(ws.getCell('A13').value).toBe('单位负责人：        审核人：        填表人：        联系电话：');
    expect(ws.rowCount).toBe(13);
    expect(ws.model.merges).toEqual(
      expect.arrayContaining(['A1:J1', 'A2:J2', 'A3:E3', 'F3:J3', 'A4:A5', 'H4:I4', 'J4:J5', 'B11:J11', 'A12:J12', 'A13:J13']),
    );
    // The merged 合计 text has a border on every cell it covers; the lines under the table have none.
    for (const ref of ['A11', 'B11', 'E11', 'J11']) expect(ws.getCell(ref).border, ref).toMatchObject(thin);
    expect(ws.getCell('A12').border ?? {}).toEqual({});

    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:5',
    });
    expect(ws.pageSetup.margins).toMatchObject({ left: 1.8 / 2.54, top: 2 / 2.54 });
    expect(ws.headerFooter.oddFooter).toBe('&C— &P —');

    // The last section closes with the 总计 of every group.
    const worker = wb.getWorksheet('工勤人员')!;
    expect([worker.getCell('B6').value, worker.getCell('H6').value, worker.getCell('I6').value]).toEqual(['马三', '一般', '一般']);
    expect(worker.getCell('A7').value).toBe('合计');
    expect([worker.getCell('A8').value, worker.getCell('B8').value]).toEqual(['总计', `各类人员合计：${TOTAL}`]);

    // Read again by the other reader (the one WPS-made files go through): text cells, merges kept.
    const XLSX = await import('@e965/xlsx');
    const sheet = XLSX.read(await readFile(file)).Sheets['公务员'];
    expect(sheet['A1'].v).toBe('测试市医疗保障局平时考核结果汇总表');
    expect([sheet['B8'].t, sheet['B8'].v, sheet['I8'].v, sheet['J8'].v]).toEqual([
      's',
      '王五',
      '好',
      '人工调整：牵头完成专项检查，经党组会研究',
    ]);
    expect(sheet['!merges']!.map((m) => XLSX.utils.encode_range(m))).toEqual(expect.arrayContaining(['A1:J1', 'B11:J11', 'A13:J13']));
  });

  it('for one unit: only its people (and its sub-units’), its name as 填报单位, its own 合计; the note follows the settings', async () => {
    const ctx = await openTestDesk();
    const { periodId, centre } = await gradedQuarter(ctx, { publish: false });
    await callOk(ctx, 'settings:save', { ...(await callOk(ctx, 'settings:get', {})), goodRatio: 0.35 });
    const out = await callOk(ctx, 'forms:export', { request: { form: 'summary', periodId, unitId: centre.id }, format: 'xlsx' });
    expect(out.fileName).toBe(`平时考核结果汇总表-2025年第一季度-医疗保障事业管理中心-${todayIso().replace(/-/g, '')}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.dataBase64!, 'base64') as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['事业单位人员']);
    const ws = wb.getWorksheet(1)!;
    expect(ws.getCell('A2').value).toBe('（2025年第一季度　事业单位工作人员）');
    expect(ws.getCell('A3').value).toBe('填报单位（盖章）：医疗保障事业管理中心');
    expect([ws.getCell('B6').value, ws.getCell('G6').value, ws.getCell('B7').value, ws.getCell('G7').value]).toEqual([
      '张七',
      2,
      '赵八',
      1,
    ]);
    expect(ws.getCell('B8').value).toBe('参加考核 2 人；好 1 人（占 50%），较好 0 人，一般 0 人，较差 1 人；不确定等次 0 人');
    expect(ws.getCell('A9').value).toBe(
      '注：“好”等次人数一般不超过参加评定人数（不含不确定等次）的35%；本表百分比均以参加评定人数为基数；等次与评鉴建议不同的，“说明”栏写明原因。',
    );
  });

  it('leaves out the score and 排名 columns when the 评鉴 gave no scores', async () => {
    const ctx = await openTestDesk();
    const { periodId, ids } = await gradedQuarter(ctx, { publish: false });
    for (const name of ['张七', '赵八'])
      await callOk(ctx, 'reviews:save', {
        periodId,
        personId: ids[name],
        score: null,
        proposed: name === '张七' ? 'poor' : 'good',
        comment: null,
      });
    await callOk(ctx, 'grading:run', { periodId });
    const out = await callOk(ctx, 'forms:export', { request: { form: 'summary', periodId }, format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.dataBase64!, 'base64') as never);
    const ws = wb.getWorksheet('事业单位人员')!;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getCell(5, c).value)).toEqual([
      '序号',
      '姓名',
      '性别',
      '科室（单位）',
      '职务（职级）',
      '评鉴建议',
      '审定等次',
      '说明',
    ]);
    expect(wb.getWorksheet('公务员')!.getCell(4, 7).value).toBe('排名'); // the other sections keep theirs
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
  it('prints each staff group on its own landscape A4 page with the title, period, grades and 合计 where they belong', async () => {
    const ctx = await openTestDesk();
    const { periodId } = await gradedQuarter(ctx, { publish: true });
    const file = join(await tempDir(), '汇总表.pdf');
    await callOk(ctx, 'forms:export', { request: { form: 'summary', periodId }, format: 'pdf', file });
    const pdf = await pdfFacts(file);
    expect(pdf.pages).toBe(3);
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual([842, 595]); // A4 landscape in pt
    expect(pdf.text).toMatch(/测试市医疗保障局平时考核结果汇总表/);
    expect(pdf.text).toMatch(/（2025年第一季度\s+公务员）/);
    expect(pdf.text).toMatch(/填报单位（盖章）：测试市医疗保障局\s+填报日期：\d{4}年\d{1,2}月\d{1,2}日/);
    const line = (name: string) => pdf.text.split('\n').find((l) => l.includes(name))!;
    // Each person's line, read across the page: 序号 … 评鉴得分 排名 评鉴建议 审定等次 说明.
    expect(line('丁一')).toMatch(/^\s*1\s+丁一\s+女\s+办公室\s+科员（四级主任科员）\s+95\s+1\s+好\s+好$/);
    expect(line('李四'), line('李四')).toMatch(/^\s*5\s+李四\s+女\s+组织人事科\s+科员\s+不确定等次\s+新录用试用期$/);
    expect(line('王五')).toMatch(/王五.*88\s+2\s+较好\s+好\s+人工调整：牵头完成专项检查/);
    const pages = await pdfCellTexts(file);
    expect(pages[0]).toContain('合计参加考核5人；好2人（占50%），较好2人，一般0人，较差0人；不确定等次1人');
    expect(pages[0]).toContain('注：“好”等次人数一般不超过参加评定人数（不含不确定等次）的40%');
    expect(pages[0]).toContain('单位负责人：审核人：填表人：联系电话：');
    expect(pages[0]).toContain('—1—');
    expect(pages[1]).toContain('（2025年第一季度事业单位工作人员）');
    expect(pages[2]).toContain(`总计各类人员合计：${TOTAL.replace(/\s+/g, '')}`);

    const page = await renderPage(file, 'forms-summary');
    expect(page.ink(0.08, 0.17)).toBeGreaterThan(0.01); // title and period
    expect(page.ink(0.25, 0.45)).toBeGreaterThan(0.02); // the table
    expect(page.ink(0.75, 0.9)).toBe(0); // nothing under the signature line
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
    for (let n = 1; n <= pages; n++) {
      const lines = pageTexts[n - 1].split('\n').filter((l) => l.trim());
      const header = lines.findIndex((l) => /^\s*序号\s+姓名\s+性别\s+科室（单位）\s+职务（职级）/.test(l));
      expect(header, `page ${n}`).toBeGreaterThanOrEqual(0);
      // The header is on top, under the title of a section's first page.
      expect(header, `page ${n}`).toBeLessThan(lines[0].includes('汇总表') ? 6 : 2);
      expect(lines.at(-1)!.replace(/\s+/g, ''), `page ${n}`).toBe(`—${n}—`);
    }
    expect((await pdfCellTexts(file)).join('')).toContain(`各类人员合计：参加考核${period.participantCount}人`);
    expect(await pageText(file, pages)).toContain('总计');
  });

  it('never leaves the signature line alone on a page: the last people, 合计 and the notes keep together', async () => {
    const row = (i: number): SummaryRow => ({
      name: `张${i}`,
      gender: '男',
      unitLabel: '办公室',
      post: '科员',
      score: 80,
      rank: 1,
      proposed: 'fair',
      grade: 'fair',
      note: null,
    });
    const ctx: SummaryContext = {
      organisation: '测试局',
      periodLabel: '2025年第一季度',
      group: '公务员',
      filer: '测试局',
      date: '2025-04-10',
      goodRatio: 0.4,
      overall: null,
    };
    // Every length from one page to well past it: one of them ends where only the notes would spill over.
    const lengths = Array.from({ length: 24 }, (_, i) => 8 + i);
    const html = renderTableFormHtml(lengths.map((n) => ({ form: SUMMARY_FORM, rows: Array.from({ length: n }, (_, i) => row(i)), ctx })));
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
      score: null,
      rank: null,
      proposed: 'good',
      grade: 'good',
      note: null,
    };
    const html = renderTableFormHtml([
      {
        form: SUMMARY_FORM,
        rows: [row],
        ctx: {
          organisation: '测试局</title><script>',
          periodLabel: '2025年第一季度',
          group: '公务员',
          filer: '测试局',
          date: '2025-04-10',
          goodRatio: 0.4,
          overall: null,
        },
      },
    ]);
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('A &amp; B');
    expect(html).toContain('&quot;科长&quot;');
    expect(html).toContain('填报日期：2025年4月10日');
    expect(html).toMatch(
      /@page \{\s+size: A4 landscape;\s+margin: 2cm 1.8cm 1.8cm 1.8cm;\s+@bottom-center \{ content: "— " counter\(page\) " —";/,
    );
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('"方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", serif');
    expect(html).toContain('11pt "宋体", "SimSun", "仿宋_GB2312", "FangSong", "Noto Serif CJK SC", "Noto Serif SC", serif');
  });
});
