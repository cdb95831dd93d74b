import * as XLSX from '@e965/xlsx';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dispatch } from '../../electron/services/dispatch';
import { readWorkbook, SHEETJS_OPTIONS } from '../../electron/services/excel/read-workbook';
import { openDesk } from '../../electron/services/open-desk';
import { planRosterImport } from '../../shared/import/roster-plan';
import { REPO } from './dataset';
import { median, timings } from './measure';

export interface NationalFigures {
  people: number;
  rows: number;
  bytes: number;
  parseMs: number;
  previewMs: number;
}

const TEMPLATE = join(REPO, 'test', 'fixtures', 'templates', 'ZHGBSYS', 'Data_(干部)模板.xls');
const SHEETS = ['A01人员', 'A02职务', 'A05职务职级', 'A08学历学位'] as const;
const DEPARTMENTS = ['办公室', '组织人事科', '规划财务和法规科', '待遇保障科', '医药服务管理科', '医药价格和招标采购科', '基金监管科'];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function idNumber(birth: string, seq: number): string {
  const first = `450802${birth}${String(seq % 1000).padStart(3, '0')}`;
  return first + '10X98765432'[[...first].reduce((s, c, i) => s + Number(c) * WEIGHTS[i], 0) % 11];
}

/**
 * A 5,000-person 干部大数据信息提取表 as the national system writes it: the template's own title and
 * header rows for A01, A02, A05 and A08, then one A01 row per person and two rows per person in
 * each child sheet (the current post and a former one, a 职务层次 and a 职级, two degrees).
 */
export async function nationalWorkbook(people: number): Promise<Buffer> {
  const template = XLSX.read(await readFile(TEMPLATE), { type: 'buffer' });
  const wb = XLSX.utils.book_new();
  const header = (name: string) => (XLSX.utils.sheet_to_json<string[]>(template.Sheets[name], { header: 1 }) as string[][]).slice(0, 2);
  const rows: Record<(typeof SHEETS)[number], unknown[][]> = { A01人员: [], A02职务: [], A05职务职级: [], A08学历学位: [] };
  for (let i = 0; i < people; i++) {
    const year = 1965 + (i % 35);
    const month = String((i % 12) + 1).padStart(2, '0');
    const birth = `${year}${month}${String((i % 28) + 1).padStart(2, '0')}`;
    const id = idNumber(birth, i * 2 + 1);
    const name = `人员${i}`;
    const inCentre = i % 5 === 0;
    const unit = inCentre ? 'XX市医疗保障事业管理中心综合科' : `XX市医疗保障局${DEPARTMENTS[i % DEPARTMENTS.length]}`;
    const post = i % 9 === 0 ? '科长' : i % 9 === 1 ? '副科长' : '科员';
    // 姓名 身份证号 性别 出生年月 籍贯 出生地 成长地 民族 健康状况 参加工作时间 入党时间文字 政治面貌 入党时间 第二党派 第三党派 人员类别
    // 人员管理状态 管理类别 熟悉专业有何特长 现工作单位及职务全称 现工作单位及职务简称 现职务层次 任现职务层次时间 现职级 任现职级时间 …
    rows.A01人员.push([
      name,
      id,
      '男',
      Number(`${year}${month}`),
      '广西贵港',
      '广西贵港',
      '广西贵港',
      i % 3 ? '汉族' : '08',
      '健康',
      Number(`${year + 22}07`),
      null,
      '中共党员',
      `${year + 25}07`,
      null,
      null,
      inCentre ? '参照管理事业单位工作人员' : '公务员',
      '现职人员',
      null,
      null,
      `${unit}${post}`,
      `市医保局${post}`,
      null,
      null,
      null,
      null,
      null,
      '是',
      'XX市医疗保障局',
      null,
      null,
      null,
      '二十级',
      inCentre ? '事业编制（参公）' : '行政编制',
      null,
      null,
      null,
    ]);
    rows.A02职务.push(
      [
        name,
        id,
        unit,
        '否',
        null,
        post,
        post === '科员' ? '否' : '是',
        1,
        0,
        20210301,
        null,
        '委任',
        '否',
        '在任',
        null,
        null,
        null,
        '输出',
        '是',
      ],
      [
        name,
        id,
        'XX县医疗保障局',
        '否',
        null,
        '科员',
        '否',
        1,
        0,
        20150601,
        null,
        '考任',
        '否',
        '已免',
        20210301,
        null,
        '调任',
        '不输出',
        '否',
      ],
    );
    rows.A05职务职级.push(
      [name, id, '职务层次', post === '科员' ? '科员' : '乡科级正职', 20210301, null, null, '在任'],
      [name, id, '职级', '一级主任科员', 20220601, null, null, '在任'],
    );
    rows.A08学历学位.push(
      [name, id, '大学', '21', '法学学士', null, 198609, 199007, 199007, '广西大学', '法学', null, '全日制', 4, '输出'],
      [name, id, '研究生', '11', '管理学硕士', null, 200309, 200607, 200607, '广西大学', '公共管理', null, '在职', 3, '输出'],
    );
  }
  for (const name of SHEETS) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([...header(name), ...rows[name]]), name);
  return XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;
}

/**
 * The national workbook's preview (read in the app's reader, then planned against a bureau with the
 * fixtures' units and no people yet) against the bare SheetJS parse of the same file.
 */
export async function measureNationalImport(dataDir: string, people = 5000): Promise<NationalFigures> {
  const ctx = await openDesk(dataDir, { program: 'cli', snapshotOnOpen: false });
  try {
    const created = await dispatch(ctx, 'org:create', {
      name: 'XX市医疗保障局',
      departments: DEPARTMENTS,
      subunits: ['医疗保障事业管理中心'],
    });
    if (!created.ok) throw new Error(created.message);
    const bytes = await nationalWorkbook(people);
    const org = ctx.folder.view.org();
    const preview = async () => planRosterImport(await readWorkbook(bytes, 'Data_(干部).xls'), org, 'Data_(干部).xls');
    const plan = await preview();
    if (plan.rows.length !== people || plan.rows.some((r) => r.status !== 'new')) throw new Error('全国干部信息提取表的预览与预期不符');
    // Parse and preview taken in turns, so both see the same load on a shared machine.
    const parse: number[] = [];
    const whole: number[] = [];
    for (let i = 0; i < 7; i++) {
      parse.push(...(await timings(1, () => XLSX.read(bytes, SHEETJS_OPTIONS))));
      whole.push(...(await timings(1, preview)));
    }
    return {
      people,
      rows: plan.sheets.reduce((n, s) => n + s.rows, 0),
      bytes: bytes.length,
      parseMs: median(parse.sort((a, b) => a - b)),
      previewMs: median(whole.sort((a, b) => a - b)),
    };
  } finally {
    await ctx.folder.close();
  }
}
