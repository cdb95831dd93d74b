/** 平时考核 grades (DOMAIN.md §3) and the reasons a person is not graded in a period. */
export const GRADES = ['good', 'fair', 'average', 'poor'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Record<Grade, string> = { good: '好', fair: '较好', average: '一般', poor: '较差' };
export const GRADE_BY_LABEL: Record<string, Grade> = { 好: 'good', 较好: 'fair', 一般: 'average', 较差: 'poor' };

export const UNDETERMINED_REASONS = ['新录用试用期', '立案审查未结案', '病事假超过期限', '借调在外由借入单位考核', '其他'] as const;
export type UndeterminedReason = (typeof UNDETERMINED_REASONS)[number];
