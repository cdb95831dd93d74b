import { CATEGORIES, ESTABLISHMENTS, type Category, type Establishment, type PersonStatus } from '../domain/codes';
import type { PersonFields } from '../domain/person';
import { cellText, type Cell } from '../excel/cells';
import { checkIdNumber, crossCheckIdNumber } from '../text/id-card';
import { toHalfWidth } from '../text/normalize';
import { readCode, readName, readText, readYearMonth } from './cell-values';
import { decodeNational, type CodeSet } from './national-codes';
import type { RosterColumn } from './roster-sheet';

/** Local words for 编制 (reference/templates.md §6D mapping), and the national ones. */
const ESTABLISHMENT_WORDS: Record<string, Establishment> = {
  ...Object.fromEntries(ESTABLISHMENTS.map((e) => [e, e])),
  行政编: '行政编制',
  行政: '行政编制',
  公务员编制: '行政编制',
  参公编: '事业编制（参公）',
  参公: '事业编制（参公）',
  参公编制: '事业编制（参公）',
  参公事业编制: '事业编制（参公）',
  事业编制参公: '事业编制（参公）',
  事业编: '事业编制（其他）',
  事业编制: '事业编制（其他）',
  事业: '事业编制（其他）',
  工勤: '工勤编制',
  工勤编: '工勤编制',
  编外: '编外聘用',
  聘用: '编外聘用',
  编外人员: '编外聘用',
  合同制: '编外聘用',
  合署: '合署办公',
  其他: '其他编制',
};

const CATEGORY_WORDS: Record<string, Category> = {
  ...Object.fromEntries(CATEGORIES.map((c) => [c, c])),
  编外聘用: '编外聘用人员',
  编外人员: '编外聘用人员',
  合署办公: '合署办公人员',
  工勤人员: '机关工勤人员',
  机关工勤: '机关工勤人员',
  // the names of ZB125 as the information system prints them
  综合管理类公务员: '公务员',
  专业技术类公务员: '公务员',
  行政执法类公务员: '公务员',
  参照管理的机关工作人员: '参照管理机关工作人员',
  参照管理的事业工作人员: '参照管理事业单位工作人员',
};

const STATUS_WORDS: Record<string, PersonStatus> = {
  在职: 'active',
  在岗: 'active',
  借调: 'seconded',
  借出: 'seconded',
  离职: 'left',
  调出: 'left',
  辞职: 'left',
  退休: 'retired',
  // 人员管理状态 (ZB126) of the national roster
  现职人员: 'active',
  离退人员: 'retired',
  调出人员: 'left',
  已去世: 'left',
};
const GENDER_WORDS: Record<string, '男' | '女'> = { 男: '男', 女: '女', 男性: '男', 女性: '女' };
const POLITICAL_WORDS: Record<string, string> = {
  党员: '中共党员',
  中共党员: '中共党员',
  中国共产党党员: '中共党员',
  预备党员: '预备党员',
  中共预备党员: '预备党员',
  团员: '共青团员',
  共青团员: '共青团员',
  群众: '群众',
  无党派: '无党派人士',
  无党派人士: '无党派人士',
  // GB 4762 short names (the extraction template's list)
  民革: '民革党员',
  民盟: '民盟盟员',
  民建: '民建会员',
  民进: '民进会员',
  农工党: '农工党党员',
  致公党: '致公党党员',
  九三学社: '九三学社社员',
  台盟: '台盟盟员',
};

const YEAR_MONTH_FIELDS = ['birth', 'partyJoined', 'workStarted', 'postSince', 'rankSince', 'postLevelSince', 'contractStart'] as const;
const TEXT_FIELDS = [
  'ethnicity',
  'nativePlace',
  'fullTimeEducation',
  'fullTimeSchool',
  'inServiceEducation',
  'inServiceSchool',
  'post',
  'rank',
  'postLevel',
  'title',
  'postFullTitle',
  'postShortTitle',
  'note',
  'duties',
] as const;

export interface CellIssue {
  column: RosterColumn;
  message: string;
}

export interface RosterRowValues {
  /** Only the columns the sheet has: a missing column never blanks a stored value. */
  fields: Partial<PersonFields>;
  place: { unit: string | null; department: string | null; heading: string | null };
  status: PersonStatus | null;
  errors: CellIssue[];
  warnings: CellIssue[];
}

