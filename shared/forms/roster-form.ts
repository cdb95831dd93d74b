import type { Person } from '../domain/person';
import { formatChineseDate } from '../text/ym-date';
import { postAndRank } from './person-text';
import type { TableColumn, TableForm } from './table-form';

export interface RosterFormRow {
  person: Person;
  unitLabel: string;
}

export interface RosterFormContext {
  organisation: string;
  scope: string; // 全局 or the unit's label
  asOf: string; // 'YYYY-MM-DD'
}

const FULL = '全日制教育';
const IN_SERVICE = '在职教育';

/**
 * 花名册 for Excel (reference/templates.md §6E columns, §6A look): every field, A4 landscape,
 * two-row header with the 全日制/在职教育 groups, 宋体, footer "— 1 —". The header labels are the
 * import's labels, so an exported roster imports back unchanged.
 */
export const ROSTER_FORM: TableForm<RosterFormRow, RosterFormContext> = {
  sheetName: '花名册',
  title: (c) => `${c.organisation}干部职工花名册`,
  infoLine: (c) => [`单位：${c.scope}`, `截至${formatChineseDate(c.asOf)}`],
  columns: [
    { key: 'seq', group: null, label: '序号', width: 5, value: (_r, i) => i + 1, align: 'center' },
    { key: 'name', group: null, label: '姓名', width: 8, value: (r) => r.person.name, align: 'center' },
    { key: 'gender', group: null, label: '性别', width: 4.5, value: (r) => r.person.gender, align: 'center' },
    { key: 'ethnicity', group: null, label: '民族', width: 6, value: (r) => r.person.ethnicity, align: 'center' },
    { key: 'nativePlace', group: null, label: '籍贯', width: 8, value: (r) => r.person.nativePlace },
    { key: 'birth', group: null, label: '出生年月', width: 8, value: (r) => r.person.birth, align: 'center' },
    { key: 'idNumber', group: null, label: '身份证号', width: 19, value: (r) => r.person.idNumber, align: 'center' },
    { key: 'political', group: null, label: '政治面貌', width: 8, value: (r) => r.person.political, align: 'center' },
    { key: 'partyJoined', group: null, label: '入党时间', width: 8, value: (r) => r.person.partyJoined, align: 'center' },
    { key: 'workStarted', group: null, label: '参加工作时间', width: 8, value: (r) => r.person.workStarted, align: 'center' },
    { key: 'fullTimeEducation', group: FULL, label: '学历学位', width: 8, value: (r) => r.person.fullTimeEducation },
    { key: 'fullTimeSchool', group: FULL, label: '毕业院校系及专业', width: 16, value: (r) => r.person.fullTimeSchool },
    { key: 'inServiceEducation', group: IN_SERVICE, label: '学历学位', width: 8, value: (r) => r.person.inServiceEducation },
    { key: 'inServiceSchool', group: IN_SERVICE, label: '毕业院校系及专业', width: 14, value: (r) => r.person.inServiceSchool },
    { key: 'unit', group: null, label: '单位（科室）', width: 16, value: (r) => r.unitLabel },
    { key: 'post', group: null, label: '职务', width: 10, value: (r) => r.person.post },
    { key: 'rank', group: null, label: '职级', width: 10, value: (r) => r.person.rank },
    { key: 'postSince', group: null, label: '任现职务时间', width: 8, value: (r) => r.person.postSince, align: 'center' },
    { key: 'rankSince', group: null, label: '任现职级时间', width: 8, value: (r) => r.person.rankSince, align: 'center' },
    { key: 'establishment', group: null, label: '编制类型', width: 10, value: (r) => r.person.establishment },
    { key: 'category', group: null, label: '人员类别', width: 12, value: (r) => r.person.category },
    { key: 'phone', group: null, label: '联系电话', width: 12, value: (r) => r.person.phone, align: 'center' },
    { key: 'note', group: null, label: '备注', width: 8, value: (r) => r.person.note },
    { key: 'duties', group: null, label: '岗位职责', width: 16, value: (r) => r.person.duties },
    { key: 'contractStart', group: null, label: '合同起始时间', width: 8, value: (r) => r.person.contractStart, align: 'center' },
  ],
  page: { orientation: 'landscape', margins: { left: 1.6, right: 1.6, top: 2.0, bottom: 2.0 }, footer: '&C— &P —' },
  fonts: {
    title: { name: '方正小标宋简体', size: 18 },
    info: { name: '宋体', size: 11 },
    header: { name: '宋体', size: 10, bold: true },
    body: { name: '宋体', size: 10 },
  },
  rowHeight: 24,
};

