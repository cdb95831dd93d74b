import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeskContext } from '../../electron/services/context';
import { callFail, callOk, openTestDesk, person, smallOrg, tempDir } from './helpers';

/**
 * The second review step (DOMAIN.md §1, issue 16 §7): 办公室 has 王五 (科室负责人) and 甲, 乙;
 * 刘局 (班子成员) 分管 办公室. With the step on, 王五 评鉴 甲 and 乙, 刘局 审核.
 */
async function officeWithSupervisor(ctx: DeskContext) {
  const { office, bureau } = await smallOrg(ctx);
  const ids: Record<string, string> = {};
  for (const [name, unit] of [
    ['王五', office],
    ['甲', office],
    ['乙', office],
    ['刘局', bureau],
  ] as const)
    ids[name] = (await callOk(ctx, 'people:save', { unitId: unit.id, fields: person(name) })).id;
  await callOk(ctx, 'roles:save', { personId: ids['王五'], kind: 'departmentHead', unitId: office.id, from: '2020-01-01' });
  await callOk(ctx, 'roles:save', {
    personId: ids['刘局'],
    kind: 'leadershipMember',
    unitId: bureau.id,
    supervisedUnitIds: [office.id],
    from: '2020-01-01',
  });
  const settings = await callOk(ctx, 'settings:get', {});
  await callOk(ctx, 'settings:save', { ...settings, reviewers: { ...settings.reviewers, secondStep: true } });
  await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
  await callOk(ctx, 'periods:advance', { id: '2025-Q1' });
  return { ids, office, bureau };
}

const rowOf = async (ctx: DeskContext, unitId: string, name: string) =>
  (await callOk(ctx, 'reviews:grid', { periodId: '2025-Q1', unitId })).rows.find((r) => r.name === name)!;

