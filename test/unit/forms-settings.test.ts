import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeskContext } from '../../electron/services/context';
import { DEFAULT_FORM_SETTINGS, type FormSettings } from '../../shared/forms/form-settings';
import { gradedQuarter, pdfCellTexts } from './forms-helpers';
import { callFail, callOk, openTestDesk, tempDir, testPrinter } from './helpers';

afterAll(() => testPrinter.close());

async function register(ctx: DeskContext, request: object) {
  const out = await callOk(ctx, 'forms:export', { request: { form: 'register', ...request }, format: 'xlsx' } as never);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(out.dataBase64!, 'base64') as never);
  return wb;
}

describe('表格设置', () => {
  it('start at the defaults, are saved with one audit entry, and survive reopening the folder', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(dir);
    await gradedQuarter(ctx, { publish: true });
    expect(await callOk(ctx, 'formSettings:get', {})).toEqual(DEFAULT_FORM_SETTINGS);
    const next: FormSettings = {
      workRecords: 'inForm',
      registerForms: { 机关工勤人员: 'institution' },
      rosterPrintColumns: ['name', 'post'],
    };
    expect(await callOk(ctx, 'formSettings:save', next)).toEqual(next);
    const entries = await callOk(ctx, 'audit:recent', { limit: 1 } as never);
    expect(entries[0]).toMatchObject({ action: 'settings.forms', summary: '修改表格设置', before: DEFAULT_FORM_SETTINGS, after: next });
    await ctx.folder.close();
    const again = await openTestDesk(dir);
    expect(await callOk(again, 'formSettings:get', {})).toEqual(next);
  });

  it('refuse what would print nothing, and change nothing then', async () => {
    const ctx = await openTestDesk();
    await gradedQuarter(ctx, { publish: false });
    expect((await callFail(ctx, 'formSettings:save', { ...DEFAULT_FORM_SETTINGS, rosterPrintColumns: [] })).message).toMatch(
      /请至少选择一列/,
    );
    expect((await callFail(ctx, 'formSettings:save', { ...DEFAULT_FORM_SETTINGS, registerForms: { 公务员: 'other' } } as never)).code).toBe(
      'INVALID_INPUT',
    );
    expect(await callOk(ctx, 'formSettings:get', {})).toEqual(DEFAULT_FORM_SETTINGS);
  });

  it('choose the 登记表 of a 人员类别 and keep the 工作纪实 on the form', async () => {
    const ctx = await openTestDesk();
    const { periodId, ids } = await gradedQuarter(ctx, { publish: false });
    await callOk(ctx, 'records:save', {
      periodId,
      personId: ids['马三'],
      date: '2025-02-03',
      content: '接待来访群众',
      progress: '已完成',
      note: null,
    } as never);
    expect((await register(ctx, { periodId, personId: ids['马三'] })).getWorksheet('马三')!.getCell('A1').value).toBe(
      '机关工勤人员平时考核登记表',
    );
    await callOk(ctx, 'formSettings:save', {
      ...DEFAULT_FORM_SETTINGS,
      workRecords: 'inForm',
      registerForms: { 机关工勤人员: 'institution' },
    });
    const ws = (await register(ctx, { periodId, personId: ids['马三'] })).getWorksheet('马三')!;
    expect(ws.getCell('A1').value).toBe('事业单位工作人员平时考核登记表');
    expect([ws.getCell('A5').value, ws.getCell('B5').value]).toEqual([
      '工\n作\n纪\n实',
      '本期工作纪实共 1 条：\n2月3日　接待来访群众（已完成）',
    ]);
    expect(ws.getCell('A6').value).toBe('个\n人\n总\n结');
    expect(ws.getCell('A17').value).toBeNull(); // no 附页

    // Nowhere: the 工作纪实表 is printed apart.
    await callOk(ctx, 'formSettings:save', { ...DEFAULT_FORM_SETTINGS, workRecords: 'separate' });
    const file = join(await tempDir(), '登记表.pdf');
    await callOk(ctx, 'forms:export', { request: { form: 'register', periodId, personId: ids['马三'] }, format: 'pdf', file });
    const pages = await pdfCellTexts(file);
    expect(pages.filter((p) => p.trim())).toHaveLength(2);
    expect(pages.join('')).not.toContain('接待来访群众');
  });

  it('print the 花名册 with the saved columns unless the print asks for others', async () => {
    const ctx = await openTestDesk();
    await callOk(ctx, 'org:loadDemo', { people: 20 });
    await callOk(ctx, 'formSettings:save', { ...DEFAULT_FORM_SETTINGS, rosterPrintColumns: ['name', 'birth', 'phone'] });
    const preview = await callOk(ctx, 'forms:preview', { request: { form: 'roster' } });
    expect(preview.html).toMatch(/<th[^>]*>姓\u3000名<\/th><th[^>]*>出生\n年月<\/th><th[^>]*>联系电话<\/th><\/tr>/);
    const chosen = await callOk(ctx, 'forms:preview', { request: { form: 'roster', columns: ['name', 'post'] } });
    expect(chosen.html).toMatch(/<th[^>]*>姓\u3000名<\/th><th[^>]*>现任职务<\/th><\/tr>/);
  });
});
