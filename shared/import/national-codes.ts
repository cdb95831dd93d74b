import type { Category, Establishment } from '../domain/codes';

/**
 * Code values of the 中组部 information sets, as the national 干部信息系统 exports them when a
 * column holds the code instead of the name. Source: the code tables the Insigma 综合干部管理系统
 * ships (github.com/HuangHL92/ZHGBSYS, WebContent/basejs/codetype.js: GB3304, GB4762, ZB64, ZB125,
 * ZB135, ZB18, GB2261), mapped onto the names this app keeps (domain/codes.ts).
 */

/** 民族 (GB 3304). */
const ETHNICITY: Record<string, string> = Object.fromEntries(
  [
    '汉族',
    '蒙古族',
    '回族',
    '藏族',
    '维吾尔族',
    '苗族',
    '彝族',
    '壮族',
    '布依族',
    '朝鲜族',
    '满族',
    '侗族',
    '瑶族',
    '白族',
    '土家族',
    '哈尼族',
    '哈萨克族',
    '傣族',
    '黎族',
    '傈僳族',
    '佤族',
    '畲族',
    '高山族',
    '拉祜族',
    '水族',
    '东乡族',
    '纳西族',
    '景颇族',
    '柯尔克孜族',
    '土族',
    '达斡尔族',
    '仫佬族',
    '羌族',
    '布朗族',
    '撒拉族',
    '毛南族',
    '仡佬族',
    '锡伯族',
    '阿昌族',
    '普米族',
    '塔吉克族',
    '怒族',
    '乌孜别克族',
    '俄罗斯族',
    '鄂温克族',
    '德昂族',
    '保安族',
    '裕固族',
    '京族',
    '塔塔尔族',
    '独龙族',
    '鄂伦春族',
    '赫哲族',
    '门巴族',
    '珞巴族',
    '基诺族',
  ].map((name, i) => [String(i + 1).padStart(2, '0'), name]),
);
ETHNICITY['91'] = '其他';
ETHNICITY['92'] = '外国血统';

/** 政治面貌 (GB 4762), named as the app's list names them. */
const POLITICAL: Record<string, string> = {
  '01': '中共党员',
  '02': '预备党员',
  '03': '共青团员',
  '04': '民革党员',
  '05': '民盟盟员',
  '06': '民建会员',
  '07': '民进会员',
  '08': '农工党党员',
  '09': '致公党党员',
  '10': '九三学社社员',
  '11': '台盟盟员',
  '12': '无党派人士',
  '13': '群众',
};

/** 学历 (ZB64). */
const EDUCATION: Record<string, string> = {
  '10': '研究生教育',
  '11': '研究生',
  '13': '研究生班',
  '1A': '中央党校研究生',
  '1B': '省委党校研究生',
  '20': '本科教育',
  '21': '大学',
  '2A': '中央党校大学',
  '2B': '省委党校大学',
  '30': '专科教育',
  '31': '大专',
  '34': '中央党校大专',
  '37': '省委党校大专',
  '3B': '大学普通班',
  '41': '中专',
  '47': '中技',
  '61': '高中',
  '71': '初中',
  '81': '小学',
};

/** 人员类别 (ZB125). */
const CATEGORY: Record<string, Category> = {
  '1': '公务员',
  '2': '公务员',
  '3': '公务员',
  '61': '公务员',
  '62': '公务员',
  '63': '公务员',
  '5': '参照管理机关工作人员',
  '6': '参照管理事业单位工作人员',
  '7': '事业单位管理人员',
  '8': '事业单位专业技术人员',
  A0: '机关工勤人员',
  A1: '事业单位工勤人员',
  B5: '在机关工作的事业编制人员',
};

/** 编制类型 (ZB135). */
const ESTABLISHMENT: Record<string, Establishment> = {
  '1': '行政编制',
  '2': '事业编制（参公）',
  '3': '事业编制（其他）',
  '4': '其他编制',
};

/** 人员管理状态 (ZB126). */
const STATUS: Record<string, string> = { '1': '现职人员', '2': '离退人员', '3': '调出人员', '4': '已去世' };

/** 考核结论 (ZB18): the annual grade. */
const ANNUAL_RESULT: Record<string, string> = {
  '1': '优秀',
  '2': '称职',
  '3': '基本称职',
  '4': '不称职',
  '5': '不定等次',
  '5A': '新录用公务员试用期年度考核不确定等次',
  '5B': '被立案调查尚未结案年度考核不确定等次',
  '5C': '受政纪处分期间年度考核不确定等次',
  '6': '不进行考核',
  '6A': '病、事假累计超过考核年度半年不进行考核',
};

const GENDER: Record<string, '男' | '女'> = { '1': '男', '2': '女' };

export const NATIONAL_CODES = {
  ethnicity: ETHNICITY,
  political: POLITICAL,
  education: EDUCATION,
  category: CATEGORY,
  establishment: ESTABLISHMENT,
  status: STATUS,
  annualResult: ANNUAL_RESULT,
  gender: GENDER,
} as const;
export type CodeSet = keyof typeof NATIONAL_CODES;

/**
 * The name behind a code value, or null when the text is not a code of the set. Codes are short
 * digits (letters for a few sets); a number cell loses its leading zero (民族 1 = 01), so two-digit
 * sets are padded.
 */
export function decodeNational<S extends CodeSet>(set: S, text: string): (typeof NATIONAL_CODES)[S][string] | null {
  const t = text.trim().toUpperCase();
  if (!/^[0-9][0-9A-C]?$/.test(t)) return null;
  const table = NATIONAL_CODES[set] as Record<string, string>;
  const hit = table[t] ?? (t.length === 1 && (set === 'ethnicity' || set === 'political') ? table[`0${t}`] : undefined);
  return (hit ?? null) as (typeof NATIONAL_CODES)[S][string] | null;
}
