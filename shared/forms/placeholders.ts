import { GRADE_LABELS, GRADES, type Grade } from '../domain/grade';
import type { Attendance } from '../domain/period-inputs';
import type { GradeOrUndetermined } from '../grading/types';
import { formatChineseDate } from '../text/ym-date';

/**
 * The placeholders a clerk may type into their own form ({{姓名}}, {{个人小结}} …): one catalogue
 * for Excel and Word templates, each name with what it prints, from one person's facts in one
 * period. Text placeholders work in both; lists ({{#工作纪实条目}}…{{/工作纪实条目}}, one table row
 * per entry) and conditions ({{#有容错}}…{{/有容错}}) only in Word, which can repeat rows.
 */

/** One person in one period, as a template prints them (the services gather it). */
export interface TemplateFacts {
  /** 单位名称: the bureau's own name. */
  org: string;
  periodLabel: string;
  year: number;
  /** 考核时段: '2025年1月1日至2025年3月31日'. */
  span: string;
  name: string;
  gender: string | null;
  /** '1985.03' */
  birth: string | null;
  ethnicity: string | null;
  nativePlace: string | null;
  political: string | null;
  workStarted: string | null;
  education: string | null;
  unit: string;
  post: string | null;
  rank: string | null;
  /** 职务（职级） as the built-in forms write it. */
  postAndRank: string | null;
  category: string | null;
  establishment: string | null;
  /** 从事或分管工作: the person's 岗位职责, or what their roles say (分管 units …). */
  duties: string | null;
  workRecords: { date: string; content: string; progress: string | null; note: string | null }[];
  /** The records as the 登记表 box prints them (one line each). */
  workRecordText: string;
  selfSummary: string | null;
  attendance: Attendance | null;
  incidents: { date: string; kind: string; reason: string; handling: string; docNo: string | null; tolerance: string | null }[];
  /** 奖惩情况与不良行为记录 as the 登记表 prints it ('无' when there is none). */
  incidentText: string;
  review: { comment: string | null; score: number | null; proposed: Grade | null; reviewer: string | null } | null;
  /** Comment, score and proposed grade as one text (the built-in 登记表's box). */
  reviewText: string | null;
  /** The grade decided, once the period is published (null before). */
  grade: GradeOrUndetermined | null;
  /** 机关审定意见 */
  decision: string | null;
  /** 未确定等次或不参加考核情况说明 */
  undetermined: string | null;
  /** Why the grade differs from the supervisor's proposal (caps, quota, accountability, overrides). */
  gradeReasons: string | null;
  /** 填表日期: today, '2026年12月7日'. */
  today: string;
}

export type PlaceholderKind = 'text' | 'list' | 'condition';
export type PlaceholderGroup = '人员' | '考核周期' | '考核材料' | '评定结果' | '列表（仅 Word）' | '条件（仅 Word）' | '其他';

type ListRow = Record<string, string>;
export type TemplateValue = string | boolean | ListRow[];
/** A filled copy's values by placeholder name (a list's rows by their field names). */
export type TemplateValues = Record<string, TemplateValue>;

export interface Placeholder {
  name: string;
  group: PlaceholderGroup;
  kind: PlaceholderKind;
  description: string;
  /** A long text: it shrinks in its box down to 9 pt, and what still does not fit goes to an 附页. */
  long?: boolean;
  /** The fields of each row of a list. */
  fields?: { name: string; description: string }[];
  value: (f: TemplateFacts) => TemplateValue;
}

const or = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
/** A number, or room to write one by hand (as the built-in 登记表 leaves it). */
const blank = (v: number | undefined) => (v === undefined ? '\u3000\u3000' : String(v));
const gradeLabel = (g: GradeOrUndetermined | null) => (g === null ? '' : g === 'undetermined' ? '不确定等次' : GRADE_LABELS[g]);
/** ☑好　□较好　□一般　□较差: the tick-box line many forms print. */
const ticks = (g: GradeOrUndetermined | null) => GRADES.map((k) => `${g === k ? '☑' : '□'}${GRADE_LABELS[k]}`).join('　');

