import { GRADE_LABELS, type Grade } from '../domain/grade';
import type { AppraisalSettings } from './settings';
import type { GradeOrUndetermined, GradingReview } from './types';

export const gradeLabel = (g: GradeOrUndetermined | null) =>
  g === null ? '（无）' : g === 'undetermined' ? '不确定等次' : `“${GRADE_LABELS[g]}”`;

/** The grade a score gives under the 考核设置's bands. */
export function band(score: number, b: AppraisalSettings['scoreBands']): Grade {
  return score >= b.good ? 'good' : score >= b.fair ? 'fair' : score >= b.average ? 'average' : 'poor';
}

/**
 * The base grade from the 评鉴: the proposed grade, else the score band; with the second review
 * step on, a 分管领导's adjustment replaces it (DOMAIN.md §1). Null when there is nothing to go on.
 */
export function baseGrade(r: GradingReview | undefined, s: AppraisalSettings): { grade: Grade; reason: string } | null {
  const reviewed: Grade | null = r?.proposed ?? (r?.score != null ? band(r.score, s.scoreBands) : null);
  if (!r || reviewed === null) return null;
  const first = r.proposed
    ? `主管领导拟评${gradeLabel(reviewed)}${r.score != null ? `（${r.score}分）` : ''}`
    : `评鉴得分 ${r.score} 分，按分数段为${gradeLabel(reviewed)}`;
  const check = s.reviewers.secondStep ? r.check : null;
  if (!check) return { grade: reviewed, reason: first };
  if (check.decision === 'adjust' && check.grade && check.grade !== reviewed)
    return { grade: check.grade, reason: `${first}；分管领导审核调整为${gradeLabel(check.grade)}：${check.opinion ?? ''}` };
  return { grade: reviewed, reason: `${first}；分管领导审核同意${check.opinion ? `：${check.opinion}` : ''}` };
}
