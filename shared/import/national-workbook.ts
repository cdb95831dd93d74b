import type { ImportIssue } from '../api/contract';
import type { PersonFields } from '../domain/person';
import { cellText, type Cell, type SheetGrid, type WorkbookGrid } from '../excel/cells';
import type { FieldMap } from '../excel/field-map';
import { findTables } from '../excel/tables';
import { checkIdNumber, normalizeIdNumber } from '../text/id-card';
import { readDate, readName, readText, readYearMonth } from './cell-values';
import { decodeNational } from './national-codes';

/**
 * The national 干部大数据信息提取表 (Data_(干部)模板.xls, V2018.11): A01 lists the people; the other
 * sheets hold one row per post, level, degree, reward or annual result of a person, keyed by 身份证号
 * and 姓名. Sheets this app does not keep (B01 单位, A36 家庭成员, A99 补充, the 说明) are listed as
 * skipped and never read as people. reference/templates.md §6B.
 */
const SHEETS: {
  code: string;
  use: 'persons' | 'posts' | 'levels' | 'titles' | 'education' | 'rewards' | 'appraisals' | null;
  what: string;
}[] = [
  { code: 'A01', use: 'persons', what: '人员' },
  { code: 'A02', use: 'posts', what: '职务' },
  { code: 'A05', use: 'levels', what: '职务层次与职级' },
  { code: 'A06', use: 'titles', what: '专业技术任职资格' },
  { code: 'A08', use: 'education', what: '学历学位' },
  { code: 'A14', use: 'rewards', what: '奖惩' },
  { code: 'A15', use: 'appraisals', what: '考核' },
  { code: 'A36', use: null, what: '家庭成员及社会关系（本程序不保存）' },
  { code: 'A99', use: null, what: '补充信息（本程序不保存）' },
  { code: 'B01', use: null, what: '单位基本情况（单位请在“单位”页面维护）' },
];
const NOTES = /说明/;

const codeOf = (name: string) => /^\s*([AB]\d\d)/.exec(name)?.[1] ?? null;

/** A workbook in the national layout: an A01 sheet beside other sheets of the information sets. */
export function isNationalWorkbook(grid: WorkbookGrid): boolean {
  const codes = grid.sheets.map((s) => codeOf(s.name));
  return codes.includes('A01') && codes.filter((c) => c && c !== 'A01').length > 0;
}

/** The sheet whose rows are the people: A01. */
export function isPersonSheet(sheet: SheetGrid): boolean {
  return codeOf(sheet.name) === 'A01';
}

const key = <K extends string>(k: K, label: string, labels: string[] = [label]) => ({ key: k, label, labels });
const idAndName = [key('name', '姓名'), key('idNumber', '身份证号', ['身份证号', '身份证号码', '公民身份号码'])] as const;

const POSTS: FieldMap<'name' | 'idNumber' | 'org' | 'title' | 'since' | 'state' | 'main' | 'order' | 'until'> = {
  required: ['name', 'title'],
  minColumns: 3,
  fields: [
    ...idAndName,
    key('org', '任职机构名称'),
    key('title', '职务名称'),
    key('since', '任职时间'),
    key('state', '任职状态'),
    key('main', '主职务'),
    key('order', '职务排序'),
    key('until', '免职时间'),
  ],
};
const LEVELS: FieldMap<'name' | 'idNumber' | 'kind' | 'level' | 'since' | 'until' | 'state'> = {
  required: ['name', 'level'],
  minColumns: 3,
  fields: [
    ...idAndName,
    key('kind', '类别', ['类别（职务层次、职级标志）', '类别', '职务层次职级标志']),
    key('level', '职务层次（职级）', ['职务层次（职级）', '职务层次', '职级']),
    key('since', '批准日期'),
    key('until', '终止日期'),
    key('state', '状态'),
  ],
};
const TITLES: FieldMap<'name' | 'idNumber' | 'title' | 'since'> = {
  required: ['name', 'title'],
  minColumns: 3,
  fields: [...idAndName, key('title', '专业技术资格名称'), key('since', '获得资格日期')],
};
const EDUCATION: FieldMap<'name' | 'idNumber' | 'education' | 'code' | 'degree' | 'graduated' | 'school' | 'major' | 'mode'> = {
  required: ['name', 'mode'],
  minColumns: 3,
  fields: [
    ...idAndName,
    key('education', '学历名称'),
    key('code', '学历代码'),
    key('degree', '学位名称'),
    key('graduated', '毕（肄）业时间', ['毕（肄）业时间', '毕业时间']),
    key('school', '学校（单位）名称', ['学校（单位）名称', '学校名称']),
    key('major', '所学专业名称'),
    key('mode', '教育类别'),
  ],
};
const REWARDS: FieldMap<'name' | 'idNumber' | 'award' | 'date' | 'body' | 'revoked'> = {
  required: ['name', 'award'],
  minColumns: 3,
  fields: [...idAndName, key('award', '奖惩名称'), key('date', '批准日期'), key('body', '批准机关'), key('revoked', '撤销日期')],
};
const APPRAISALS: FieldMap<'name' | 'idNumber' | 'result' | 'year'> = {
  required: ['name', 'result'],
  minColumns: 3,
  fields: [...idAndName, key('result', '考核结论'), key('year', '考核年度')],
};

