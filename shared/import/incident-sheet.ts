import type { FieldMap } from '../excel/field-map';
import { HANDLING_NAMES, INCIDENT_KINDS, type Handling, type IncidentKind } from '../domain/incident';

export type IncidentColumn = 'name' | 'idNumber' | 'unit' | 'date' | 'kind' | 'reason' | 'handling' | 'docNo' | 'impactMonths';

/** The 纪检 / 组织人事 list of 表现及问责 records (fixtures/表现及问责记录.xlsx and variants). */
export const INCIDENT_FIELD_MAP: FieldMap<IncidentColumn> = {
  required: ['name', 'kind'],
  minColumns: 4,
  fields: [
    { key: 'name', label: '姓名', labels: ['姓名', '人员', '当事人'] },
    { key: 'idNumber', label: '身份证号', labels: ['身份证号', '身份证号码', '公民身份号码'] },
    { key: 'unit', label: '单位（科室）', labels: ['单位（科室）', '单位(科室)', '单位', '科室', '所在单位', '工作单位'] },
    { key: 'date', label: '时间', labels: ['时间', '日期', '发生时间', '处理时间', '认定时间'] },
    { key: 'kind', label: '类别', labels: ['类别', '类型', '表现类别', '问题类别', '情形'] },
    { key: 'reason', label: '事由', labels: ['事由', '事项', '具体情况', '主要问题', '情况说明'] },
    { key: 'handling', label: '处理方式', labels: ['处理方式', '处理结果', '处理', '处理情况', '问责方式'] },
    { key: 'docNo', label: '文号', labels: ['文号', '处理文号', '文件号'] },
    { key: 'impactMonths', label: '影响期（月）', labels: ['影响期（月）', '影响期(月)', '影响期', '影响期月'] },
  ],
};

/** Local words for the kinds; every official name stands for itself. */
export const INCIDENT_KIND_WORDS: Record<string, IncidentKind> = {
  ...Object.fromEntries(INCIDENT_KINDS.map((k) => [k, k])),
  昏庸懒散拖: '昏庸懒散拖问题突出',
  庸懒散拖: '昏庸懒散拖问题突出',
  推进不力: '工作推进不理想',
  不良影响: '造成不良影响',
  违纪: '违反工作纪律',
  表彰: '表彰奖励',
  表扬: '表彰奖励',
  奖励: '表彰奖励',
  急难险重: '急难险重任务',
  其他: '其他负面情形',
};

export const HANDLING_WORDS: Record<string, Handling> = {
  ...Object.fromEntries(HANDLING_NAMES.map((h) => [h, h])),
  谈话提醒: '提醒谈话',
  诫勉谈话: '诫勉',
  严重警告: '党内严重警告',
  通报: '通报批评',
  表扬: '通报表扬',
  立案: '立案审查',
  立案调查: '立案审查',
  审查调查: '立案审查',
};
