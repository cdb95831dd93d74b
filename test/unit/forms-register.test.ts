import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { annualRegisterForm } from '../../shared/forms/annual-register-form';
import { fitFontSize, gridFormProblems } from '../../shared/forms/grid-form';
import { WORK_RECORD_PLACEMENTS } from '../../shared/forms/form-settings';
import { registerForm } from '../../shared/forms/register-form';
import { REGISTER_VARIANTS } from '../../shared/forms/staff-group';
import { gradedQuarter, pageText, pdfCellTexts, pdfFacts, renderPage, xmlParts } from './forms-helpers';
import { callFail, callOk, openTestDesk, person, tempDir, testPrinter } from './helpers';

afterAll(() => testPrinter.close());

const thin = { style: 'thin' };

/** The graded quarter, with 丁一's records, 个人小结, an incident and a 审核意见 added. */
async function filledQuarter() {
  const ctx = await openTestDesk();
  const q = await gradedQuarter(ctx, { publish: false });
  const ding = q.ids['丁一'];
  await callOk(ctx, 'people:save', {
    id: ding,
    unitId: q.office.id,
    fields: person('丁一', {
      gender: '女',
      post: '科员',
      rank: '四级主任科员',
      category: '公务员',
      birth: '1990.05',
      political: '中共党员',
      duties: '负责文电、会务和政务信息工作',
    }),
  });
  await callOk(ctx, 'records:save', {
    periodId: q.periodId,
    personId: ding,
    date: '2025-01-06',
    content: '起草年度工作要点',
    progress: '已完成',
    note: null,
  });
  await callOk(ctx, 'records:save', {
    periodId: q.periodId,
    personId: ding,
    date: '2025-01-08',
    content: '=HYPERLINK("http://x","y")',
    progress: null,
    note: null,
  });
  await callOk(ctx, 'records:save', {
    periodId: q.periodId,
    personId: ding,
    date: '2025-02-12',
    content: '医保基金专项检查',
    progress: '进行中',
    note: null,
  });
  await callOk(ctx, 'records:review', { periodId: q.periodId, personId: ding, key: '2025-W02', comment: '按时完成，质量较高。' });
  await callOk(ctx, 'summaries:save', {
    periodId: q.periodId,
    personId: ding,
    text: '本季度完成了年度工作要点的起草。',
    attendance: { absentDays: 0, leaveDays: 1.5, lateTimes: 2 },
  });
  await callOk(ctx, 'incidents:save', {
    personId: ding,
    kind: '表彰奖励',
    handling: '通报表扬',
    date: '2025-03-03',
    reason: '窗口服务获群众书面表扬',
    docNo: '医保办〔2025〕3号',
  } as never);
  await callOk(ctx, 'periods:advance', { id: q.periodId }); // 公示: the decision is printed from here on
  return { ctx, ...q, ding };
}

async function workbook(ctx: Awaited<ReturnType<typeof filledQuarter>>['ctx'], request: object) {
  const file = join(await tempDir(), 'form.xlsx');
  await callOk(ctx, 'forms:export', { request, format: 'xlsx', file } as never);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { wb, file };
}