/** Who a child row is about: the index of a person in A01. */
export interface PersonKey {
  name: string | null;
  idNumber: string | null;
  birth: string | null;
}

export interface NationalReward {
  person: number;
  sheet: string;
  row: number;
  award: string;
  date: string;
  body: string | null;
  revoked: string | null;
}

export interface NationalAppraisal {
  person: number;
  sheet: string;
  row: number;
  year: number;
  result: string;
}

export interface NationalJoin {
  /** Per person (index into the A01 list): values for the fields A01 left empty, and the unit of the main post. */
  fill: Map<number, { fields: Partial<PersonFields>; unit: string | null }>;
  rewards: NationalReward[];
  appraisals: NationalAppraisal[];
  warnings: ImportIssue[];
  skippedSheets: { name: string; reason: string }[];
  sheets: { name: string; tables: number; rows: number }[];
}

/** A row of a child sheet joined to its person; methods on the prototype keep 20,000 rows light. */
class ChildRow {
  constructor(
    readonly person: number,
    readonly sheet: string,
    readonly row: number,
    private readonly cells: Map<string, Cell | null>,
  ) {}
  cell(k: string): Cell | null {
    return this.cells.get(k) ?? null;
  }
  text(k: string): string | null {
    return readText(this.cells.get(k) ?? null);
  }
}

/**
 * Reads the child sheets and joins each row to its person: by 身份证号, else by 姓名 (with the
 * birth month in the row's 身份证号 to tell namesakes apart). Rows of people not in A01 are named
 * in a warning; rows without 姓名 and 身份证号 are template leftovers (the 0 the official template
 * leaves in 排序 columns) and pass unnoticed.
 */
