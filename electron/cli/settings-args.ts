import { HANDLING_NAMES } from '../../shared/domain/incident';
import { Refusal } from './refusal';
import { AppraisalSettingsSchema, type AppraisalSettings } from '../../shared/grading/settings';

/** What each 考核设置 is called on the 考核设置 page, for `settings get` and the messages of `settings set`. */
export const SETTING_LABELS: Record<string, string> = {
  goodRatio: '“好”等次比例（0—1）',
  rounding: '取整方式（floor 向下 / round 四舍五入 / ceil 向上）',
  minOneSeatFrom: '人数达到多少时至少1个名额',
  'scoreBands.good': '分数段：“好”线',
  'scoreBands.fair': '分数段：“较好”线',
  'scoreBands.average': '分数段：“一般”线',
  'pools.by': '名额池（bureau 全局 / unit 每个单位）',
  'pools.separateLeaders': '领导干部单独成池',
  'pools.separateContract': '编外聘用人员单独成池',
  accountabilityWindow: '管理责任规则看几个考核周期',
  accountabilityReading: '“本单位”的范围（responsibility 按职责范围 / perUnit 分管单位逐个 / literal 全局（字面））',
  superiorAppraised: '另由上级党组织考核的人员（姓名或编号，逗号分隔）',
  'annual.rule': '年度优秀条件（halfGoodNoLow / anyGood / noLow）',
  'annual.excellentRatio': '年度优秀比例（0—1）',
  'annual.renewalPoorLimit': '编外聘用：“较差”几次不建议续聘',
  'annual.renewalAverageLimit': '编外聘用：“一般”及以下几次不建议续聘',
  'reviewers.staff': '一般工作人员由谁评鉴（departmentHead / supervisor）',
  'reviewers.heads': '科室负责人由谁评鉴（supervisor / principal）',
  'reviewers.members': '班子成员由谁评鉴（principal / none）',
  'reviewers.secondStep': '一般工作人员的评鉴由分管领导审核',
  caps: '处理方式对等次的影响（caps.通报批评=none|fair|average|poor|undetermined）',
  toleranceRepeatMonths: '同类事项多少个月内不再容错',
};

const TRUE = ['true', '是', '1', 'yes'];
const FALSE = ['false', '否', '0', 'no'];

/** The settings as `key = value` lines, each with what it is. */
export function settingsLines(s: AppraisalSettings, nameOf: (id: string) => string): string[] {
  return Object.entries(SETTING_LABELS).map(([key, label]) => {
    const v = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], s);
    const shown =
      key === 'superiorAppraised'
        ? (v as string[]).map(nameOf).join('，') || '（无）'
        : key === 'caps'
          ? Object.entries(v as object)
              .map(([h, c]) => `${h}=${c}`)
              .join('，') || '（按默认表）'
          : String(v);
    return `${key} = ${shown}　　${label}`;
  });
}

/**
 * `settings set key=value …` onto the current settings: a value is read as the kind the setting
 * already has (number, 是/否, list), `caps.处理方式=…` sets one line of the cap table, and the result
 * is checked as a whole. Refuses with a Chinese sentence naming the key.
 */
export function assignSettings(
  current: AppraisalSettings,
  assignments: string[],
  peopleIds: (names: string[]) => string[],
): AppraisalSettings {
  if (assignments.length === 0)
    throw new Refusal('INVALID_INPUT', 'settings set 需要至少一项，如 settings set accountabilityReading=perUnit。');
  const next = structuredClone(current) as unknown as Record<string, unknown>;
  for (const a of assignments) {
    const eq = a.indexOf('=');
    if (eq <= 0) throw new Refusal('INVALID_INPUT', `“${a}”应写成 名称=值，如 goodRatio=0.4。`);
    const key = a.slice(0, eq).trim();
    const raw = a.slice(eq + 1).trim();
    const path = key.split('.');
    if (path[0] === 'caps' && path.length === 2) {
      if (!(HANDLING_NAMES as string[]).includes(path[1])) throw new Refusal('INVALID_INPUT', `没有“${path[1]}”这种处理方式。`);
      (next.caps as Record<string, string>)[path[1]] = raw;
      continue;
    }
    if (!(key in SETTING_LABELS) || key === 'caps')
      throw new Refusal('INVALID_INPUT', `没有名为“${key}”的考核设置。可以设置的有：${Object.keys(SETTING_LABELS).join('、')}。`);
    const parent = path.slice(0, -1).reduce((o, k) => o[k] as Record<string, unknown>, next);
    const leaf = path.at(-1)!;
    const was = parent[leaf];
    parent[leaf] =
      typeof was === 'number'
        ? Number(raw)
        : typeof was === 'boolean'
          ? TRUE.includes(raw)
            ? true
            : FALSE.includes(raw)
              ? false
              : raw
          : Array.isArray(was)
            ? peopleIds(
                raw
                  .split(/[,，、]/)
                  .map((x) => x.trim())
                  .filter(Boolean),
              )
            : raw;
    if (typeof was === 'number' && !Number.isFinite(parent[leaf])) throw new Refusal('INVALID_INPUT', `${key} 应为数字，而不是“${raw}”。`);
  }
  const checked = AppraisalSettingsSchema.safeParse(next);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Refusal('INVALID_INPUT', `${issue.path.join('.') || '设置'}：${issue.message}`);
  }
  return checked.data;
}
