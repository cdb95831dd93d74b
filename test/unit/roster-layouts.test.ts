import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { DeskContext } from '../../electron/services/context';
import { readWorkbook } from '../../electron/services/excel/read-workbook';
import { planRosterImport, type RosterPlan, type RosterPlanOptions } from '../../shared/import/roster-plan';
import { UNIT_SOURCE_LABELS } from '../../shared/import/unit-resolve';
import { fixture, fixtureOrg, openTestDesk } from './helpers';

/**
 * The real public roster layouts (Insigma 干部名册 gbhmc1 / gbhmc_hz / gbhmc3 / gbmc1 and the national
 * 干部大数据信息提取表), filled with invented people by test/fixtures/rosters/make_fixtures.py, each
 * planned against the bureau of the fixtures with exact expected results.
 */

const bureau = async (): Promise<DeskContext> => fixtureOrg(await openTestDesk());

async function plan(name: string, options: (ctx: DeskContext) => RosterPlanOptions = () => ({})): Promise<RosterPlan> {
  const ctx = await bureau();
  const grid = await readWorkbook(await readFile(fixture(name)), name);
  return planRosterImport(grid, ctx.folder.view.org(), name.split('/').pop()!, options(ctx));
}

const unitNamed = (ctx: DeskContext, name: string) => ctx.folder.view.org().units.find((u) => u.name === name)!.id;

/** One line per row: 行号 姓名 状态 单位 ← 来源 · 职务. */
const rowsOf = (p: RosterPlan) =>
  p.rows.map(
    (r) =>
      `${r.row} ${r.name} ${r.status} ${r.unitLabel || '—'} ← ${r.unitSource ? UNIT_SOURCE_LABELS[r.unitSource] : '—'} · ${r.fields.post}`,
  );
const unusedOf = (p: RosterPlan) => p.columns.filter((c) => c.field === null).map((c) => `${c.label}：${c.sample ?? '（空）'}`);
const issues = (list: { row: number; column: string; message: string }[]) => list.map((e) => `${e.row} ${e.column}：${e.message}`);

const NO_ID = (n: number) => `0 身份证号：表中没有“身份证号”列：${n} 人按姓名和出生年月与花名册中已有的人对应；同名同出生年月的人无法区分`;
const NO_ESTABLISHMENT = (n: number) =>
  `0 编制类型：表中没有“编制类型”和“人员类别”列（${n} 人）：平时考核登记表将按事业单位工作人员的格式打印；编外聘用人员不会进入编外人员的单独名额池，也不会有续聘建议。请补上编制类型`;

