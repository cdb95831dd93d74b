import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gradedQuarter, pageText, pdfFacts, renderPage, xmlParts } from './forms-helpers';
import { callFail, callOk, openTestDesk, tempDir, testPrinter } from './helpers';

afterAll(() => testPrinter.close());

async function exported(request: object, format: 'xlsx' | 'pdf') {
  const ctx = await openTestDesk();
  const q = await gradedQuarter(ctx, { publish: true });
  const file = join(await tempDir(), `form.${format}`);
  await callOk(ctx, 'forms:export', { request: typeof request === 'function' ? request(q) : request, format, file } as never);
  return { ctx, q, file };
}

describe('年度考核登记表', () => {
  it('fills the person and prefills 需要说明的情况 from the year’s 平时考核 (§5A), 公务员 and 事业单位 forms', async () => {
    const { file } = await exported({ form: 'annualRegister', year: 2025 }, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['丁一', '卜二', '马三', '王五', '刘六', '李四', '张七', '赵八']);
    const ding = wb.getWorksheet('丁一')!;
    expect(ding.getCell('A1').value).toBe('公务员年度考核登记表');
    expect(ding.getCell('A1').font).toMatchObject({ name: '方正小标宋简体', size: 22, charset: 134 });
    expect(ding.getCell('A2').value).toBe('（2025年度）');
    expect([ding.getCell('A3').value, ding.getCell('B3').value, ding.getCell('D3').value]).toEqual(['姓　　名', '丁一', '女']);
    expect([ding.getCell('A5').value, ding.getCell('B5').value]).toEqual(['单 位 及\n职务职级', '办公室 科员（四级主任科员）']);
    expect([ding.getCell('A6').value, ding.getCell('B6').value]).toEqual(['从 事 或\n分管工作', null]);
    expect([ding.getCell('A7').value, ding.getCell('B7').value]).toEqual(['个\n人\n总\n结', null]);
    expect(wb.getWorksheet('王五')!.getCell('B6').value).toBe('负责办公室全面工作'); // from his role: head of 办公室
    expect(ding.getCell('A17').value).toBe('需要说明\n的 情 况');
    expect(ding.getCell('B17').value).toBe('2025年度平时考核情况：“好”1次，“较好”0次，“一般”0次，“较差”0次。');
    expect(ding.getCell('B18').value).toBe('盖章或签名：　　　　　　年　　月　　日');
    expect(ding.getCell('A19').value).toBe('备 注：此表一式二份。一份存入公务员本人档案，一份归入考核单位档案。');

    const zhang = wb.getWorksheet('张七')!;
    expect(zhang.getCell('A1').value).toBe('事业单位工作人员年度考核登记表');
    expect([zhang.getCell('A5').value, zhang.getCell('B5').value, zhang.getCell('A6').value, zhang.getCell('B6').value]).toEqual([
      '单　位',
      '医疗保障事业管理中心',
      '职务或岗位等级',
      '工作人员',
    ]);
    expect(zhang.getCell('B18').value).toBe('2025年度平时考核情况：“好”0次，“较好”0次，“一般”0次，“较差”1次。');
    // 马三 (机关工勤人员) gets the bureau's own form of the 事业单位 shape, titled for 机关工勤人员.
    expect(wb.getWorksheet('马三')!.getCell('A1').value).toBe('机关工勤人员年度考核登记表');
    const li = wb.getWorksheet('李四')!;
    expect(li.getCell('B17').value).toBe('2025年度平时考核情况：“好”0次，“较好”0次，“一般”0次，“较差”0次，不确定等次1次。');
    const parts = await xmlParts(file);
    expect(parts.get('xl/worksheets/sheet1.xml')).toMatch(/<rowBreaks count="1" manualBreakCount="1"><brk id="9" /);
  });

  it('prints two A4 pages marked for double-sided printing', async () => {
    const { file, q } = await exported({ form: 'annualRegister', year: 2025, unitId: undefined, personId: undefined }, 'pdf');
    const pdf = await pdfFacts(file);
    expect(pdf.pages).toBe(16);
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual([595, 842]);
    expect(await pageText(file, 1)).toMatch(/^公务员年度考核登记表/);
    expect(await pageText(file, 2)).toContain('2025年度平时考核情况：“好”1次');
    expect(await pageText(file, 2)).toContain('本表正反面打印');
    expect(q.ids['丁一']).toBeTruthy();
    const page = await renderPage(file, 'form-annual-register');
    expect(page.ink(0.03, 0.12)).toBeGreaterThan(0.005);
  });

  it('is refused for a year without graded periods', async () => {
    const ctx = await openTestDesk();
    await gradedQuarter(ctx, { publish: false });
    expect((await callFail(ctx, 'forms:export', { request: { form: 'annualRegister', year: 2024 }, format: 'xlsx' })).message).toBe(
      '2024年还没有评定过的考核周期。',
    );
  });
});

