import type { FieldMap } from '../excel/field-map';

export type RecordColumn = 'seq' | 'name' | 'date' | 'content' | 'progress' | 'note';

/** 工作纪实表 (reference/templates.md §3): the app's template, or a unit's combined list with 姓名. */
export const RECORD_FIELD_MAP: FieldMap<RecordColumn> = {
  required: ['date', 'content'],
  minColumns: 2,
  fields: [
    { key: 'seq', label: '序号', labels: ['序号'] },
    { key: 'name', label: '姓名', labels: ['姓名'] },
    { key: 'date', label: '时间', labels: ['时间', '日期', '完成时间'] },
    { key: 'content', label: '工作内容（事项）', labels: ['工作内容（事项）', '工作内容(事项)', '工作内容', '工作事项', '事项'] },
    { key: 'progress', label: '完成情况（进度）', labels: ['完成情况（进度）', '完成情况(进度)', '完成情况', '进度', '完成情况/进度'] },
    { key: 'note', label: '备注', labels: ['备注'] },
  ],
};

export const RECORD_META_SHEET = '_平时考核';
export const RECORD_META_MARK = 'appraisal-desk/work-records/1';