describe('干部名册 (干部名册.xls): a heading per section, the unit in 现任职务', () => {
  it('reads the bureau heading as the bureau, a heading with its full name in a second cell, posts naming 科室', async () => {
    const p = await plan('rosters/干部名册-分单位段.xls');
    expect(p.sheets).toEqual([{ name: '干部名册(常规A4)', tables: 2, rows: 10, header: '第4—5行' }]);
    expect(rowsOf(p)).toEqual([
      '6 韦国强 new 局机关 ← 分段标题 · 党组书记、局长',
      '7 蒙丽娟 new 局机关 ← 分段标题 · 党组成员、副局长',
      '8 覃建华 new 待遇保障科 ← 职务中的单位 · 科长',
      '9 黎晓梅 new 组织人事科 ← 职务中的单位 · 科长',
      '10 周文斌 new 办公室 ← 职务中的单位 · 四级主任科员',
      '20 何春燕 new 医疗保障事业管理中心 ← 分段标题 · 主任',
      '21 陆志明 new 医疗保障事业管理中心 ← 分段标题 · 副主任',
      '22 甘小燕 new 医疗保障事业管理中心 结算科（新科室） ← 职务中的单位 · 科长',
      '23 农海涛 new 医疗保障事业管理中心 综合科（新科室） ← 职务中的单位 · 科员',
      '24 潘雪 new 医疗保障事业管理中心 ← 分段标题 · 四级主任科员',
    ]);
    // No 科室 named 机关 and no person named after a heading.
    expect(p.newUnits).toEqual(['医疗保障事业管理中心 结算科（新科室）', '医疗保障事业管理中心 综合科（新科室）']);
    expect(issues(p.fileWarnings)).toEqual([NO_ID(10), NO_ESTABLISHMENT(10)]);
    expect(p.rows.flatMap((r) => r.errors)).toEqual([]);
    // 出生年月 typed as a number (1968.05), as a date (1980-04-01) and as 198207.
    expect(p.rows.slice(0, 4).map((r) => r.fields.birth)).toEqual(['1968.05', '1975.11', '1980.04', '1982.07']);
    expect(unusedOf(p)).toEqual(['单位归口：2']);
    expect(p.columns.filter((c) => c.field).map((c) => `${c.label}→${c.fieldLabel}`)).toEqual([
      '姓名→姓名',
      '现任职务→职务',
      '性别→性别',
      '民族→民族',
      '籍贯→籍贯',
      '全日制教育/学历→全日制学历学位',
      '全日制教育/毕业院校及专业→全日制毕业院校系及专业',
      '在职教育/学历→在职学历学位',
      '在职教育/毕业院校及专业→在职毕业院校系及专业',
      '出生年月→出生年月',
      '参加工作时间→参加工作时间',
      '入党时间→入党时间',
      '任现职时间→任现职务时间',
      '任现职级时间→任现职级时间',
      '备注→备注',
    ]);
    expect(p.proposals.roles.map((r) => r.label)).toEqual([
      '韦国强：党组主要负责人（全局）',
      '蒙丽娟：党组班子成员（全局）',
      '覃建华：科室负责人（待遇保障科）',
      '黎晓梅：科室负责人（组织人事科）',
      '黎晓梅：组织人事负责人（全局）',
      '何春燕：二层单位班子成员（医疗保障事业管理中心）',
      '陆志明：二层单位班子成员（医疗保障事业管理中心）',
      '甘小燕：科室负责人（医疗保障事业管理中心 结算科（新科室））',
    ]);
  });

  it('the template as shipped: its nameless sample person is an error, its headings are no people', async () => {
    const p = await plan('templates/ZHGBSYS/干部名册.xls');
    expect(p.rows.map((r) => [r.row, r.name])).toEqual([
      [6, ''],
      [20, ''],
    ]);
    expect(issues(p.rows.flatMap((r) => r.errors))).toEqual(['6 姓名：姓名为空', '20 姓名：姓名为空']);
    expect(p.newUnits).toEqual([]);
  });

  it('headings and headers without people: 表头下面没有人员, naming where the header is', async () => {
    const p = await plan('rosters/干部名册-空表.xls');
    expect(p.rows).toEqual([]);
    expect(issues(p.fileErrors)).toEqual(['0 ：在工作表“干部名册(常规A4)”第4—5行找到了表头，但表头下面没有人员。']);
  });
});

describe('gbhmc1: one header, no unit column and no heading', () => {
  it('takes each unit from the start of 现任职务 and asks for a unit where the post names none', async () => {
    const p = await plan('rosters/gbhmc1-单位在现任职务中.xls');
    expect(rowsOf(p)).toEqual([
      '5 韦国强 new 局机关 ← 职务中的单位 · 党组书记、局长',
      '6 何春燕 new 医疗保障事业管理中心 ← 职务中的单位 · 主任',
      '7 覃建华 new 待遇保障科 ← 职务中的单位 · 科长',
      '8 梁振宇 new 基金监管科 ← 职务中的单位 · 副科长',
      '9 黎晓梅 new 组织人事科 ← 职务中的单位 · 科长',
      '10 邓立新 invalid — ← — · 一级主任科员',
      '11 苏婷 new 医药服务管理科 ← 职务中的单位 · 科员',
    ]);
    expect(issues(p.rows.flatMap((r) => r.errors))).toEqual([
      '10 单位：找不到单位：表中没有单位列和分段标题，“一级主任科员”的开头也不是单位名称。请在预览上方选择“导入到”的单位，或在表中加上“单位”列',
    ]);
  });

  it('with 导入到 办公室 the row without a unit goes there and the others keep theirs', async () => {
    const p = await plan('rosters/gbhmc1-单位在现任职务中.xls', (ctx) => ({ fileUnitId: unitNamed(ctx, '办公室') }));
    expect(rowsOf(p)[5]).toBe('10 邓立新 new 办公室 ← 导入到 · 一级主任科员');
    expect(p.rows.filter((r) => r.status === 'new')).toHaveLength(7);
    expect(p.rows.filter((r) => r.unitSource === 'post')).toHaveLength(6);
  });

  it('a 单位 column comes first: the post keeps a unit it names elsewhere', async () => {
    const p = await plan('rosters/gbhmc1-有单位列.xls');
    expect(rowsOf(p)).toEqual([
      '5 周文斌 new 办公室 ← 单位列 · 待遇保障科四级主任科员',
      '6 甘小燕 new 医疗保障事业管理中心 结算科（新科室） ← 单位列 · 科长',
      '7 蒙丽娟 new 局机关 ← 单位列 · 党组成员、副局长',
      '8 黄明 new 规划财务和法规科 ← 单位列 · 副科长',
    ]);
  });

  it('the template: the hidden 单位归口 “2” under the header is no person', async () => {
    const p = await plan('templates/ZHGBSYS/gbhmc1.xls');
    expect(p.rows).toEqual([]);
    expect(issues(p.fileErrors)).toEqual(['0 ：在工作表“干部名册(常规A4)”第3—4行找到了表头，但表头下面没有人员。']);
  });
});

