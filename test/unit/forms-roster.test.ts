import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskContext } from '../../electron/services/context';
import { writeTableForm } from '../../electron/services/excel/write-table-form';
import { EMPTY_PERSON_FIELDS, type Person } from '../../shared/domain/person';
import { rosterPrintForm } from '../../shared/forms/roster-form';
import { pdfCellTexts, pdfFacts, renderPage } from './forms-helpers';
import { callFail, callOk, openTestDesk, tempDir, testPrinter } from './helpers';

afterAll(() => testPrinter.close());

let ctx: DeskContext;
beforeAll(async () => {
  ctx = await openTestDesk();
  await callOk(ctx, 'org:loadDemo', { people: 60 });
});

describe('花名册 (print view)', () => {
  it('prints the 干部名册’s columns on landscape A4, people under their unit’s name, no 身份证号 or telephone', async () => {
    const file = join(await tempDir(), '花名册.pdf');
    await callOk(ctx, 'forms:export', { request: { form: 'roster' }, format: 'pdf', file });
    const pdf = await pdfFacts(file);
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual([842, 595]);
    expect(pdf.pages).toBeGreaterThan(1);
    const pages = await pdfCellTexts(file);
    for (let n = 1; n <= pdf.pages; n++) {
      const text = pages[n - 1];
      expect(text, `page ${n}`).toContain('现任职务'); // the header row, repeated
      expect(text, `page ${n}`).toContain('任现职级时间');
      expect(text, `page ${n}`).not.toContain('身份证号');
      expect(text, `page ${n}`).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/); // no ID number, no mobile number
      expect(text, `page ${n}`).toContain(`—${n}—`);
    }
    const people = await callOk(ctx, 'people:list', {});
    const units = await callOk(ctx, 'units:list', {});
    const all = pages.join('');
    expect(all).toContain('贵港市医疗保障局干部职工名册');
    // Each unit's name heads its people.
    const office = units.find((u) => u.name === '办公室')!;
    const first = people.find((p) => p.unitId === office.id)!;
    expect(all).toMatch(new RegExp(`办公室[^—]*?${first.name}`));
    await renderPage(file, 'form-roster');
  });

  it('prints the columns chosen for print; the Excel file stays the full list the import reads back', async () => {
    const file = join(await tempDir(), '花名册.pdf');
    await callOk(ctx, 'forms:export', { request: { form: 'roster', columns: ['name', 'post', 'phone'] }, format: 'pdf', file });
    const page = (await pdfCellTexts(file))[0];
    expect(page).toMatch(/姓名现任职务联系电话/);
    expect(page).not.toContain('民族');

    const xlsx = join(await tempDir(), '花名册.xlsx');
    await callOk(ctx, 'forms:export', { request: { form: 'roster', columns: ['name'] }, format: 'xlsx', file: xlsx });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const header = wb.worksheets[0].getRow(3).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['身份证号', '联系电话', '岗位职责', '备注']));

    expect((await callFail(ctx, 'forms:preview', { request: { form: 'roster', columns: [] } })).message).toMatch(/请至少选择一列/);
    expect((await callFail(ctx, 'forms:preview', { request: { form: 'roster', columns: ['salary'] } } as never)).message).toMatch(
      /打印列不正确/,
    );
  });

  it('a form with sections writes each heading as a merged, boxed row of the sheet, the people under it', () => {
    const wb = new ExcelJS.Workbook();
    const person = (name: string) => ({ ...EMPTY_PERSON_FIELDS, name }) as unknown as Person;
    const rows = [
      { person: person('甲'), unitLabel: '办公室' },
      { person: person('乙'), unitLabel: '办公室' },
      { person: person('丙'), unitLabel: '财务科' },
    ];
    const ws = writeTableForm(wb, rosterPrintForm(['name', 'post']), rows, { organisation: '测试局', scope: '测试局', asOf: '2025-04-10' });
    const column = [4, 5, 6, 7, 8].map((r) => ws.getCell(r, 1).value);
    expect(column).toEqual(['办公室', '甲', '乙', '财务科', '丙']);
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A4:B4', 'A7:B7']));
    expect(ws.getCell('A7').font).toMatchObject({ name: '黑体', bold: true });
    expect(ws.getCell('B7').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
  });
});