/**
 * Columns a roster brought in from the national 干部信息系统 carries and a bureau's own list often
 * lacks: printed only when someone has them, so the usual 花名册 keeps its width on A4.
 * Labels are the import's, so they come back on the next import.
 */
const OPTIONAL_COLUMNS: { after: string; column: TableColumn<RosterFormRow> }[] = [
  { after: 'rankSince', column: { key: 'postLevel', group: null, label: '职务层次', width: 9, value: (r) => r.person.postLevel } },
  {
    after: 'postLevel',
    column: {
      key: 'postLevelSince',
      group: null,
      label: '任现职务层次时间',
      width: 8,
      value: (r) => r.person.postLevelSince,
      align: 'center',
    },
  },
  { after: 'postLevelSince', column: { key: 'title', group: null, label: '职称', width: 9, value: (r) => r.person.title } },
  {
    after: 'note',
    column: { key: 'postFullTitle', group: null, label: '现工作单位及职务全称', width: 20, value: (r) => r.person.postFullTitle },
  },
  {
    after: 'postFullTitle',
    column: { key: 'postShortTitle', group: null, label: '现工作单位及职务简称', width: 14, value: (r) => r.person.postShortTitle },
  },
];

/** The 花名册 for these rows: ROSTER_FORM plus the optional columns somebody in them fills. */
export function rosterFormFor(rows: readonly RosterFormRow[]): TableForm<RosterFormRow, RosterFormContext> {
  const columns = [...ROSTER_FORM.columns];
  for (const { after, column } of OPTIONAL_COLUMNS) {
    if (!rows.some((r) => column.value(r, 0) !== null)) continue;
    const at = columns.findIndex((c) => c.key === after);
    columns.splice(at < 0 ? columns.length : at + 1, 0, column);
  }
  return columns.length === ROSTER_FORM.columns.length ? ROSTER_FORM : { ...ROSTER_FORM, columns };
}

type PrintColumn = TableColumn<RosterFormRow>;
const p = (r: RosterFormRow) => r.person;

/**
 * Columns the 花名册 can print, in the order they print, with the 干部名册's labels (reference §6A:
 * 姓名, 现任职务 … 备注). The first 15 after 序号 are that form's; the others can be chosen.
 */
