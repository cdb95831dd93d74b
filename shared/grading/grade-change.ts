import { GRADE_LABELS } from '../domain/grade';
import { formatChineseDate } from '../text/ym-date';
import type { GradeOrUndetermined, Outcome } from './types';

export const gradeWord = (g: GradeOrUndetermined) => (g === 'undetermined' ? '不确定等次' : `“${GRADE_LABELS[g]}”`);

/** Dates in a reason as forms write them: '2025-03-01' → '2025年3月1日'. */
const paperDates = (s: string) => s.replace(/\s*(\d{4}-\d{2}-\d{2})\s*/g, (_m, d: string) => formatChineseDate(d));

/** The 评鉴's grade: the first step of the grading (拟评等次, or the score's band); null without a 评鉴. */
export const proposedGrade = (o: Pick<Outcome, 'steps'>): GradeOrUndetermined | null => o.steps.find((s) => s.rule === 'base')?.to ?? null;

export interface GradeChange {
  /** What the 评鉴 proposed (or its score's band). */
  proposed: GradeOrUndetermined;
  grade: GradeOrUndetermined;
  /** The rules that moved the grade, in the order they ran (封顶, 管理责任, 名额, 人工调整), each a sentence. */
  reasons: string[];
}

/**
 * Why a grade differs from the 评鉴 proposal, for paper (登记表, 反馈, 汇总表): the steps that moved
 * it, with the sentences the grading screen shows. Null when the grade is the proposal's, or when
 * there was none (不确定等次 set on the period, no 评鉴 yet): those are explained elsewhere.
 */
export function gradeChange(o: Pick<Outcome, 'grade' | 'steps'>): GradeChange | null {
  const base = proposedGrade(o);
  if (base === null || o.grade === null || o.grade === base) return null;
  const reasons = o.steps.filter((s) => s.rule !== 'base' && s.from !== s.to).map((s) => paperDates(s.reason).replace(/[。；，\s]+$/, ''));
  return { proposed: base, grade: o.grade, reasons };
}

/** '主管领导建议等次为“好”，评定为“较好”：本局“好”等次名额 2 个，……。' */
export function gradeChangeSentence(o: Pick<Outcome, 'grade' | 'steps'>): string | null {
  const c = gradeChange(o);
  if (!c) return null;
  return `主管领导建议等次为${gradeWord(c.proposed)}，评定为${gradeWord(c.grade)}：${c.reasons.join('；')}。`;
}

/**
 * The 反馈 to one person: the grade, why it is not the one the 评鉴 proposed, and the 评鉴意见
 * ('张三同志：经评定，您在2025年第一季度平时考核中的等次为“较好”。主管领导建议等次为“好”，…。主管领导评鉴意见：…。').
 */
export function feedbackText(
  o: Pick<Outcome, 'name' | 'grade' | 'steps' | 'undeterminedReason'>,
  periodLabel: string,
  comment: string | null,
): string {
  const grade =
    o.grade === 'undetermined' ? `不确定等次（${o.undeterminedReason ?? ''}）` : o.grade ? `“${GRADE_LABELS[o.grade]}”` : '尚未评定';
  const why = gradeChangeSentence(o) ?? '';
  const said = comment ? `主管领导评鉴意见：${comment}${/[。！？.!?]$/.test(comment) ? '' : '。'}` : '';
  return `${o.name}同志：经评定，您在${periodLabel}平时考核中的等次为${grade}。${why}${said}`;
}
