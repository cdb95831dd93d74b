/**
 * Code lists for roster fields. National lists from the 中组部 extraction template
 * (DIC_RS_ZB135 编制类型, ZB125 人员类别, GB4762 政治面貌); the bureau adds 编外聘用 and 合署办公
 * because its appraisal rule covers those staff too (DOMAIN.md §1).
 */
export const ESTABLISHMENTS = ['行政编制', '事业编制（参公）', '事业编制（其他）', '工勤编制', '其他编制', '编外聘用', '合署办公'] as const;
export type Establishment = (typeof ESTABLISHMENTS)[number];

export const CATEGORIES = [
  '公务员',
  '参照管理机关工作人员',
  '参照管理事业单位工作人员',
  '事业单位管理人员',
  '事业单位专业技术人员',
  '在机关工作的事业编制人员',
  '机关工勤人员',
  '事业单位工勤人员',
  '编外聘用人员',
  '合署办公人员',
  '其他人员',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const POLITICAL_STATUSES = [
  '中共党员',
  '预备党员',
  '共青团员',
  '民革党员',
  '民盟盟员',
  '民建会员',
  '民进会员',
  '农工党党员',
  '致公党党员',
  '九三学社社员',
  '台盟盟员',
  '无党派人士',
  '群众',
] as const;

export const EDUCATIONS = [
  '研究生',
  '中央党校研究生',
  '省委党校研究生',
  '大学',
  '中央党校大学',
  '省委党校大学',
  '大专',
  '中央党校大专',
  '省委党校大专',
  '中专',
  '中技',
  '高中',
  '初中',
  '小学',
] as const;

/** 状态: 借调 is a status (with 借调单位), not an establishment type (DOMAIN.md §1). */
export const PERSON_STATUSES = ['active', 'seconded', 'left', 'retired'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export const PERSON_STATUS_LABELS: Record<PersonStatus, string> = {
  active: '在职',
  seconded: '借调',
  left: '离职',
  retired: '退休',
};

export const GENDERS = ['男', '女'] as const;
export type Gender = (typeof GENDERS)[number];