const text = (
  name: string,
  group: PlaceholderGroup,
  description: string,
  value: (f: TemplateFacts) => string,
  long?: boolean,
): Placeholder => ({
  name,
  group,
  kind: 'text',
  description,
  value,
  ...(long && { long }),
});
const condition = (name: string, description: string, value: (f: TemplateFacts) => boolean): Placeholder => ({
  name,
  group: '条件（仅 Word）',
  kind: 'condition',
  description,
  value,
});

export const PLACEHOLDERS: readonly Placeholder[] = [
  text('姓名', '人员', '姓名', (f) => f.name),
  text('性别', '人员', '男 / 女', (f) => or(f.gender)),
  text('出生年月', '人员', '如 1985.03', (f) => or(f.birth)),
  text('民族', '人员', '民族', (f) => or(f.ethnicity)),
  text('籍贯', '人员', '籍贯', (f) => or(f.nativePlace)),
  text('政治面貌', '人员', '如 中共党员', (f) => or(f.political)),
  text('参加工作时间', '人员', '如 2008.07', (f) => or(f.workStarted)),
  text('学历', '人员', '全日制学历学位（没有时为在职学历）', (f) => or(f.education)),
  text('单位', '人员', '本期考核时所在的单位（科室），如 局机关 办公室', (f) => f.unit),
  text('职务', '人员', '本期考核时的职务', (f) => or(f.post)),
  text('职级', '人员', '职级', (f) => or(f.rank)),
  text('职务职级', '人员', '如 科长（一级主任科员）', (f) => or(f.postAndRank)),
  text('单位及职务职级', '人员', '单位与职务职级连写，如 办公室 科长（一级主任科员）', (f) =>
    [f.unit, f.postAndRank].filter(Boolean).join(' '),
  ),
  text('人员类别', '人员', '如 公务员、事业单位管理人员', (f) => or(f.category)),
  text('编制类型', '人员', '如 行政编制、事业编制', (f) => or(f.establishment)),
  text('从事或分管工作', '人员', '花名册中的岗位职责；没有时按管理职责（如 分管办公室、财务科）；都没有时留空', (f) => or(f.duties)),
  text('考核周期', '考核周期', '如 2025年第一季度', (f) => f.periodLabel),
  text('考核年度', '考核周期', '如 2025', (f) => String(f.year)),
  text('考核时段', '考核周期', '如 2025年1月1日至2025年3月31日', (f) => f.span),
  text('工作纪实', '考核材料', '本期工作纪实，每条一行（日期、内容、完成情况）', (f) => f.workRecordText, true),
  text('工作纪实条数', '考核材料', '本期工作纪实的条数', (f) => String(f.workRecords.length)),
  text('个人小结', '考核材料', '个人小结全文', (f) => or(f.selfSummary), true),
  text('旷工天数', '考核材料', '个人小结中登记的旷工天数（没有登记时留出空位手写）', (f) => blank(f.attendance?.absentDays)),
  text('病事假天数', '考核材料', '病事假天数', (f) => blank(f.attendance?.leaveDays)),
  text('迟到早退次数', '考核材料', '迟到、早退次数', (f) => blank(f.attendance?.lateTimes)),
  text('奖惩情况', '考核材料', '本期的表现记录（奖惩情况与不良行为记录），含容错认定；没有时为“无”', (f) => f.incidentText, true),
  text('评鉴意见', '考核材料', '主管领导评鉴意见（只有意见文字）', (f) => or(f.review?.comment), true),
  text('评鉴得分', '考核材料', '主管领导评鉴的分数', (f) => or(f.review?.score)),
  text('建议等次', '考核材料', '主管领导拟评的等次：好 / 较好 / 一般 / 较差', (f) =>
    f.review?.proposed ? GRADE_LABELS[f.review.proposed] : '',
  ),
  text('建议等次勾选', '考核材料', '☑好　□较好　□一般　□较差（勾选拟评等次）', (f) => ticks(f.review?.proposed ?? null)),
  text('主管领导评鉴', '考核材料', '评鉴意见、得分和等次建议连写（与程序自带的登记表相同）', (f) => or(f.reviewText), true),
  text('评鉴人', '考核材料', '评鉴人的姓名', (f) => or(f.review?.reviewer)),
  text('等次', '评定结果', '审定的等次（公示后才有）：好 / 较好 / 一般 / 较差 / 不确定等次', (f) => gradeLabel(f.grade)),
  text('等次勾选', '评定结果', '☑好　□较好　□一般　□较差（勾选审定的等次）', (f) => ticks(f.grade)),
  text('审定意见', '评定结果', '机关审定意见，如 经审定，2025年第一季度平时考核等次为“好”。', (f) => or(f.decision), true),
  text('未确定等次说明', '评定结果', '不确定等次或不参加考核的原因', (f) => or(f.undetermined), true),
  text(
    '等次说明',
    '评定结果',
    '审定等次与评鉴建议不同的原因（封顶、名额、管理责任规则、人工调整）；“审定意见”中已含这句',
    (f) => or(f.gradeReasons),
    true,
  ),
  text('单位名称', '其他', '本局名称', (f) => f.org),
  text('填表日期', '其他', '生成表格的日期，如 2026年12月7日', (f) => f.today),
  {
    name: '工作纪实条目',
    group: '列表（仅 Word）',
    kind: 'list',
    description: '每条工作纪实一行：把 {{#工作纪实条目}} 写在表格某行的第一格、{{/工作纪实条目}} 写在该行最后一格，这一行按条数重复',
    fields: [
      { name: '日期', description: '如 2025年1月6日' },
      { name: '工作内容', description: '工作内容' },
      { name: '完成情况', description: '完成情况（进度）' },
      { name: '备注', description: '备注' },
    ],
    value: (f) =>
      [...f.workRecords]
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .map((r) => ({ 日期: formatChineseDate(r.date), 工作内容: r.content, 完成情况: or(r.progress), 备注: or(r.note) })),
  },
  {
    name: '奖惩条目',
    group: '列表（仅 Word）',
    kind: 'list',
    description: '本期每条表现记录一行，用法同工作纪实条目',
    fields: [
      { name: '日期', description: '如 2025年2月10日' },
      { name: '类别', description: '如 表彰奖励、工作推进不理想' },
      { name: '事由', description: '事由' },
      { name: '处理方式', description: '如 通报批评' },
      { name: '文号', description: '文号' },
      { name: '容错', description: '容错认定（免责 / 从轻及文号），没有时为空' },
    ],
    value: (f) =>
      f.incidents.map((i) => ({
        日期: formatChineseDate(i.date),
        类别: i.kind,
        事由: i.reason,
        处理方式: i.handling,
        文号: or(i.docNo),
        容错: or(i.tolerance),
      })),
  },
  condition(
    '有工作纪实',
    '本期有工作纪实时显示 {{#有工作纪实}} 与 {{/有工作纪实}} 之间的内容；{{^有工作纪实}}…{{/有工作纪实}} 相反',
    (f) => f.workRecords.length > 0,
  ),
  condition('有奖惩', '本期有表现记录时显示其间的内容', (f) => f.incidents.length > 0),
  condition('有容错', '本期的表现记录中有容错认定（免责或从轻）时显示其间的内容', (f) => f.incidents.some((i) => i.tolerance !== null)),
  condition('已审定', '等次已审定（公示后）时显示其间的内容', (f) => f.grade !== null),
  condition('不确定等次', '本期不确定等次时显示其间的内容', (f) => f.grade === 'undetermined'),
  ...GRADES.map((g) => condition(`等次为${GRADE_LABELS[g]}`, `审定等次为“${GRADE_LABELS[g]}”时显示其间的内容`, (f) => f.grade === g)),
];

const BY_NAME = new Map(PLACEHOLDERS.map((p) => [p.name, p]));

export function placeholder(name: string): Placeholder | undefined {
  return BY_NAME.get(name);
}

/** Every placeholder's value for one person: text, condition flags, list rows. */
export function templateValues(facts: TemplateFacts): TemplateValues {
  return Object.fromEntries(PLACEHOLDERS.map((p) => [p.name, p.value(facts)]));
}

/** {{ name }} in a text (spaces inside the braces allowed). */
export const TAG = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders written in a text, by name as written (with any # / ^ prefix). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(TAG)].map((m) => m[1]);
}

/** A text with each {{name}} replaced by its value (only text placeholders are ever passed here). */
export function fillText(text: string, values: TemplateValues): string {
  return text.replace(TAG, (_, name: string) => {
    const v = values[name];
    return typeof v === 'string' ? v : '';
  });
}