export function joinNational(grid: WorkbookGrid, persons: readonly PersonKey[]): NationalJoin {
  const out: NationalJoin = { fill: new Map(), rewards: [], appraisals: [], warnings: [], skippedSheets: [], sheets: [] };
  const byId = new Map<string, number>();
  const byName = new Map<string, number[]>();
  persons.forEach((p, i) => {
    if (p.idNumber) byId.set(p.idNumber, i);
    if (p.name) byName.set(p.name, [...(byName.get(p.name) ?? []), i]);
  });
  const find = (name: string | null, idText: string | null): number | null => {
    const id = idText ? normalizeIdNumber(idText) : null;
    if (id && byId.has(id)) return byId.get(id)!;
    const same = name ? (byName.get(name) ?? []) : [];
    if (same.length <= 1) return same[0] ?? null;
    const checked = id ? checkIdNumber(id) : null;
    const born = checked?.ok ? same.filter((i) => persons[i].birth === checked.birth) : [];
    return born.length === 1 ? born[0] : null;
  };

  const posts = new Map<number, { org: string | null; title: string; since: string | null; main: boolean; order: number }[]>();
  const levels = new Map<number, { kind: string; level: string; since: string | null }[]>();
  const titles = new Map<number, { title: string; since: string | null }[]>();
  const education = new Map<
    number,
    { mode: string; education: string; degree: string | null; school: string | null; graduated: string | null }[]
  >();
  const push = <T>(m: Map<number, T[]>, i: number, v: T) => m.set(i, [...(m.get(i) ?? []), v]);

  for (const sheet of grid.sheets) {
    const code = codeOf(sheet.name);
    const use = SHEETS.find((s) => s.code === code);
    if (use?.use === 'persons') continue;
    if (!use || !use.use) {
      if (!sheet.hidden)
        out.skippedSheets.push({ name: sheet.name, reason: use ? use.what : NOTES.test(sheet.name) ? '填表说明' : '不是人员信息表' });
      continue;
    }
    const map = { posts: POSTS, levels: LEVELS, titles: TITLES, education: EDUCATION, rewards: REWARDS, appraisals: APPRAISALS }[
      use.use
    ] as FieldMap<string>;
    const tables = findTables(sheet, map);
    let rows = 0;
    for (const table of tables) {
      for (const dataRow of table.rows) {
        const name = readName(dataRow.cells.get('name') ?? null);
        const idText = cellText(dataRow.cells.get('idNumber') ?? null).trim() || null;
        if (!name && !idText) continue;
        rows++;
        const person = find(name, idText);
        const excelRow = dataRow.r + 1;
        if (person === null) {
          out.warnings.push({
            sheet: sheet.name,
            row: excelRow,
            column: '姓名',
            message: `${name ?? idText}不在“A01人员”中，这一行的${use.what}没有导入`,
          });
          continue;
        }
        readChild(use.use, new ChildRow(person, sheet.name, excelRow, dataRow.cells), { posts, levels, titles, education, push, out });
      }
    }
    out.sheets.push({ name: sheet.name, tables: tables.length, rows });
  }

  for (const i of new Set([...posts.keys(), ...levels.keys(), ...titles.keys(), ...education.keys()])) {
    out.fill.set(i, {
      fields: fieldsFrom(posts.get(i), levels.get(i), titles.get(i), education.get(i)),
      unit: mainPost(posts.get(i))?.org ?? null,
    });
  }
  return out;
}

const yearMonth = (cell: Cell | null) => {
  const r = readYearMonth(cell);
  return r.ok ? r.value : null;
};
const isCurrent = (state: string | null) => !state || /在任|有效|现任/.test(state);

function readChild(
  use: 'posts' | 'levels' | 'titles' | 'education' | 'rewards' | 'appraisals',
  r: ChildRow,
  into: {
    posts: Map<number, { org: string | null; title: string; since: string | null; main: boolean; order: number }[]>;
    levels: Map<number, { kind: string; level: string; since: string | null }[]>;
    titles: Map<number, { title: string; since: string | null }[]>;
    education: Map<number, { mode: string; education: string; degree: string | null; school: string | null; graduated: string | null }[]>;
    push: <T>(m: Map<number, T[]>, i: number, v: T) => void;
    out: NationalJoin;
  },
): void {
  const { push, out } = into;
  switch (use) {
    case 'posts': {
      const title = r.text('title');
      if (!title || !isCurrent(r.text('state')) || r.text('until')) return;
      push(into.posts, r.person, {
        org: r.text('org'),
        title,
        since: yearMonth(r.cell('since')),
        main: r.text('main') === '是',
        order: Number(r.text('order') ?? 99) || 99,
      });
      return;
    }
    case 'levels': {
      const level = r.text('level');
      if (!level || !isCurrent(r.text('state')) || r.text('until')) return;
      push(into.levels, r.person, { kind: r.text('kind') ?? '', level, since: yearMonth(r.cell('since')) });
      return;
    }
    case 'titles': {
      const title = r.text('title');
      if (title) push(into.titles, r.person, { title, since: yearMonth(r.cell('since')) });
      return;
    }
    case 'education': {
      const code = r.text('code');
      const education = r.text('education') ?? (code ? decodeNational('education', code) : null);
      const mode = r.text('mode');
      if (!education || !mode) return;
      push(into.education, r.person, {
        mode,
        education,
        degree: r.text('degree'),
        school: [r.text('school'), r.text('major')].filter(Boolean).join(' ') || null,
        graduated: yearMonth(r.cell('graduated')),
      });
      return;
    }
    case 'rewards': {
      const award = r.text('award');
      const date = readDate(r.cell('date'));
      if (!award) return;
      if (!date.ok || !date.value) {
        out.warnings.push({
          sheet: r.sheet,
          row: r.row,
          column: '批准日期',
          message: `${award}没有有效的批准日期，这一条没有列入表现记录`,
        });
        return;
      }
      const revoked = readDate(r.cell('revoked'));
      out.rewards.push({
        person: r.person,
        sheet: r.sheet,
        row: r.row,
        award,
        date: date.value,
        body: r.text('body'),
        revoked: revoked.ok ? revoked.value : null,
      });
      return;
    }
    case 'appraisals': {
      const raw = r.text('result');
      const year = Number(r.text('year'));
      if (!raw) return;
      if (!Number.isInteger(year) || year < 1950 || year > 2100) {
        out.warnings.push({
          sheet: r.sheet,
          row: r.row,
          column: '考核年度',
          message: `考核年度“${r.text('year') ?? ''}”不是年份，这一条没有导入`,
        });
        return;
      }
      out.appraisals.push({ person: r.person, sheet: r.sheet, row: r.row, year, result: decodeNational('annualResult', raw) ?? raw });
      return;
    }
  }
}

