import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, USAGE } from '../../electron/cli';
import { todayIso } from '../../electron/services/clock';
import { chromiumPrinter } from '../../electron/services/print/pdf';
import { addDays } from '../../shared/domain/dates';
import { formatChineseDate } from '../../shared/text/ym-date';
import { gradedQuarter, pageText, pdfFacts, renderPage } from './forms-helpers';
import { callFail, callOk, openTestDesk, tempDir, testPrinter } from './helpers';

// One Chromium for the whole file: the printer keeps its browser between PDFs.
afterAll(() => testPrinter.close());

const PERIOD = { periodId: '2025-Q1', start: '2025-04-11', end: '2025-04-17' };

async function sheet(out: { dataBase64: string | null }) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(out.dataBase64!, 'base64') as never);
  return wb.getWorksheet('公示名单')!;
}
const values = (ws: ExcelJS.Worksheet, row: number) => Array.from({ length: ws.columnCount }, (_, c) => ws.getCell(row, c + 1).value);

describe('公示名单', () => {
  it('is refused until the period is published', async () => {
    const ctx = await openTestDesk();
    await gradedQuarter(ctx, { publish: false });
    const r = await callFail(ctx, 'forms:export', { request: { form: 'notice', ...PERIOD }, format: 'xlsx' });
    expect(r).toMatchObject({ code: 'REJECTED', message: '2025年第一季度处于“评定”阶段，等次尚未公示；公示名单在进入“公示”后才能导出。' });
  });

  it('lists the 好 of each unit in tree order, names by 姓氏笔画, then 公示期, 联系电话 and the closing lines', async () => {
    const ctx = await openTestDesk();
    await gradedQuarter(ctx, { publish: true });
    const out = await callOk(ctx, 'forms:export', { request: { form: 'notice', ...PERIOD, phone: '0775-4567890' }, format: 'xlsx' });
    expect(out.fileName).toBe('公示名单-2025年第一季度-20250411.xlsx');
    const ws = await sheet(out);
    expect(ws.getCell('A1').value).toBe('测试市医疗保障局平时考核“好”等次人员公示名单');
    expect(ws.getCell('A1').font).toMatchObject({ name: '方正小标宋简体', size: 20, charset: 134 });
    expect(ws.getCell('A2').value).toBe('（2025年第一季度）');
    expect(values(ws, 3)).toEqual(['序号', '科室（单位）', '人数', '姓名']);
    expect(values(ws, 4)).toEqual([1, '办公室', 2, '丁一、王五']);
    expect(values(ws, 5)).toEqual([2, '医疗保障事业管理中心', 1, '赵八']);
    expect(values(ws, 6)).toEqual(['合计', '“好”等次 3 人', '“好”等次 3 人', '“好”等次 3 人']); // B6:D6 merged
    expect([7, 8, 9, 10, 11].map((r) => [ws.getCell(r, 1).value, ws.getCell(r, 1).alignment?.horizontal])).toEqual([
      ['公示期：2025年4月11日至2025年4月17日。公示期间如有不同意见，可通过来电、来信或来访等方式反映。', 'left'],
      ['联系电话：0775-4567890', 'left'],
      ['', 'left'],
      ['测试市医疗保障局', 'right'],
      ['2025年4月11日', 'right'],
    ]);
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:D1', 'A2:D2', 'B6:D6', 'A7:D7', 'A11:D11']));
    expect(ws.getCell('D4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('D4').font).toMatchObject({ name: '宋体', size: 12, charset: 134 });
    for (const ref of ['A3', 'D4', 'B6', 'D6'])
      expect(ws.getCell(ref).border, ref).toMatchObject({
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, printTitlesRow: '3:3' });
    expect(ws.headerFooter.oddFooter).toBe('&C— &P —');
  });

  it('can list several grades (one row per unit and grade); 公示期 defaults to 7 days from today; a reversed 公示期 is refused', async () => {
    const ctx = await openTestDesk();
    await gradedQuarter(ctx, { publish: true });
    const ws = await sheet(
      await callOk(ctx, 'forms:export', { request: { form: 'notice', periodId: '2025-Q1', grades: ['fair', 'good'] }, format: 'xlsx' }),
    );
    expect(ws.getCell('A1').value).toBe('测试市医疗保障局平时考核结果公示名单');
    expect([3, 4, 5, 6, 7, 8].map((r) => values(ws, r))).toEqual([
      ['序号', '科室（单位）', '考核等次', '人数', '姓名'],
      [1, '办公室', '好', 2, '丁一、王五'],
      [2, '办公室', '较好', 1, '卜二'],
      [3, '组织人事科', '较好', 1, '刘六'],
      [4, '医疗保障事业管理中心', '好', 1, '赵八'],
      [
        '合计',
        '“好”等次 3 人，“较好”等次 2 人',
        '“好”等次 3 人，“较好”等次 2 人',
        '“好”等次 3 人，“较好”等次 2 人',
        '“好”等次 3 人，“较好”等次 2 人',
      ],
    ]);
    const today = todayIso();
    expect(ws.getCell('A9').value).toMatch(new RegExp(`^公示期：${formatChineseDate(today)}至${formatChineseDate(addDays(today, 6))}。`));
    expect(ws.getCell('A10').value).toBe('联系电话：');
    expect(
      (
        await callFail(ctx, 'forms:export', {
          request: { form: 'notice', periodId: '2025-Q1', start: '2025-04-17', end: '2025-04-11' },
          format: 'xlsx',
        })
      ).message,
    ).toBe('公示期的结束日期不能早于开始日期。');
    expect(
      (await callFail(ctx, 'forms:export', { request: { form: 'notice', periodId: '2025-Q1', grades: [] }, format: 'xlsx' })).message,
    ).toMatch(/请至少选择一个等次/);
  });

  it('prints on one A4 page: title, period, the names by unit, 公示期 and 联系电话', async () => {
    const ctx = await openTestDesk();
    await gradedQuarter(ctx, { publish: true });
    const file = join(await tempDir(), '公示名单.pdf');
    await callOk(ctx, 'forms:export', { request: { form: 'notice', ...PERIOD, phone: '0775-4567890' }, format: 'pdf', file });
    const pdf = await pdfFacts(file);
    expect([pdf.pages, Math.round(pdf.width), Math.round(pdf.height)]).toEqual([1, 595, 842]);
    expect(pdf.text).toMatch(/测试市医疗保障局平时考核“好”等次人员公示名单\s+（2025年第一季度）/);
    expect(pdf.text).toMatch(/^\s*1\s+办公室\s+2\s+丁一、王五$/m);
    expect(pdf.text).toMatch(/^\s*2\s+医疗保障事业管理中心\s+1\s+赵八$/m);
    expect(pdf.text).toMatch(/^\s*测试市医疗保障局\n\s*2025年4月11日$/m);
    const text = await pageText(file, 1);
    expect(text).toContain('合计“好”等次3人');
    expect(text).toContain('公示期：2025年4月11日至2025年4月17日。');
    expect(text).toContain('联系电话：0775-4567890');
    const page = await renderPage(file, 'forms-notice');
    expect(page.ink(0.08, 0.16)).toBeGreaterThan(0.01); // title and period
    expect(page.ink(0.16, 0.3)).toBeGreaterThan(0.01); // the table
    expect(page.ink(0.6, 0.9)).toBe(0);
  });

  it('says so when there is no Chromium to make the PDF, or it does not start', async () => {
    const ctx = await openTestDesk();
    await gradedQuarter(ctx, { publish: true });
    const missing = { ...ctx, printer: chromiumPrinter('/nonexistent/chromium') };
    const broken = { ...ctx, printer: chromiumPrinter('/bin/false') }; // there, but not a browser
    {
      const r = await callFail(missing, 'forms:export', { request: { form: 'notice', ...PERIOD }, format: 'pdf' });
      expect(r.code).toBe('REJECTED');
      expect(r.message).toMatch(
        /^找不到用于生成 PDF 的 Chromium 浏览器：\/nonexistent\/chromium（文件不存在）。请安装 Chromium，或用环境变量 CHROMIUM_PATH 指定它的位置/,
      );
      expect((await callFail(broken, 'forms:export', { request: { form: 'notice', ...PERIOD }, format: 'pdf' })).message).toMatch(
        /^无法启动用于生成 PDF 的 Chromium 浏览器：\/bin\/false（.+）。请安装 Chromium/,
      );
    }
  });
});

describe('CLI: export summary | notice', () => {
  it('lists both in --help; writes the files; refuses with 1 and misuse with 2', async () => {
    expect(USAGE).toMatch(/export summary 文件 --period 周期 \[--unit 单位编号\] \[--pdf\]/);
    expect(USAGE).toMatch(/export notice 文件 --period 周期 \[--pdf\] \[--phone 联系电话\]/);
    const ctx = await openTestDesk();
    await gradedQuarter(ctx, { publish: false });
    const dir = ctx.folder.dir;
    await ctx.folder.close(); // the CLI opens the folder itself
    const out = await tempDir();
    const cli = async (...args: string[]) => {
      const lines: string[] = [];
      const code = await runCli(
        [...args, '--data', dir],
        (s) => lines.push(s),
        (s) => lines.push(s),
      );
      return { code, text: lines.join('\n') };
    };
    expect(await cli('export', 'summary', join(out, '汇总表.xlsx'), '--period', '2025-Q1')).toMatchObject({
      code: 0,
      text: expect.stringMatching(/^已导出到 .*汇总表\.xlsx（\d+ KB）。$/),
    });
    expect(await cli('export', 'notice', join(out, '公示.xlsx'), '--period', '2025-Q1')).toMatchObject({
      code: 1,
      text: expect.stringMatching(/等次尚未公示/),
    });
    expect((await cli('export', 'summary', join(out, '汇总表.xlsx'))).code).toBe(2); // no --period
    expect((await cli('export', 'summary', '--pdf', join(out, '汇总表.xlsx'), '--period', '2025-Q1')).text).toMatch(
      /要生成 PDF，文件名应以 \.pdf 结尾，而不是“汇总表\.xlsx”/,
    );
    expect((await cli('export', 'notice', join(out, '公示.pdf'), '--period', '2025-Q1', '--grades', '优秀')).code).toBe(2);
    expect(await cli('period', 'publish', '2025-Q1')).toMatchObject({ code: 0 });
    const notice = await cli(
      'export',
      'notice',
      '--pdf',
      join(out, '公示.pdf'),
      '--period',
      '2025-Q1',
      '--start',
      '2025.4.11',
      '--phone',
      '0775-4567890',
    );
    expect(notice).toMatchObject({ code: 0, text: expect.stringMatching(/公示\.pdf/) });
    expect((await readFile(join(out, '公示.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pageText(join(out, '公示.pdf'), 1)).toContain('公示期：2025年4月11日至2025年4月17日。');
  });
});
