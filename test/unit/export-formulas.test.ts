import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileOutput } from '../../shared/api/contract';
import { readZip } from '../hostile/zip';
import { callOk, openTestDesk, person, smallOrg, tempDir } from './helpers';

/** What a spreadsheet would run if it took these for formulas (DDE, links, arithmetic). */
const HOSTILE = {
  names: ['=HYPERLINK("//x")', '+SUM(1,1)', '-1+1', '@SUM(1)'],
  note: "=cmd|' /C calc'!A0",
  post: '=1+1',
  comment: '+2+2',
  content: '-3-3',
  progress: '@x',
  summary: '\t=1+2',
  unit: '=2*3科',
};
const TRIGGER = /^[=+\-@\t\r]/;

/** Every exported workbook is checked three ways: the raw sheet XML, exceljs and SheetJS. */
async function expectNoFormula(label: string, out: FileOutput, mustContain: string[]) {
  const bytes = Buffer.from(out.dataBase64!, 'base64');
  for (const [part, xml] of readZip(bytes)) {
    if (/^xl\/worksheets\/.+\.xml$/.test(part)) expect(xml.toString('utf8'), `${label} ${part}`).not.toMatch(/<f[ >]/);
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const texts: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type, `${label} ${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') {
          texts.push(cell.value);
          // Text format: editing the cell in Excel/WPS keeps it text (the apostrophe's job).
          if (TRIGGER.test(cell.value)) expect(cell.numFmt, `${label} ${ws.name}!${cell.address} ${cell.value}`).toBe('@');
        }
      }),
    ),
  );
  const sheetjs = XLSX.read(bytes, { cellFormula: true, dense: true });
  for (const name of sheetjs.SheetNames) {
    for (const row of (sheetjs.Sheets[name]['!data'] ?? []) as (XLSX.CellObject | undefined)[][]) {
      for (const c of row ?? []) expect(c?.f, `${label} ${name} ${String(c?.v)}`).toBeUndefined();
    }
  }
  // Not vacuous: the hostile values are in the file, as text.
  for (const s of mustContain)
    expect(
      texts.some((t) => t.includes(s.trim())),
      `${label} holds ${s}`,
    ).toBe(true);
}

describe('exports never start a formula from data', () => {
  it('roster, review and records sheets, every form, the audit log and the import error report: values beginning with = + - @ tab are text cells', async () => {
    const ctx = await openTestDesk();
    const units = await smallOrg(ctx);
    const unit = await callOk(ctx, 'units:save', { name: HOSTILE.unit, kind: 'department', parentId: units.bureau.id });
    const ids: string[] = [];
    for (const [i, name] of HOSTILE.names.entries()) {
      const fields = person(name, { note: HOSTILE.note, post: HOSTILE.post, phone: '+86 10 1234' });
      ids.push((await callOk(ctx, 'people:save', { unitId: i % 2 ? unit.id : units.office.id, unitSince: '2024-06-01', fields })).id);
    }
    const periodId = '2025-Q1';
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
    for (const [i, id] of ids.entries()) {
      await callOk(ctx, 'reviews:save', { periodId, personId: id, score: 95 - i * 10, proposed: null, comment: HOSTILE.comment });
      await callOk(ctx, 'records:save', {
        periodId,
        personId: id,
        date: '2025-02-03',
        content: HOSTILE.content,
        progress: HOSTILE.progress,
        note: HOSTILE.note,
      });
      await callOk(ctx, 'summaries:save', {
        periodId,
        personId: id,
        text: HOSTILE.summary,
        attendance: { absentDays: 0, leaveDays: 0, lateTimes: 0 },
      });
    }
    const roster = await callOk(ctx, 'roster:export', {});
    await expectNoFormula('花名册', roster, [...HOSTILE.names, HOSTILE.note, HOSTILE.post, HOSTILE.unit]);
    await expectNoFormula('评鉴表', await callOk(ctx, 'reviews:exportSheet', { periodId, unitId: units.office.id }), [
      HOSTILE.names[0],
      HOSTILE.post,
      HOSTILE.comment,
    ]);
    await expectNoFormula('工作纪实表', await callOk(ctx, 'records:exportSheet', { periodId, unitId: units.office.id }), [
      HOSTILE.names[0],
      HOSTILE.content,
      HOSTILE.progress,
    ]);

    await callOk(ctx, 'periods:advance', { id: periodId });
    await callOk(ctx, 'periods:advance', { id: periodId });
    await callOk(ctx, 'grading:run', { periodId });
    await expectNoFormula(
      '汇总表',
      await callOk(ctx, 'forms:export', { request: { form: 'summary', periodId }, format: 'xlsx' }),
      HOSTILE.names,
    );
    await callOk(ctx, 'periods:advance', { id: periodId });
    // Every form the 表格 menu writes as a workbook.
    const forms = [
      { form: 'notice', periodId, grades: ['good', 'fair', 'average', 'poor'] },
      { form: 'register', periodId },
      { form: 'workRecords', periodId },
      { form: 'roster' },
      { form: 'annualRegister', year: 2025 },
      { form: 'annualReview', year: 2025 },
    ] as const;
    for (const request of forms)
      await expectNoFormula(request.form, await callOk(ctx, 'forms:export', { request, format: 'xlsx' } as never), [HOSTILE.names[0]]);
    await expectNoFormula('操作日志', await callOk(ctx, 'audit:export', { kinds: [], keyword: '' }), [HOSTILE.names[0]]);

    // An import whose rows carry formulas and bad values: the problem list is text too.
    const file = join(await tempDir(), '有问题的花名册.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('花名册').addRows([
      ['姓名', '性别', '身份证号', '出生年月'],
      ['=HYPERLINK("//evil")', '男', '110105194912310021', '=1+1'],
      ['@SUM(1)', '未知', '+123', '-1985.03'],
    ]);
    await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const preview = await callOk(ctx, 'import:preview', { kind: 'roster', sources: [{ file }] });
    expect(preview.errors.length).toBeGreaterThan(0);
    await expectNoFormula('导入问题清单', await callOk(ctx, 'import:errorReport', { previewId: preview.previewId }), [
      '=HYPERLINK("//evil")',
      '@SUM(1)',
    ]);
  });
});
