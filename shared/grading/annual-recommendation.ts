import type { AnnualRow } from './annual';

/** 年度考核推荐等次 columns: 优秀, 称职（合格）, 基本称职（基本合格）, 不称职（不合格）. */
export type AnnualRecommendation = 'excellent' | 'competent' | 'basic' | 'incompetent';

/**
 * The annual grade the 评议表 proposes from the year's 平时考核: 优秀 for those eligible (all of
 * them: the committee chooses among them within the 优秀 quota, the form's note says so), 称职 for the others graded without a 较差. A
 * 较差 or a year without any grade is left for the committee to decide: the app never proposes
 * 基本称职 or 不称职 on its own.
 */
export function annualRecommendation(row: Pick<AnnualRow, 'eligible' | 'counts'>): AnnualRecommendation | null {
  const { good, fair, average, poor } = row.counts;
  const graded = good + fair + average + poor;
  if (graded === 0 || row.counts.poor > 0) return null;
  return row.eligible ? 'excellent' : 'competent';
}