describe('年度考核评议表', () => {
  it('a block per kind of staff (Atype.xls): every quarter of the year, 未评定 until graded, and the proposed annual grade ticked', async () => {
    const { file } = await exported({ form: 'annualReview', year: 2025 }, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['评议表-公务员', '评议表-事业单位工作人员', '评议表-机关工勤人员']);
    const ws = wb.getWorksheet('评议表-公务员')!;
    expect(ws.getCell('A1').value).toBe('测试市医疗保障局公务员年度考核评议表');
    expect(ws.getCell('A2').value).toBe('（2025年度）'); // the year once, under the title
    const columns = [...Array(13).keys()].map((c) => c + 1);
    expect([4, 5].map((r) => columns.map((c) => ws.getCell(r, c).value))).toEqual([
      ['序号', '姓名', '科室（单位）', '职务', ...Array(4).fill('平时考核等次（季度）'), ...Array(4).fill('年度考核推荐等次'), '备注'],
      ['序号', '姓名', '科室（单位）', '职务', '一季度', '二季度', '三季度', '四季度', '优秀', '称职', '基本称职', '不称职', '备注'],
    ]);
    const row = (sheet: ExcelJS.Worksheet, name: string) => {
      for (let r = 6; r <= sheet.rowCount; r++)
        if (sheet.getCell(r, 2).value === name) return columns.slice(4).map((c) => sheet.getCell(r, c).value);
      throw new Error(name);
    };
    const later = ['未评定', '未评定', '未评定'];
    expect(row(ws, '丁一')).toEqual(['好', ...later, '√', null, null, null, '符合评优条件']);
    expect(row(ws, '卜二')).toEqual(['较好', ...later, null, '√', null, null, null]);
    expect(row(ws, '李四')).toEqual(['不确定', ...later, null, null, null, null, '本年度未评定等次，待研究']);
    expect(ws.getCell(11, 2).value).toBe('参加考核 5 人；推荐优秀 2 人（全局优秀名额 1 个），推荐称职 2 人，待研究 1 人');
    // 事业单位: 合格 …, as 档次.
    const inst = wb.getWorksheet('评议表-事业单位工作人员')!;
    expect(inst.getCell('A1').value).toBe('测试市医疗保障局事业单位工作人员年度考核评议表');
    expect(columns.slice(8, 12).map((c) => inst.getCell(5, c).value)).toEqual(['优秀', '合格', '基本合格', '不合格']);
    expect(row(inst, '张七')).toEqual(['较差', ...later, null, null, null, null, '“较差”1次，待研究']);
    expect(inst.getCell(8, 2).value).toBe('参加考核 2 人；推荐优秀 1 人（全局优秀名额 1 个），推荐合格 0 人，待研究 1 人');
    await xmlParts(file);
  });

  it('prints each block on A4 with the header and the ticks', async () => {
    const { file } = await exported({ form: 'annualReview', year: 2025 }, 'pdf');
    const pdf = await pdfFacts(file);
    expect(pdf.pages).toBe(3);
    expect(await pageText(file, 1)).toContain('年度考核推荐等次');
    expect(await pageText(file, 1)).toContain('公务员年度考核等次为优秀、称职、基本称职、不称职。');
    expect(await pageText(file, 2)).toContain('年度考核档次为优秀、合格、基本合格、不合格。');
    const ticks = [1, 2, 3].map(async (n) => ((await pageText(file, n)).match(/√/g) ?? []).length);
    expect(await Promise.all(ticks)).toEqual([5, 2, 2]); // the ticks and the one in each note
    await renderPage(file, 'form-annual-review');
  });
});