const PRINT_COLUMNS = [
  { key: 'seq', group: null, label: '序号', width: 4.5, value: (_r, i) => i + 1, align: 'center' },
  { key: 'name', group: null, label: '姓　名', width: 7.25, value: (r) => p(r).name, align: 'center' },
  { key: 'post', group: null, label: '现任职务', width: 17, value: (r) => postAndRank(p(r).post, p(r).rank) },
  { key: 'gender', group: null, label: '性别', width: 4, value: (r) => p(r).gender, align: 'center' },
  { key: 'ethnicity', group: null, label: '民族', width: 5, value: (r) => p(r).ethnicity, align: 'center' },
  { key: 'nativePlace', group: null, label: '籍贯', width: 6.5, value: (r) => p(r).nativePlace, align: 'center' },
  { key: 'fullTimeEducation', group: FULL, label: '学历', width: 7.25, value: (r) => p(r).fullTimeEducation, align: 'center' },
  { key: 'fullTimeSchool', group: FULL, label: '毕业院校及专业', width: 10, value: (r) => p(r).fullTimeSchool },
  { key: 'inServiceEducation', group: IN_SERVICE, label: '学历', width: 7.25, value: (r) => p(r).inServiceEducation, align: 'center' },
  { key: 'inServiceSchool', group: IN_SERVICE, label: '毕业院校及专业', width: 10, value: (r) => p(r).inServiceSchool },
  { key: 'birth', group: null, label: '出生\n年月', width: 9, value: (r) => p(r).birth, align: 'center' },
  { key: 'workStarted', group: null, label: '参加工\n作时间', width: 9, value: (r) => p(r).workStarted, align: 'center' },
  { key: 'partyJoined', group: null, label: '入党\n时间', width: 9, value: (r) => p(r).partyJoined, align: 'center' },
  { key: 'postSince', group: null, label: '任现职\n时　间', width: 9, value: (r) => p(r).postSince, align: 'center' },
  { key: 'rankSince', group: null, label: '任现职\n级时间', width: 9, value: (r) => p(r).rankSince, align: 'center' },
  { key: 'political', group: null, label: '政治\n面貌', width: 7.5, value: (r) => p(r).political, align: 'center' },
  { key: 'rank', group: null, label: '职级', width: 10, value: (r) => p(r).rank },
  { key: 'postLevel', group: null, label: '职务层次', width: 9, value: (r) => p(r).postLevel },
  { key: 'postLevelSince', group: null, label: '任现职务\n层次时间', width: 9, value: (r) => p(r).postLevelSince, align: 'center' },
  { key: 'title', group: null, label: '职称', width: 9, value: (r) => p(r).title },
  { key: 'unit', group: null, label: '单位（科室）', width: 14, value: (r) => r.unitLabel },
  { key: 'establishment', group: null, label: '编制类型', width: 9, value: (r) => p(r).establishment },
  { key: 'category', group: null, label: '人员类别', width: 11, value: (r) => p(r).category },
  { key: 'duties', group: null, label: '岗位职责', width: 16, value: (r) => p(r).duties },
  { key: 'contractStart', group: null, label: '合同起\n始时间', width: 9, value: (r) => p(r).contractStart, align: 'center' },
  { key: 'idNumber', group: null, label: '身份证号', width: 19, value: (r) => p(r).idNumber, align: 'center' },
  { key: 'phone', group: null, label: '联系电话', width: 12, value: (r) => p(r).phone, align: 'center' },
  { key: 'note', group: null, label: '备　注', width: 7.25, value: (r) => p(r).note },
] as const satisfies readonly PrintColumn[];

export type RosterPrintKey = (typeof PRINT_COLUMNS)[number]['key'];
export const ROSTER_PRINT_KEYS = PRINT_COLUMNS.map((c) => c.key) as [RosterPrintKey, ...RosterPrintKey[]];
/** Print labels without line breaks, for the column chooser (全日制学历, 在职学历 … told apart). */
export const ROSTER_PRINT_LABELS = Object.fromEntries(
  PRINT_COLUMNS.map((c) => [c.key, `${c.group?.replace('教育', '') ?? ''}${c.label.replace(/[\n\u3000]/g, '')}`]),
) as Record<RosterPrintKey, string>;
/** The 干部名册 (常规A4) set: no 身份证号, no telephone. */
export const ROSTER_PRINT_DEFAULT: RosterPrintKey[] = [
  'name',
  'post',
  'gender',
  'ethnicity',
  'nativePlace',
  'fullTimeEducation',
  'fullTimeSchool',
  'inServiceEducation',
  'inServiceSchool',
  'birth',
  'workStarted',
  'partyJoined',
  'postSince',
  'rankSince',
  'note',
];

/**
 * 花名册 to print (reference §6A, the Insigma 干部名册): the chosen columns (by default the 干部名册's
 * 15) in their fixed order, people under their unit's name, 宋体 11 on A4 landscape. The full list
 * with every field stays the Excel export (ROSTER_FORM).
 */
export function rosterPrintForm(keys: readonly RosterPrintKey[] = ROSTER_PRINT_DEFAULT): TableForm<RosterFormRow, RosterFormContext> {
  const chosen = new Set(keys);
  const body = { name: '宋体', size: 11 };
  return {
    sheetName: '干部职工名册',
    title: (c) => `${c.organisation}干部职工名册`,
    infoLine: (c) => [`单位：${c.scope}`, `截至${formatChineseDate(c.asOf)}`],
    columns: PRINT_COLUMNS.filter((c) => chosen.has(c.key)),
    section: (r) => r.unitLabel,
    page: { orientation: 'landscape', margins: { left: 1.6, right: 1.6, top: 2.5, bottom: 2.1 }, footer: '&C— &P —' },
    fonts: {
      title: { name: '方正小标宋简体', size: 18 },
      info: body,
      header: { ...body, bold: true },
      body,
      section: { name: '黑体', size: 14, bold: true },
    },
    rowHeight: 30,
  };
}