describe('分管领导审核 (second review step)', () => {
  it('agree or adjust with an opinion; the grid shows both; a changed score voids the 审核; only staff rated by their head are checked', async () => {
    const ctx = await openTestDesk();
    const { ids, office } = await officeWithSupervisor(ctx);
    const q = '2025-Q1';
    await callOk(ctx, 'reviews:save', { periodId: q, personId: ids['甲'], score: 92, proposed: 'good', comment: '工作主动' });
    expect(await rowOf(ctx, office.id, '甲')).toMatchObject({ reviewerName: '王五', checkerName: '刘局', check: null });

    const refused = await callFail(ctx, 'reviews:check', {
      periodId: q,
      personId: ids['甲'],
      decision: 'adjust',
      grade: 'fair',
      opinion: null,
    });
    expect(refused.message).toBe('调整等次须写明审核意见。');
    await callOk(ctx, 'reviews:check', {
      periodId: q,
      personId: ids['甲'],
      decision: 'adjust',
      grade: 'fair',
      opinion: '重点任务有一项滞后',
    });
    expect((await rowOf(ctx, office.id, '甲')).check).toMatchObject({ decision: 'adjust', grade: 'fair', opinion: '重点任务有一项滞后' });
    // The head himself is rated by the 分管领导: nothing to check.
    await callOk(ctx, 'reviews:save', { periodId: q, personId: ids['王五'], score: 90, proposed: 'good', comment: null });
    expect((await callFail(ctx, 'reviews:check', { periodId: q, personId: ids['王五'], decision: 'agree', opinion: null })).message).toBe(
      '王五的评鉴不由分管领导审核（不是科室负责人评鉴的一般工作人员，或没有登记分管该单位的领导）。',
    );

    // A changed score voids the 审核 (the 分管领导 checked something else), and the audit entry says so.
    await callOk(ctx, 'reviews:save', { periodId: q, personId: ids['甲'], score: 93, proposed: 'good', comment: '工作主动' });
    expect((await rowOf(ctx, office.id, '甲')).check).toBeNull();
    const entries = await ctx.folder.audit.all();
    expect(entries.at(-1)!.summary).toMatch(/原分管领导审核作废，须重新审核/);
    expect(entries.filter((e) => e.action === 'review.check').map((e) => e.summary)).toEqual([
      '2025年第一季度 甲 分管领导审核：重点任务有一项滞后。等次调整为“较好”。',
    ]);
  });

  it('评鉴表 round trip: the 审核 columns go out filled, come back from Excel, and reach the grading and the 登记表', async () => {
    const ctx = await openTestDesk();
    const { ids, office } = await officeWithSupervisor(ctx);
    const q = '2025-Q1';
    await callOk(ctx, 'reviews:save', { periodId: q, personId: ids['甲'], score: 92, proposed: 'good', comment: '工作主动' });
    await callOk(ctx, 'reviews:save', { periodId: q, personId: ids['乙'], score: 85, proposed: 'fair', comment: '完成任务' });
    await callOk(ctx, 'reviews:save', { periodId: q, personId: ids['王五'], score: 88, proposed: 'fair', comment: null });
    await callOk(ctx, 'reviews:check', { periodId: q, personId: ids['甲'], decision: 'agree', opinion: null });

    const dir = await tempDir();
    const file = join(dir, '评鉴表.xlsx');
    await callOk(ctx, 'reviews:exportSheet', { periodId: q, unitId: office.id, file });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('评鉴表')!;
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual([
      '序号',
      '姓名',
      '职务',
      '评鉴人',
      '分数',
      '拟评等次',
      '评鉴意见',
      '审核人',
      '审核结果',
      '审核意见',
      '编号',
    ]);
    const byName = (n: string) => [5, 6, 7].map((r) => ws.getRow(r)).find((r) => r.getCell(2).value === n)!;
    expect([8, 9, 10].map((c) => byName('甲').getCell(c).value)).toEqual(['刘局', '同意', null]);
    expect([8, 9, 10].map((c) => byName('王五').getCell(c).value)).toEqual(['—', '—', '—']);
    expect(byName('乙').getCell(9).protection?.locked).toBe(false);
    expect(byName('王五').getCell(9).protection?.locked).not.toBe(false);

    // The 分管领导 fills in 乙's row in Excel: adjusted to 一般, with the opinion.
    byName('乙').getCell(9).value = '一般';
    byName('乙').getCell(10).value = '全年考勤有缺';
    await wb.xlsx.writeFile(file);
    const p = await callOk(ctx, 'import:preview', { kind: 'reviews', sources: [{ file }], expect: { periodId: q, unitId: office.id } });
    expect(p.errors).toEqual([]);
    expect(
      p.rows
        .filter((r) => r.status === 'changed')
        .map((r) => [r.name, r.changes.map((c) => `${c.label}：${c.before ?? '空'} → ${c.after}`)]),
    ).toEqual([['乙', ['审核结果：空 → 调整为一般', '审核意见：空 → 全年考勤有缺']]]);
    await callOk(ctx, 'import:commit', { previewId: p.previewId, mode: 'all' });
    expect((await rowOf(ctx, office.id, '乙')).check).toMatchObject({ decision: 'adjust', grade: 'average', opinion: '全年考勤有缺' });

    // An adjustment without an opinion is refused on import, naming the row and the column.
    byName('乙').getCell(9).value = '较差';
    byName('乙').getCell(10).value = null;
    await wb.xlsx.writeFile(file);
    const bad = await callOk(ctx, 'import:preview', { kind: 'reviews', sources: [{ file }], expect: { periodId: q, unitId: office.id } });
    expect(bad.errors.map((e) => [e.column, e.message])).toEqual([['审核意见', '审核结果调整为“较差”，须填写审核意见']]);

    // The grading takes the 审核; the 登记表 prints it in the 主管领导评鉴 box.
    await callOk(ctx, 'periods:advance', { id: q });
    const v = await callOk(ctx, 'grading:run', { periodId: q });
    const 乙 = v.outcomes.find((o) => o.name === '乙')!;
    expect(乙.grade).toBe('average');
    expect(乙.steps[0].reason).toBe('主管领导拟评“较好”（85分）；分管领导审核调整为“一般”：全年考勤有缺');
    const register = join(dir, '登记表.xlsx');
    await callOk(ctx, 'forms:export', { request: { form: 'register', periodId: q, personId: ids['乙'] }, format: 'xlsx', file: register });
    const reg = new ExcelJS.Workbook();
    await reg.xlsx.readFile(register);
    const texts: string[] = [];
    reg.worksheets[0].eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
    expect(texts.some((t) => t.includes('分管领导审核意见：全年考勤有缺。等次调整为“一般”。'))).toBe(true);
  });
});