describe('gbhmc_hz: the 汇总 variant, one sheet per unit', () => {
  it('takes the unit from the sheet name and keeps 职称, 任现职务层次时间, 学历学位', async () => {
    const p = await plan('rosters/gbhmc_hz-工作表名为单位.xls');
    expect(rowsOf(p)).toEqual([
      '5 何春燕 new 医疗保障事业管理中心 ← 工作表名 · 主任',
      '6 陆志明 new 医疗保障事业管理中心 ← 工作表名 · 副主任',
      '7 杨柳青 new 医疗保障事业管理中心 ← 工作表名 · 科员',
    ]);
    expect(p.rows[1].fields).toMatchObject({
      birth: '1983.03',
      title: '工程师',
      postLevelSince: '2022.04',
      fullTimeEducation: '大学 工学学士',
      fullTimeSchool: '桂林理工大学 计算机科学与技术',
      inServiceEducation: '研究生 管理学硕士',
      inServiceSchool: '广西大学 公共管理',
    });
    expect(unusedOf(p)).toEqual(['单位归口：2']);
  });

  it('the template: 表头下面没有人员', async () => {
    const p = await plan('templates/ZHGBSYS/gbhmc_hz.xls');
    expect(issues(p.fileErrors)).toEqual(['0 ：在工作表“干部名册(常规A4)”第3—4行找到了表头，但表头下面没有人员。']);
  });
});

describe('gbhmc3: the program’s own column labels', () => {
  it('reads 学历（全日制）, 工作单位及职务简称, 职务层次; infers 人员类别; names the unused columns', async () => {
    const p = await plan('rosters/gbhmc3-自选列.xls');
    expect(rowsOf(p)).toEqual([
      '2 覃建华 new 待遇保障科 ← 职务中的单位 · 科长',
      '3 黎晓梅 new 组织人事科 ← 职务中的单位 · 科长',
      '4 甘小燕 new 医疗保障事业管理中心 结算科（新科室） ← 职务中的单位 · 科长',
      '5 农海涛 new 医疗保障事业管理中心 综合科（新科室） ← 职务中的单位 · 科员',
      '6 梁振宇 invalid 基金监管科 ← 职务中的单位 · 副科长',
      '7 苏婷 invalid 医药服务管理科 ← 职务中的单位 · 科员',
    ]);
    expect(issues(p.rows.flatMap((r) => r.errors))).toEqual([
      '6 出生年月：“1987.1”可能是被表格软件改写的1987.10，也可能是1987.01，请把该列设为文本后重新填写',
      '6 身份证号：身份证号“450921198710207000”是以数字保存的，Excel 只保留15位有效数字，末几位已经丢失；请把该列设为文本格式后重新填写',
      '7 身份证号：身份证号“451022199603112000”是以数字保存的，Excel 只保留15位有效数字，末几位已经丢失；请把该列设为文本格式后重新填写',
    ]);
    expect(p.rows[0].fields).toMatchObject({
      birth: '1980.04',
      fullTimeEducation: '大学',
      fullTimeSchool: '广西医科大学公共事业管理专业',
      postShortTitle: '市医保局待遇保障科科长',
      postLevel: '乡科级正职',
      postLevelSince: '2022.01',
      rank: '一级主任科员',
      category: '公务员',
      establishment: '行政编制',
    });
    expect(p.rows.map((r) => r.notes)).toEqual([
      [],
      ['人员类别按编制类型“行政编制”推定为“公务员”'],
      ['人员类别按编制类型“事业编制（参公）”推定为“参照管理事业单位工作人员”'],
      [],
      [],
      [],
    ]);
    expect(issues(p.rows.flatMap((r) => r.warnings))).toEqual([
      '5 编制类型：没有编制类型和人员类别：平时考核登记表将按事业单位工作人员的格式打印；编外聘用人员不会进入编外人员的单独名额池，也不会有续聘建议。请补上编制类型',
    ]);
    expect(issues(p.fileWarnings)).toEqual([
      '0 人员类别：2 人没有填写人员类别，已按编制类型推定（行政编制→公务员，参公→参照管理人员，事业编制→事业单位工作人员，工勤→工勤人员，编外→编外聘用人员），请核对预览中标为“推定”的行',
    ]);
    expect(unusedOf(p)).toEqual(['年龄：46', '统计关系所在单位：XX市医疗保障局']);
  });

  it('a column mapped by the clerk is read as its field', async () => {
    const p = await plan('rosters/gbhmc3-自选列.xls', () => ({ mapping: { 统计关系所在单位: 'note' } }));
    expect(p.rows[0].fields.note).toBe('XX市医疗保障局');
    expect(p.columns.find((c) => c.label === '统计关系所在单位')).toMatchObject({ field: 'note', fieldLabel: '备注', chosen: true });
    expect(unusedOf(p)).toEqual(['年龄：46']);
  });

  it('the template (its header is written by the program): no header found', async () => {
    const p = await plan('templates/ZHGBSYS/gbhmc3.xls');
    expect(issues(p.fileErrors)).toEqual([
      '0 ：在工作表“Sheet1”、“Sheet2”、“Sheet3”中没有找到花名册的表头。表头至少要有“姓名”和另外两列（如性别、出生年月、身份证号、单位）。',
    ]);
  });
});

