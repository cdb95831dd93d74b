import { GRADE_LABELS } from '@shared/domain/grade';
import type { GradeOrUndetermined } from '@shared/grading/types';

/** The five outcomes in display order; every screen (tags, tables, charts) uses these names and colours. */
export const GRADE_KEYS = ['good', 'fair', 'average', 'poor', 'undetermined'] as const satisfies readonly GradeOrUndetermined[];

export const GRADE_NAMES: Record<GradeOrUndetermined, string> = { ...GRADE_LABELS, undetermined: '不确定等次' };

/** 好 green, 较好 blue, 一般 orange, 较差 red, 不确定等次 grey: antd's tag presets … */
export const GRADE_TAG_COLORS: Record<GradeOrUndetermined, string> = {
  good: 'green',
  fair: 'blue',
  average: 'orange',
  poor: 'red',
  undetermined: 'default',
};

/** … and the same hues for the charts. */
export const GRADE_CHART_COLORS: Record<GradeOrUndetermined, string> = {
  good: '#52c41a',
  fair: '#1677ff',
  average: '#fa8c16',
  poor: '#f5222d',
  undetermined: '#bfbfbf',
};
