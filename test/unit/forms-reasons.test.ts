import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskContext } from '../../electron/services/context';
import { pdfCellTexts, reasonsQuarter } from './forms-helpers';
import { callOk, openTestDesk, tempDir, testPrinter } from './helpers';

afterAll(() => testPrinter.close());

/** The sentence of each rule that moved a grade away from the 评鉴 proposal, as it must reach paper. */
const REASONS = {
  张七: ['主管领导建议等次为“好”，评定为“较好”', '表现记录：2025年2月10日违反工作纪律（诫勉，影响期至2026年2月9日）', '不得评为“好”'],
  周九: ['主管领导建议等次为“好”，评定为“较好”', '全局“好”等次名额3个，按分数排第4位（88），超出名额'],
  刘六: [
    '主管领导建议等次为“较好”，评定为“较差”',
    '管理责任（按职责范围）：组织人事科本期1人，2025年第一季度无人被评为“一般”“较差”，但有1起未予容错的问题（2025年2月20日工作推进不理想（李四）），科室负责人直接评为“较差”',
    '科室负责人直接评为“较差”',
  ],
  王五: ['主管领导建议等次为“一般”，评定为“较好”', '人工调整：经复核，汛期值守表现突出'],
} as const;
const flat = (s: string) => s.replace(/\s+/g, '');

let ctx: DeskContext;
let q: Awaited<ReturnType<typeof reasonsQuarter>>;
beforeAll(async () => {
  ctx = await openTestDesk();
  q = await reasonsQuarter(ctx);
});

describe('every grade that differs from the 评鉴 proposal carries its reason on paper', () => {
  it('in 机关审定意见 of the 登记表 (PDF text), and nobody else gets one', async () => {
    const file = join(await tempDir(), '登记表.pdf');
    await callOk(ctx, 'forms:export', { request: { form: 'register', periodId: q.periodId }, format: 'pdf', file });
    const pageTexts = await pdfCellTexts(file);
    // Each person's back page holds the decision; find it by the name on the front page before it.
    const back = (name: string) => {
      const front = pageTexts.findIndex((t) => t.includes(`姓名${name}`));
      expect(front, name).toBeGreaterThanOrEqual(0);
      return pageTexts[front + 1];
    };
    for (const [name, parts] of Object.entries(REASONS)) for (const part of parts) expect(back(name), name).toContain(part);
    expect(back('丁一')).toContain('经审定，2025年第一季度平时考核等次为“好”。');
    expect(back('丁一')).not.toContain('主管领导建议等次为');
    expect(back('赵八')).not.toContain('主管领导建议等次为');
  });

  it('on the 反馈 to each person', async () => {
    const feedback = await callOk(ctx, 'grading:feedback', { periodId: q.periodId });
    const text = (name: string) => flat(feedback.find((f) => f.name === name)!.text);
    for (const [name, parts] of Object.entries(REASONS)) for (const part of parts) expect(text(name), name).toContain(part);
    expect(feedback.find((f) => f.name === '周九')!.text).toMatch(
      /^周九同志：经评定，您在2025年第一季度平时考核中的等次为“较好”。主管领导建议等次为“好”，评定为“较好”：全局“好”等次名额 3 个，按分数排第 4 位（88），超出名额，评为“较好”。主管领导评鉴意见：周九工作认真负责。$/,
    );
    expect(text('丁一')).toBe('丁一同志：经评定，您在2025年第一季度平时考核中的等次为“好”。主管领导评鉴意见：丁一工作认真负责。');
  });

  it('in the 说明 column of the 汇总表, in the section of each staff group', async () => {
    const file = join(await tempDir(), '汇总表.xlsx');
    await callOk(ctx, 'forms:export', { request: { form: 'summary', periodId: q.periodId }, format: 'xlsx', file });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['公务员', '事业单位人员', '工勤人员', '编外聘用人员']);
    const note = (sheet: string, name: string) => {
      const ws = wb.getWorksheet(sheet)!;
      const header = [...Array(ws.columnCount).keys()].map((c) => ws.getCell(5, c + 1).value);
      for (let r = 6; r <= ws.rowCount; r++)
        if (ws.getCell(r, 2).value === name) return flat(String(ws.getCell(r, header.indexOf('说明') + 1).value ?? ''));
      throw new Error(`${name} not on ${sheet}`);
    };
    const sheets = { 张七: '事业单位人员', 周九: '工勤人员', 刘六: '公务员', 王五: '编外聘用人员' } as const;
    for (const [name, parts] of Object.entries(REASONS))
      for (const part of parts.slice(1)) expect(note(sheets[name as keyof typeof sheets], name), name).toContain(part);
    expect(note('公务员', '丁一')).toBe('');

    const pdf = join(await tempDir(), '汇总表.pdf');
    await callOk(ctx, 'forms:export', { request: { form: 'summary', periodId: q.periodId }, format: 'pdf', file: pdf });
    const text = (await pdfCellTexts(pdf)).join('');
    for (const parts of Object.values(REASONS)) for (const part of parts.slice(1)) expect(text).toContain(part);
  });
});