describe('gbmc1: 干部花名册（按机构分组）', () => {
  it('a title row per unit, people in fives with empty rows between, the bureau’s own name as a title', async () => {
    const p = await plan('rosters/gbmc1-按机构分组.xls');
    expect(p.sheets[0]).toEqual({ name: 'Sheet1', tables: 2, rows: 5, header: '第2—3行' });
    expect(rowsOf(p)).toEqual([
      '4 韦国强 new 局机关 ← 分段标题 · 党组书记、局长',
      '5 蒙丽娟 new 局机关 ← 分段标题 · 党组成员、副局长',
      '12 何春燕 new 医疗保障事业管理中心 ← 分段标题 · 主任',
      '13 陆志明 new 医疗保障事业管理中心 ← 分段标题 · 副主任',
      '14 甘小燕 new 医疗保障事业管理中心 结算科（新科室） ← 职务中的单位 · 科长',
    ]);
    expect(p.rows[0].fields).toMatchObject({ inServiceEducation: '研究生', inServiceSchool: '中央党校经济管理专业' });
    expect(unusedOf(p)).toEqual([]);
  });

  it('the template: its stray “1” is no header and no person', async () => {
    const p = await plan('templates/ZHGBSYS/gbmc1.xls');
    expect(p.rows).toEqual([]);
    expect(p.fileErrors[0].message).toMatch(/^在工作表“Sheet1”、“Sheet2”、“Sheet3”中没有找到花名册的表头。/);
  });
});

