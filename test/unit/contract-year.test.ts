import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeskContext } from '../../electron/services/context';
import type { Grade } from '../../shared/domain/grade';
import { callOk, openTestDesk, person, smallOrg, tempDir } from './helpers';

/** A roster with a 合同起始时间 column, written by hand as a clerk's sheet would be. */
async function rosterWithContracts(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(['姓名', '单位', '编制类型', '合同起始时间']);
  ws.addRow(['聘用甲', '办公室', '编外聘用', '2024.10']);
  ws.addRow(['聘用乙', '办公室', '编外聘用', null]);
  const file = join(dir, '花名册.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

async function gradedQuarter(ctx: DeskContext, year: number, index: number, grades: Record<string, Grade>) {
  const id = `${year}-Q${index}`;
  await callOk(ctx, 'periods:open', { kind: 'quarter', year, index });
  for (const p of await callOk(ctx, 'people:list', {}))
    await callOk(ctx, 'reviews:save', { periodId: id, personId: p.id, score: 80, proposed: grades[p.name] ?? 'fair', comment: null });
  for (let i = 0; i < 2; i++) await callOk(ctx, 'periods:advance', { id });
  await callOk(ctx, 'grading:run', { periodId: id });
}

describe('续聘 on the contract year (§8)', () => {
  it('the roster’s 合同起始时间 is read; 较差 in 2024 Q4 and 2025 Q1 count for a contract begun in October, not for the calendar year', async () => {
    const ctx = await openTestDesk();
    const { office } = await smallOrg(ctx);
    await callOk(ctx, 'people:save', { unitId: office.id, fields: person('科员丙', { establishment: '行政编制' }) });
    const p = await callOk(ctx, 'import:preview', { kind: 'roster', sources: [{ file: await rosterWithContracts(await tempDir()) }] });
    await callOk(ctx, 'import:commit', { previewId: p.previewId, mode: 'all' });
    const people = await callOk(ctx, 'people:list', {});
    const detail = await callOk(ctx, 'people:get', { id: people.find((x) => x.name === '聘用甲')!.id });
    expect(detail.fields.contractStart).toBe('2024.10');

    const poor = { 聘用甲: 'poor', 聘用乙: 'poor' } as const;
    await gradedQuarter(ctx, 2024, 4, poor);
    await gradedQuarter(ctx, 2025, 1, poor);
    const annual = await callOk(ctx, 'annual:get', { year: 2025 });
    const renewal = (name: string) => annual.rows.find((r) => r.name === name)!.renewal;
    expect(renewal('聘用甲')).toEqual({ recommended: false, reason: '合同年度（2024.10—2025.09）“较差”2次（达到2次），不建议续聘' });
    // Without a 合同起始时间 the calendar year is used, and said so: one 较差 in 2025.
    expect(renewal('聘用乙')).toEqual({
      recommended: true,
      reason: '本年度“一般”及以下1次，建议续聘（未登记合同起始时间，按自然年度计算）',
    });
    expect(annual.warnings).toEqual([
      '2025年只有1期季度平时考核有评定结果（第一季度），全年应有4期；评优资格、优秀名额和续聘建议只依据这1期，仅供参考。',
      '2025年第一季度的结果尚未公示，汇总中的等次可能还会变化。',
    ]);
  });
});