describe('平时考核登记表', () => {
  it('fills §2A for one person: who, 从事或分管工作, 个人总结, attendance, incidents, review and decision; 工作纪实 on an 附页', async () => {
    const { ctx, periodId, ding } = await filledQuarter();
    const { wb, file } = await workbook(ctx, { form: 'register', periodId, personId: ding });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['丁一']);
    const ws = wb.getWorksheet('丁一')!;
    expect(ws.getCell('A1').value).toBe('公务员平时考核登记表');
    expect(ws.getCell('A1').font).toMatchObject({ name: '方正小标宋简体', size: 18, charset: 134 });
    expect(ws.getCell('A2').value).toBe('（2025年第一季度）');
    expect([1, 2, 3, 5].map((c) => ws.getCell(3, c).value)).toEqual([
      '姓　名',
      '丁一',
      '部门及职务（职级）',
      '办公室 科员（四级主任科员）',
    ]);
    expect([ws.getCell('A4').value, ws.getCell('B4').value]).toEqual(['从 事 或\n分管工作', '负责文电、会务和政务信息工作']);
    expect(ws.getCell('A5').value).toBe('个\n人\n总\n结');
    expect(ws.getCell('B5').value).toBe('本季度完成了年度工作要点的起草。');
    // Page 2.
    expect([ws.getCell('A7').value, ws.getCell('B7').value, ws.getCell('D7').value, ws.getCell('F7').value]).toEqual([
      '出勤情况',
      '旷工0天',
      '病事假1.5天',
      '迟到、早退2次',
    ]);
    expect(ws.getCell('B8').value).toBe('2025年3月3日　表彰奖励：窗口服务获群众书面表扬（通报表扬，医保办〔2025〕3号）');
    expect(ws.getCell('A9').value).toBe('主管领导审核评价意见和考核等次\n建议');
    expect(ws.getCell('B9').value).toBe('评鉴得分：95　考核等次建议：好');
    expect(ws.getCell('B10').value).toBe('签名：　　　　　　　年　　月　　日');
    expect([ws.getCell('A11').value, ws.getCell('B11').value]).toEqual(['机关审定\n意见', '经审定，2025年第一季度平时考核等次为“好”。']);
    expect([ws.getCell('A12').value, ws.getCell('B12').value]).toEqual(['未确定等次或不参加考核情况说明', null]);
    expect(ws.getCell('A13').value).toMatch(/^备注：1\. 此表一式两份.*由公务员所在处/);
    // The period's 工作纪实 whole on the 附页, each record on its line; a record starting with = stays text.
    expect(ws.getCell('A15').value).toBe('附页');
    expect(ws.getCell('A16').value).toBe('公务员平时考核登记表（2025年第一季度）　丁一');
    expect(ws.getCell('A17').value).toBe('本期工作纪实');
    expect(ws.getCell('A18').value).toBe(
      '本期工作纪实共 3 条：\n1月6日　起草年度工作要点（已完成）\n1月8日　=HYPERLINK("http://x","y")\n2月12日　医保基金专项检查（进行中）',
    );
    expect(ws.getCell('A18').type).toBe(ExcelJS.ValueType.String);

    // Merged boxes as on the provincial form, bordered on every edge cell; the signature line closes its box.
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(
      expect.arrayContaining([
        'A1:F1',
        'A2:F2',
        'C3:D3',
        'E3:F3',
        'B4:F4',
        'A5:A6',
        'B5:F6',
        'B7:C7',
        'D7:E7',
        'B8:F8',
        'A9:A10',
        'B9:F9',
        'B10:F10',
        'B11:F11',
        'B12:F12',
      ]),
    );
    for (const ref of ['B5', 'F5', 'B6', 'F6'])
      expect(ws.getCell(ref).border, ref).toMatchObject({ top: thin, left: thin, bottom: thin, right: thin });
    expect(ws.getCell('B9').border.bottom).toBeUndefined();
    expect(ws.getCell('B10').border.top).toBeUndefined();
    expect(ws.getCell('B10').border.bottom).toMatchObject(thin);
    // The 个人总结 box is the form's 16.5 cm (468.6 pt), in two rows as Excel stops at 409 pt.
    expect((ws.getRow(5).height ?? 0) + (ws.getRow(6).height ?? 0)).toBeCloseTo(468.6, 1);
    for (let r = 1; r <= ws.rowCount; r++) expect(ws.getRow(r).height ?? 15, `row ${r}`).toBeLessThanOrEqual(409);
    expect(ws.getCell('B5').font).toMatchObject({ name: '仿宋_GB2312', charset: 134 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.headerFooter.oddFooter).toBe('&R本表正反面打印');

    // Well-formed XML (no repair prompt), page breaks after 个人总结 and before the 附页, and SheetJS reads it too.
    const parts = await xmlParts(file);
    expect(parts.get('xl/worksheets/sheet1.xml')).toMatch(
      /<rowBreaks count="2" manualBreakCount="2"><brk id="6" max="\d+" man="1"\/><brk id="14" max="\d+" man="1"\/><\/rowBreaks>/,
    );
    const sheet = XLSX.read(await readFile(file)).Sheets['丁一'];
    expect(sheet.B3.v).toBe('丁一');
    expect(Object.values(sheet).filter((c) => typeof c === 'object' && c && 'f' in c)).toEqual([]);
  });

  it('puts each participant of a unit on the form of their 人员类别, a sheet each', async () => {
    const { ctx, periodId, centre, office } = await filledQuarter();
    const { wb } = await workbook(ctx, { form: 'register', periodId, unitId: centre.id });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['张七', '赵八']);
    const zhang = wb.getWorksheet('张七')!;
    expect(zhang.getCell('A1').value).toBe('事业单位工作人员平时考核登记表');
    expect(zhang.getCell('A1').font).toMatchObject({ size: 22 });
    expect([zhang.getCell('C3').value, zhang.getCell('A4').value]).toEqual(['部门及职务（岗位）', '分管（担）工作']);
    expect(zhang.getCell('A9').value).toBe('主管领导点评和考核等次\n建议');
    expect(zhang.getCell('B11').value).toBe('经审定，2025年第一季度平时考核等次为“较差”。');
    // 马三 is 机关工勤人员: the bureau's own form of the 公务员 shape, not the 事业单位 one.
    const office_ = (await workbook(ctx, { form: 'register', periodId, unitId: office.id })).wb;
    expect(office_.getWorksheet('马三')!.getCell('A1').value).toBe('机关工勤人员平时考核登记表');
    expect(office_.getWorksheet('马三')!.getCell('A13').value).toMatch(/由工作人员所在处/);
  });

  it('fills 从事或分管工作 from the roles when the roster has no 岗位职责: the 科室 a head leads', async () => {
    const { ctx, periodId, ids } = await filledQuarter();
    const { wb } = await workbook(ctx, { form: 'register', periodId, personId: ids['王五'] });
    expect(wb.getWorksheet('王五')!.getCell('B4').value).toBe('负责办公室全面工作');
  });

  it('says why there is no grade: 不确定等次 with its reason', async () => {
    const { ctx, periodId, ids } = await filledQuarter();
    const { wb } = await workbook(ctx, { form: 'register', periodId, personId: ids['李四'] });
    const ws = wb.getWorksheet('李四')!;
    expect(ws.getCell('B11').value).toBe('2025年第一季度平时考核不确定等次。');
    expect(ws.getCell('B12').value).toBe('新录用试用期');
    expect(ws.getCell('A15').value).toBeNull(); // no 工作纪实, no 附页
    expect(
      (await callFail(ctx, 'forms:export', { request: { form: 'register', periodId, personId: 'nobody' }, format: 'xlsx' })).code,
    ).toBe('NOT_FOUND');
  });

  it('prints two A4 pages per person, the break after 个人总结, then the 工作纪实 附页 after the batch', async () => {
    const { ctx, periodId, office } = await filledQuarter();
    const file = join(await tempDir(), '登记表.pdf');
    await callOk(ctx, 'forms:export', { request: { form: 'register', periodId, unitId: office.id }, format: 'pdf', file });
    const pdf = await pdfFacts(file);
    expect(pdf.pages).toBe(9); // 丁一 卜二 马三 王五, then 丁一's 工作纪实
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual([595, 842]);
    const pages = await pdfCellTexts(file);
    for (const [i, name] of ['丁一', '卜二', '马三', '王五'].entries()) {
      const [front, back] = [pages[2 * i], pages[2 * i + 1]];
      expect(front, name).toMatch(/^(本表正反面打印)?(公务员|机关工勤人员)平时考核登记表/);
      expect(front).toContain(`姓名${name}`);
      expect(front).toContain('（2025年第一季度）');
      expect(front).toContain('个人总结');
      expect(back).toContain('出勤情况');
      expect(back).toContain('本表正反面打印');
    }
    expect(pages[0]).toContain('本季度完成了年度工作要点的起草。');
    expect(pages[1]).toContain('经审定，2025年第一季度平时考核等次为“好”。');
    expect(pages[8]).toMatch(
      /^(本表正反面打印)?附页公务员平时考核登记表（2025年第一季度）丁一本期工作纪实本期工作纪实共3条：1月6日起草年度工作要点（已完成）/,
    );
    const page = await renderPage(file, 'form-register');
    expect(page.ink(0.03, 0.1)).toBeGreaterThan(0.005); // the title and the period
    expect(page.ink(0.26, 0.31)).toBeGreaterThan(0.001); // the 个人总结 at the top of its box
  });

  it('leaves 机关审定意见 empty until the grades are published', async () => {
    const ctx = await openTestDesk();
    const { periodId, ids } = await gradedQuarter(ctx, { publish: false });
    const { wb } = await workbook(ctx, { form: 'register', periodId, personId: ids['丁一'] });
    expect(wb.getWorksheet('丁一')!.getCell('B11').value).toBeNull();
    expect(wb.getWorksheet('丁一')!.getCell('B9').value).toBe('评鉴得分：95　考核等次建议：好');
  });

  it('cuts a text too long for its box and prints it whole on an 附页 after the batch, every form staying two pages', async () => {
    const ctx = await openTestDesk();
    const { periodId, ids, office } = await gradedQuarter(ctx, { publish: false });
    const long = Array.from({ length: 45 }, (_, i) => `第${i + 1}项：认真落实医保基金监管各项要求，按时完成专项检查和整改。`).join('\n');
    await callOk(ctx, 'summaries:save', {
      periodId,
      personId: ids['丁一'],
      text: long,
      attendance: { absentDays: 0, leaveDays: 0, lateTimes: 0 },
    });
    const { wb } = await workbook(ctx, { form: 'register', periodId, personId: ids['丁一'] });
    const ws = wb.getWorksheet('丁一')!;
    const box = String(ws.getCell('B5').value);
    expect(box.endsWith('……（未完，全文见附页）')).toBe(true);
    expect(box.length).toBeLessThan(long.length);
    expect(ws.getCell('A15').value).toBe('附页');
    expect(ws.getCell('A16').value).toBe('公务员平时考核登记表（2025年第一季度）　丁一');
    expect(ws.getCell('A17').value).toBe('个人总结');
    let whole = '';
    for (let r = 18; r <= ws.rowCount; r++) {
      whole += `${whole ? '\n' : ''}${ws.getCell(r, 1).value ?? ''}`;
      expect(ws.getRow(r).height, `row ${r}`).toBeLessThanOrEqual(409);
    }
    expect(whole).toBe(long);

    const file = join(await tempDir(), '登记表.pdf');
    await callOk(ctx, 'forms:export', { request: { form: 'register', periodId, unitId: office.id }, format: 'pdf', file });
    const pdf = await pdfFacts(file);
    // 丁一 卜二 马三 王五 two pages each, then 丁一's 附页 (two pages of it).
    expect(pdf.pages).toBe(4 * 2 + 2);
    expect(await pageText(file, 3)).toContain('卜二');
    expect(await pageText(file, 9)).toMatch(/^附页公务员平时考核登记表（2025年第一季度）丁一个人总结第1项/);
    expect(await pageText(file, 10)).toContain('第45项');
  });

  it('every fixed form can be written to Excel: rows within 409 pt, no overlapping or missing cells', () => {
    const forms = REGISTER_VARIANTS.flatMap((variant) => [
      ...WORK_RECORD_PLACEMENTS.map((workRecords) => registerForm({ variant, who: '工作人员', workRecords })),
      annualRegisterForm({ variant, who: '工作人员' }),
    ]);
    for (const form of forms) expect(gridFormProblems(form as never), form.title(null as never)).toEqual([]);
  });

  it('shrinks long text to its box but never below the least size, and only when it must', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('医', '保', 'a', '1', '\n'), maxLength: 3000 }),
        fc.integer({ min: 100, max: 500 }),
        fc.integer({ min: 40, max: 400 }),
        (text, w, h) => {
          const s = fitFontSize(text, w, h, 14, 9);
          expect(s).toBeGreaterThanOrEqual(9);
          expect(s).toBeLessThanOrEqual(14);
          expect(fitFontSize(text, w * 2, h * 2, 14, 9)).toBeGreaterThanOrEqual(s);
        },
      ),
    );
    expect(fitFontSize('短', 300, 100, 14, 9)).toBe(14);
  });
});