describe('the national 干部大数据信息提取表 (Data_(干部)模板.xls)', () => {
  it('imports A01 as one roster with its posts, levels and education joined; skips family and notes', async () => {
    const p = await plan('rosters/Data_(干部)模板-已填.xls');
    expect(p.sheets).toEqual([
      { name: 'A01人员', tables: 1, rows: 6, header: '第2行' },
      { name: 'A02职务', tables: 1, rows: 8 },
      { name: 'A05职务职级', tables: 1, rows: 5 },
      { name: 'A06专业技术', tables: 1, rows: 0 },
      { name: 'A08学历学位', tables: 1, rows: 7 },
      { name: 'A14奖惩', tables: 1, rows: 2 },
      { name: 'A15考核', tables: 1, rows: 3 },
    ]);
    expect(p.skippedSheets).toEqual([
      { name: '数据提取说明', reason: '填表说明' },
      { name: 'B01单位', reason: '单位基本情况（单位请在“单位”页面维护）' },
      { name: 'A36家庭及社会关系', reason: '家庭成员及社会关系（本程序不保存）' },
      { name: 'A99Z1补充', reason: '补充信息（本程序不保存）' },
    ]);
    expect(rowsOf(p)).toEqual([
      '3 韦国强 new 局机关 ← 单位列 · 党组书记、局长',
      '4 王红梅 new 局机关 ← 单位列 · 党组成员、副局长',
      '5 黄丽 new 医疗保障事业管理中心 ← 单位列 · 主任',
      '6 刘洋 invalid 医疗保障事业管理中心 结算科（新科室） ← 职务中的单位 · 科员',
      '7 赵敏 new 组织人事科 ← 单位列 · 科长',
      '8 陈志强 new 待遇保障科 ← 单位列 · 科长',
    ]);
    expect(issues(p.rows.flatMap((r) => r.errors))).toEqual([
      '6 身份证号：身份证号“450803199001015000”是以数字保存的，Excel 只保留15位有效数字，末几位已经丢失；请把该列设为文本格式后重新填写',
    ]);
    expect(issues(p.rows.flatMap((r) => r.warnings))).toEqual(['8 身份证号：没有身份证号：按姓名和出生年月与花名册中已有的人对应']);
    expect(issues(p.fileWarnings)).toEqual([
      '10 姓名：钱多多不在“A01人员”中，这一行的职务没有导入',
      '0 人员类别：2 人没有填写人员类别，已按编制类型推定（行政编制→公务员，参公→参照管理人员，事业编制→事业单位工作人员，工勤→工勤人员，编外→编外聘用人员），请核对预览中标为“推定”的行',
    ]);
    const [wei, wang, huang, , zhao, chen] = p.rows.map((r) => r.fields);
    expect(wei).toMatchObject({
      idNumber: '45012219680512011X',
      birth: '1968.05',
      postSince: '2021.03',
      postLevel: '县处级正职',
      postLevelSince: '2021.03',
      rank: '二级调研员',
      fullTimeEducation: '大学 法学学士',
      fullTimeSchool: '广西大学 法学',
      inServiceEducation: '中央党校研究生',
      inServiceSchool: '中央党校 经济管理',
      postFullTitle: 'XX市医疗保障局党组书记、局长',
      postShortTitle: '市医保局党组书记、局长',
      category: '公务员',
      establishment: '行政编制',
    });
    // 民族 01, 政治面貌 01 and 学历代码 21 are the information sets' codes.
    expect(wang).toMatchObject({ ethnicity: '汉族', political: '中共党员', fullTimeEducation: '大学 文学学士' });
    expect(huang).toMatchObject({
      category: '参照管理事业单位工作人员',
      title: '主管护师',
      fullTimeEducation: '大专',
      inServiceEducation: '大学 医学学士',
    });
    // A02's ID saved as a number: matched by name. A01's rank date is the one kept.
    expect(zhao).toMatchObject({
      post: '科长',
      rank: '一级主任科员',
      rankSince: '2021.09',
      fullTimeEducation: '研究生 管理学硕士',
      category: '在机关工作的事业编制人员',
    });
    // No ID in A01: matched by name and the birth month in A02's ID.
    expect(chen).toMatchObject({ post: '科长', postSince: '2022.01', idNumber: null });
    expect(p.proposals.incidents.map((i) => [i.label, i.incident.kind, i.incident.handling, i.incident.impactUntil])).toEqual([
      ['赵敏：2024.01.15 嘉奖', '表彰奖励', '嘉奖', '2024-01-15'],
      ['陈志强：2026.03.10 警告（公务员）', '其他负面情形', '政务警告', '2026-09-09'],
    ]);
    expect(p.proposals.annualResults.map((a) => a.label)).toEqual(['赵敏：2023年度 优秀', '赵敏：2024年度 称职', '韦国强：2024年度 优秀']);
    expect(p.proposals.roles.map((r) => r.label)).toEqual([
      '韦国强：党组主要负责人（全局）',
      '王红梅：党组班子成员（全局）',
      '黄丽：二层单位班子成员（医疗保障事业管理中心）',
      '赵敏：科室负责人（组织人事科）',
      '赵敏：组织人事负责人（全局）',
      '陈志强：科室负责人（待遇保障科）',
    ]);
    expect(unusedOf(p)).toEqual([
      '出生地：广西宾阳',
      '成长地：广西宾阳',
      '健康状况：健康',
      '入党时间文字：1993.06',
      '第二党派：（空）',
      '第三党派：（空）',
      '管理类别：市级党委管理干部',
      '熟悉专业有何特长：医疗保障管理',
      '是否具有两年以上基层工作经历：是',
      '统计关系所在单位：XX市医疗保障局',
      '简历：1990.07—1995.08 XX县财政局科员……',
      '奖惩综述：2019年获市级嘉奖',
      '年度考核结果综述：2023年度考核优秀',
      '级别：十三级',
      '专业技术类公务员任职资格：（空）',
      '公务员登记时间：20060101',
    ]);
  });

  it('the official template as published: its leftover zeros are no people, A36 is never read', async () => {
    const p = await plan('templates/ZHGBSYS/Data_(干部)模板.xls');
    expect(p.rows).toEqual([]);
    expect(issues(p.fileErrors)).toEqual(['0 ：在工作表“A01人员”第2行找到了表头，但表头下面没有人员。']);
    expect(p.fileWarnings).toEqual([]);
    expect(p.skippedSheets.map((s) => s.name)).toEqual(['数据提取说明', 'B01单位', 'A36家庭及社会关系', 'A99Z1补充']);
  });
});