/** Turns one data row into checked roster values; every problem names its column. */
export function readRosterRow(
  row: { has(k: RosterColumn): boolean; cell(k: RosterColumn): Cell | null },
  heading: string | null,
): RosterRowValues {
  const out: RosterRowValues = { fields: {}, place: { unit: null, department: null, heading }, status: null, errors: [], warnings: [] };
  const has = (k: RosterColumn) => row.has(k);
  const cell = (k: RosterColumn) => row.cell(k);
  const take = <T>(k: keyof PersonFields, r: { ok: true; value: T | null } | { ok: false; message: string }) => {
    if (r.ok) (out.fields as Record<string, unknown>)[k] = r.value;
    else out.errors.push({ column: k, message: r.message });
  };

  const name = readName(cell('name'));
  if (!name) out.errors.push({ column: 'name', message: '姓名为空' });
  else if (name.length > 20) out.errors.push({ column: 'name', message: `姓名“${name.slice(0, 20)}…”超过20个字` });
  else out.fields.name = name;

  const coded = (k: RosterColumn, set: CodeSet) => decoded(cell(k), set);
  if (has('gender')) take('gender', readCode(coded('gender', 'gender'), GENDER_WORDS, '性别', ['男', '女']));
  for (const k of YEAR_MONTH_FIELDS) if (has(k)) take(k, readYearMonth(cell(k)));
  for (const k of TEXT_FIELDS) if (has(k)) out.fields[k] = readText(cell(k));
  if (has('ethnicity')) out.fields.ethnicity = readText(coded('ethnicity', 'ethnicity'));
  if (has('fullTimeEducation')) out.fields.fullTimeEducation = readText(coded('fullTimeEducation', 'education'));
  if (has('inServiceEducation')) out.fields.inServiceEducation = readText(coded('inServiceEducation', 'education'));
  if (has('political')) {
    const t = readText(coded('political', 'political'));
    out.fields.political = t === null ? null : (POLITICAL_WORDS[t.replace(/\s/g, '')] ?? t);
  }
  if (has('phone')) out.fields.phone = readText(cell('phone'));
  if (has('establishment'))
    take('establishment', readCode(coded('establishment', 'establishment'), ESTABLISHMENT_WORDS, '编制类型', ESTABLISHMENTS));
  if (has('category')) take('category', readCode(coded('category', 'category'), CATEGORY_WORDS, '人员类别', CATEGORIES));
  if (has('status')) {
    const r = readCode(coded('status', 'status'), STATUS_WORDS, '状态', Object.keys(STATUS_WORDS));
    if (r.ok) out.status = r.value;
    else out.errors.push({ column: 'status', message: r.message });
  }
  out.place.unit = readText(cell('unit'));
  out.place.department = readText(cell('department'));

  if (has('idNumber')) readId(cell('idNumber'), out);
  return out;
}

/**
 * A cell holding a code of the national information sets (民族 08, 政治面貌 01, 学历 21 …) reads as
 * the code's name; any other cell as it is.
 */
function decoded(cell: Cell | null, set: CodeSet): Cell | null {
  if (!cell || (cell.kind !== 'text' && cell.kind !== 'number')) return cell;
  const name = decodeNational(set, cellText(cell));
  return name === null ? cell : { kind: 'text', text: name };
}

function readId(cell: Cell | null, out: RosterRowValues): void {
  if (!cell) {
    out.fields.idNumber = null;
    return;
  }
  if (cell.kind === 'number') {
    // Excel keeps 15 significant digits: an 18-digit ID saved as a number has lost its tail.
    const shown = asExcelShowsIt(cell.num);
    out.errors.push({
      column: 'idNumber',
      message: `身份证号“${shown}”是以数字保存的，Excel 只保留15位有效数字，末几位已经丢失；请把该列设为文本格式后重新填写`,
    });
    return;
  }
  const raw = toHalfWidth(readText(cell) ?? '');
  const checked = checkIdNumber(raw);
  if (!checked.ok) {
    out.errors.push({ column: 'idNumber', message: checked.message });
    return;
  }
  out.fields.idNumber = checked.id;
  const f = out.fields;
  // Blank 出生年月/性别 are filled from the ID; disagreeing ones are errors on their own column.
  if (f.birth === undefined || f.birth === null) f.birth = checked.birth;
  if (f.gender === undefined || f.gender === null) f.gender = checked.gender;
  for (const message of crossCheckIdNumber(checked.id, { birth: f.birth, gender: f.gender })) {
    out.errors.push({ column: message.includes('性别') ? 'gender' : 'birth', message });
  }
}

/** 15 significant digits, then zeros — what Excel displays for a long number. */
function asExcelShowsIt(num: number): string {
  if (!Number.isFinite(num) || Math.abs(num) < 1e15) return String(num);
  const [mantissa, exponent] = Math.abs(num).toExponential(14).split('e');
  const length = Number(exponent) + 1;
  return mantissa.replace('.', '').padEnd(length, '0').slice(0, length);
}
