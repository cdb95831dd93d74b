import { z } from 'zod';
import { CATEGORIES, ESTABLISHMENTS, GENDERS, PERSON_STATUSES } from './codes';
import { IsoDateSchema, YearMonthSchema } from './dates';

const text = (max: number, label: string) => z.string().trim().max(max, `${label}不能超过${max}个字`).nullable();
/** Fields added after the first data format: older folders read them as empty. */
const addedText = (max: number, label: string) => text(max, label).default(null);

/** The roster fields a clerk edits (TEMPLATES.md / reference §6E). */
export const PersonFieldsSchema = z.object({
  name: z.string().trim().min(1, '姓名不能为空').max(20, '姓名不能超过20个字'),
  gender: z.enum(GENDERS).nullable(),
  ethnicity: text(20, '民族'),
  nativePlace: text(40, '籍贯'),
  birth: YearMonthSchema.nullable(),
  /** Stored and written as text; checked against GB 11643 by the roster service. */
  idNumber: z
    .string()
    .regex(/^\d{17}[\dX]$/, '身份证号应为18位')
    .nullable(),
  political: text(20, '政治面貌'),
  partyJoined: YearMonthSchema.nullable(),
  workStarted: YearMonthSchema.nullable(),
  fullTimeEducation: text(30, '全日制学历学位'),
  fullTimeSchool: text(80, '全日制毕业院校系及专业'),
  inServiceEducation: text(30, '在职学历学位'),
  inServiceSchool: text(80, '在职毕业院校系及专业'),
  post: text(60, '职务'),
  rank: text(30, '职级'),
  postSince: YearMonthSchema.nullable(),
  rankSince: YearMonthSchema.nullable(),
  /** 职称 (专业技术职务), 现职务层次 and since when, 现工作单位及职务全称/简称: carried by the national roster. */
  title: addedText(40, '职称'),
  postLevel: addedText(30, '职务层次'),
  postLevelSince: YearMonthSchema.nullable().default(null),
  postFullTitle: addedText(100, '现工作单位及职务全称'),
  postShortTitle: addedText(60, '现工作单位及职务简称'),
  establishment: z.enum(ESTABLISHMENTS).nullable(),
  category: z.enum(CATEGORIES).nullable(),
  phone: text(30, '联系电话'),
  note: text(200, '备注'),
  /** 合同起始时间 of 编外聘用 staff: 续聘 counts the contract year (DOMAIN.md §5). Added later: older rosters have none. */
  contractStart: YearMonthSchema.nullable().default(null),
  /** 岗位职责: what the person does or 分管, printed as 从事或分管工作 on the 登记表 (added later: older folders have none). */
  duties: text(200, '岗位职责').default(null),
});
export type PersonFields = z.infer<typeof PersonFieldsSchema>;

/** One stay in a unit; transfers are dated because periods fix each person's unit on a date. */
export const UnitStintSchema = z.object({
  unitId: z.string(),
  from: IsoDateSchema,
  until: IsoDateSchema.nullable(),
  note: z.string().nullable(),
});
export type UnitStint = z.infer<typeof UnitStintSchema>;

export const StatusChangeSchema = z.object({
  status: z.enum(PERSON_STATUSES),
  on: IsoDateSchema,
  secondedTo: z.string().nullable(),
  note: z.string().nullable(),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/**
 * A 年度考核 result from before the app (A15 考核 of the national roster): the year and the
 * 考核结论 as written there (优秀 / 称职 / 合格 / 基本称职 …).
 */
export const PastAnnualResultSchema = z.object({
  year: z.number().int().min(1950).max(2100),
  result: z.string().trim().min(1).max(40),
  /** Where it came from (导入自 Data_(干部)模板.xls). */
  source: z.string().max(200).nullable(),
});
export type PastAnnualResult = z.infer<typeof PastAnnualResultSchema>;

export const PersonSchema = PersonFieldsSchema.extend({
  id: z.string().min(1),
  unitId: z.string().min(1),
  status: z.enum(PERSON_STATUSES),
  /** 借调单位 while status is seconded. */
  secondedTo: z.string().nullable(),
  unitHistory: z.array(UnitStintSchema).min(1),
  statusHistory: z.array(StatusChangeSchema),
  /** Added after the first data format (older folders: none). */
  pastResults: z.array(PastAnnualResultSchema).default([]),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof PersonSchema>;

export const EMPTY_PERSON_FIELDS: PersonFields = {
  name: '',
  gender: null,
  ethnicity: null,
  nativePlace: null,
  birth: null,
  idNumber: null,
  political: null,
  partyJoined: null,
  workStarted: null,
  fullTimeEducation: null,
  fullTimeSchool: null,
  inServiceEducation: null,
  inServiceSchool: null,
  post: null,
  rank: null,
  postSince: null,
  rankSince: null,
  title: null,
  postLevel: null,
  postLevelSince: null,
  postFullTitle: null,
  postShortTitle: null,
  establishment: null,
  category: null,
  phone: null,
  note: null,
  contractStart: null,
  duties: null,
};

/** Field labels as printed on the roster; also used in validation messages. */
export const PERSON_FIELD_LABELS: Record<keyof PersonFields, string> = {
  name: '姓名',
  gender: '性别',
  ethnicity: '民族',
  nativePlace: '籍贯',
  birth: '出生年月',
  idNumber: '身份证号',
  political: '政治面貌',
  partyJoined: '入党时间',
  workStarted: '参加工作时间',
  fullTimeEducation: '全日制学历学位',
  fullTimeSchool: '全日制毕业院校系及专业',
  inServiceEducation: '在职学历学位',
  inServiceSchool: '在职毕业院校系及专业',
  post: '职务',
  rank: '职级',
  postSince: '任现职务时间',
  rankSince: '任现职级时间',
  title: '职称',
  postLevel: '职务层次',
  postLevelSince: '任现职务层次时间',
  postFullTitle: '现工作单位及职务全称',
  postShortTitle: '现工作单位及职务简称',
  establishment: '编制类型',
  category: '人员类别',
  phone: '联系电话',
  note: '备注',
  contractStart: '合同起始时间',
  duties: '岗位职责',
};
