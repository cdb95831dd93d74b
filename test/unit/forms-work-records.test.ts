import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gradedQuarter, pageText, pdfFacts, renderPage, xmlParts } from './forms-helpers';
import { callFail, callOk, openTestDesk, tempDir, testPrinter } from './helpers';

afterAll(() => testPrinter.close());

async function withRecords() {
  const ctx = await openTestDesk();
  const q = await gradedQuarter(ctx, { publish: false });
  const ding = q.ids['丁一'];
  for (const [date, content] of [
    ['2025-01-06', '起草年度工作要点'],
    ['2025-01-08', '参加全市医保工作会议'],
    ['2025-02-12', '医保基金专项检查'],
  ])
    await callOk(ctx, 'records:save', { periodId: q.periodId, personId: ding, date, content, progress: '已完成', note: null });
  await callOk(ctx, 'records:review', { periodId: q.periodId, personId: ding, key: '2025-W02', comment: '按时完成，质量较高。' });
  return { ctx, ...q, ding };
}

describe('工作纪实表', () => {
  it('fills one table per week with records, with the 审核意见 of that week; monthly groups by month', async () => {
    const { ctx, periodId, ding } = await withRecords();
    const file = join(await tempDir(), '纪实表.xlsx');
    await callOk(ctx, 'forms:export', { request: { form: 'workRecords', periodId, personId: ding }, format: 'xlsx', file });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['丁一-W02', '丁一-W07']);
    const ws = wb.getWorksheet('丁一-W02')!;
    expect(ws.getCell('A1').value).toBe('工作纪实表');
    expect(ws.getCell('A2').value).toBe('（2025年第2周 1.6—1.12）');
    expect(ws.getCell('A3').value).toBe('科室：办公室　　姓名：丁一');
    expect([1, 2, 3, 4, 5].map((c) => ws.getCell(4, c).value)).toEqual(['序号', '时间', '工作内容（事项）', '完成情况（进度）', '备注']);
    expect([1, 2, 3, 4].map((c) => ws.getCell(5, c).value)).toEqual([1, '1月6日', '起草年度工作要点', '已完成']);
    expect(ws.getCell('C6').value).toBe('参加全市医保工作会议');
    expect([ws.getCell('A7').value, ws.getCell('A8').value]).toEqual(['本周小结', '科室负责人\n审核意见']);
    expect(ws.getCell('C8').value).toBe('按时完成，质量较高。\n\n签名：　　　　　　　年　　月　　日');
    await xmlParts(file);

    await callOk(ctx, 'forms:export', {
      request: { form: 'workRecords', periodId, personId: ding, cadence: 'month' },
      format: 'xlsx',
      file,
    });
    const monthly = new ExcelJS.Workbook();
    await monthly.xlsx.readFile(file);
    expect(monthly.worksheets.map((w) => w.name)).toEqual(['丁一-1月', '丁一-2月']);
    expect(monthly.getWorksheet('丁一-1月')!.getCell('A7').value).toBe('出勤情况');
  });

  it('prints a blank monthly form on one A4 page, and a filled one per week', async () => {
    const { ctx, periodId, office } = await withRecords();
    const blank = join(await tempDir(), '空白.pdf');
    await callOk(ctx, 'forms:export', {
      request: { form: 'workRecords', periodId, blank: true, cadence: 'month' },
      format: 'pdf',
      file: blank,
    });
    const pdf = await pdfFacts(blank);
    expect([pdf.pages, Math.round(pdf.width), Math.round(pdf.height)]).toEqual([1, 595, 842]);
    const text = await pageText(blank, 1);
    for (const part of ['工作纪实表', '序号时间工作内容（事项）', '完成情况（进度）', '出勤情况', '本月小结', '科室负责人审核意见'])
      expect(text).toContain(part);
    await renderPage(blank, 'form-work-records-blank');

    const filled = join(await tempDir(), '纪实.pdf');
    await callOk(ctx, 'forms:export', { request: { form: 'workRecords', periodId, unitId: office.id }, format: 'pdf', file: filled });
    expect((await pdfFacts(filled)).pages).toBe(2);
    expect(await pageText(filled, 1)).toContain('起草年度工作要点');
    expect(await pageText(filled, 1)).toContain('按时完成，质量较高。');
    await renderPage(filled, 'form-work-records');
    expect(
      (
        await callFail(ctx, 'forms:export', {
          request: { form: 'workRecords', periodId, personId: (await gradedIds(ctx))['卜二'] },
          format: 'pdf',
        })
      ).message,
    ).toMatch(/还没有工作纪实记录/);
  });
});

async function gradedIds(ctx: Awaited<ReturnType<typeof withRecords>>['ctx']) {
  const rows = await callOk(ctx, 'people:list', {} as never);
  return Object.fromEntries((rows as { name: string; id: string }[]).map((r) => [r.name, r.id]));
}