/** The main current post first (主职务 = 是), then by 职务排序. */
function mainPost<T extends { main: boolean; order: number }>(list: T[] | undefined): T | null {
  return list?.slice().sort((a, b) => Number(b.main) - Number(a.main) || a.order - b.order)[0] ?? null;
}

const EDUCATION_LEVEL = [/研究生|博士|硕士/, /大学|本科/, /大专|专科/, /中专|中技|职高/, /高中/, /初中/, /小学/];
const levelOf = (education: string) => {
  const i = EDUCATION_LEVEL.findIndex((re) => re.test(education));
  return i < 0 ? EDUCATION_LEVEL.length : i;
};

function fieldsFrom(
  posts: { org: string | null; title: string; since: string | null; main: boolean; order: number }[] | undefined,
  levels: { kind: string; level: string; since: string | null }[] | undefined,
  titles: { title: string; since: string | null }[] | undefined,
  education: { mode: string; education: string; degree: string | null; school: string | null; graduated: string | null }[] | undefined,
): Partial<PersonFields> {
  const f: Partial<PersonFields> = {};
  if (posts?.length) {
    const ordered = posts.slice().sort((a, b) => Number(b.main) - Number(a.main) || a.order - b.order);
    f.post = [...new Set(ordered.map((p) => p.title))].join('、');
    f.postSince = ordered[0].since;
  }
  const latest = <T extends { since: string | null }>(list: T[]) =>
    list.slice().sort((a, b) => (b.since ?? '').localeCompare(a.since ?? ''))[0];
  const ranks = levels?.filter((l) => /职级/.test(l.kind)) ?? [];
  const postLevels = levels?.filter((l) => !/职级/.test(l.kind)) ?? [];
  if (ranks.length) ({ level: f.rank, since: f.rankSince } = latest(ranks));
  if (postLevels.length) ({ level: f.postLevel, since: f.postLevelSince } = latest(postLevels));
  if (titles?.length) f.title = latest(titles).title;
  for (const [mode, fieldsOf] of [
    [/全日制/, ['fullTimeEducation', 'fullTimeSchool']],
    [/在职/, ['inServiceEducation', 'inServiceSchool']],
  ] as const) {
    const best = (education ?? [])
      .filter((e) => mode.test(e.mode))
      .sort((a, b) => levelOf(a.education) - levelOf(b.education) || (b.graduated ?? '').localeCompare(a.graduated ?? ''))[0];
    if (!best) continue;
    f[fieldsOf[0]] = best.degree ? `${best.education} ${best.degree}` : best.education;
    f[fieldsOf[1]] = best.school;
  }
  return f;
}
