import type { FieldMap } from '../excel/field-map';

export type ReviewColumn =
  'seq' | 'name' | 'post' | 'reviewer' | 'score' | 'proposed' | 'comment' | 'checker' | 'checkResult' | 'checkOpinion' | 'id';

/** What the 审核结果 dropdown offers (the second review step): agree, or the grade the 分管领导 sets. */
export const CHECK_AGREE = '同意';
/** Marks a 审核 cell of someone whose 评鉴 is not checked (a 科室负责人, or nobody 分管 the unit). */
export const NO_CHECK = '—';

/**
 * The 科室评鉴表 the app sends out; read back by its labels and the hidden 编号 column. With the
 * second review step on it also has 审核人, 审核结果 and 审核意见 for the 分管领导.
 */
export const REVIEW_FIELD_MAP: FieldMap<ReviewColumn> = {
  required: ['name', 'id'],
  minColumns: 3,
  fields: [
    { key: 'seq', label: '序号', labels: ['序号'] },
    { key: 'name', label: '姓名', labels: ['姓名'] },
    { key: 'post', label: '职务', labels: ['职务'] },
    { key: 'reviewer', label: '评鉴人', labels: ['评鉴人'] },
    { key: 'score', label: '分数', labels: ['分数', '分数（0-100）', '分数（0—100）', '得分'] },
    { key: 'proposed', label: '拟评等次', labels: ['拟评等次', '等次', '建议等次'] },
    { key: 'comment', label: '评鉴意见', labels: ['评鉴意见', '主管领导评鉴意见', '意见'] },
    { key: 'checker', label: '审核人', labels: ['审核人', '分管领导'] },
    { key: 'checkResult', label: '审核结果', labels: ['审核结果', '审核等次', '分管领导审核'] },
    { key: 'checkOpinion', label: '审核意见', labels: ['审核意见', '审核评价意见', '分管领导审核意见'] },
    { key: 'id', label: '编号', labels: ['编号'] },
  ],
};

/** The hidden sheet that stamps an exported 评鉴表 with its period and unit. */
export const REVIEW_META_SHEET = '_平时考核';
export const REVIEW_META_MARK = 'appraisal-desk/review-sheet/1';
