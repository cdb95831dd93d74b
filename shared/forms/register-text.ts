import { GRADE_LABELS, type Grade } from '../domain/grade';
import { TOLERANCE_LABELS, type Incident } from '../domain/incident';
import type { Participant } from '../domain/period';
import type { Review, ReviewCheck, WorkRecord } from '../domain/period-inputs';
import { gradeChangeSentence } from '../grading/grade-change';
import type { Outcome } from '../grading/types';
import { SUPERIOR_LABEL } from '../domain/superior';
import { formatChineseDate } from '../text/ym-date';

/** What goes in the boxes of the 登记表, as text a clerk would write there. */

/** A record's line in the 工作纪实 box of the form: the whole record is on the 附页 or the 工作纪实表. */
const MAX_LINE = 60;

const monthDay = (iso: string) => formatChineseDate(iso).replace(/^\d+年/, '');
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * 工作纪实 of the period: '1月6日　content（progress）', oldest first; null when there are none. In
 * a box on the form each record takes one line at most (`clip`); on the 附页 every record is whole.
 */
export function workRecordLines(records: readonly WorkRecord[], opts: { clip: boolean }): string | null {
  if (records.length === 0) return null;
  const sorted = [...records].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const lines = sorted.map((r) => {
    const line = `${monthDay(r.date)}　${r.content.replace(/\s+/g, ' ')}${r.progress ? `（${r.progress}）` : ''}`;
    return opts.clip ? clip(line, MAX_LINE) : `${line}${r.note ? `　备注：${r.note}` : ''}`;
  });
  return [`本期工作纪实共 ${records.length} 条：`, ...lines].join('\n');
}

/** 奖惩情况与不良行为记录: the person's records dated in the period, with any 容错 decision. */
export function incidentLines(incidents: readonly Incident[], personId: string, start: string, end: string): string {
  const own = incidents
    .filter((i) => i.personId === personId && i.date >= start && i.date <= end)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  if (own.length === 0) return '无';
  return own
    .map((i) => {
      const doc = i.docNo ? `，${i.docNo}` : '';
      const tolerance = i.tolerance ? `；经认定予以${TOLERANCE_LABELS[i.tolerance.decision]}（${i.tolerance.docNo}）` : '';
      return `${formatChineseDate(i.date)}　${i.kind}：${i.reason}（${i.handling}${doc}）${tolerance}`;
    })
    .join('\n');
}

/**
 * 主管领导评鉴意见: the comment, the score and the proposed grade, and with the second review step
 * the 分管领导's 审核评价意见 (agreed, or the grade adjusted and why).
 */
export function reviewText(
  review: Pick<Review, 'comment' | 'score' | 'proposed'> | null,
  check: Pick<ReviewCheck, 'decision' | 'grade' | 'opinion'> | null = null,
): string | null {
  if (!review) return null;
  const parts = [review.comment ?? ''];
  const verdict = [
    review.score !== null ? `评鉴得分：${review.score}` : '',
    review.proposed ? `考核等次建议：${GRADE_LABELS[review.proposed]}` : '',
  ]
    .filter(Boolean)
    .join('　');
  if (verdict) parts.push(verdict);
  if (check) parts.push(`分管领导审核意见：${checkText(check)}`);
  return parts.filter(Boolean).join('\n') || null;
}

/** The 审核评价意见 in words: '同意。' (with the opinion after it) or '意见。等次调整为“较好”。'. */
export function checkText(check: Pick<ReviewCheck, 'decision' | 'grade' | 'opinion'>): string {
  const opinion = check.opinion ? `${check.opinion}${/[。！？.!?]$/.test(check.opinion) ? '' : '。'}` : '';
  return check.decision === 'adjust' && check.grade ? `${opinion}等次调整为“${GRADE_LABELS[check.grade]}”。` : `同意。${opinion}`;
}

/**
 * 机关审定意见: the grade decided, and when it is not the one the 评鉴 proposed, why (封顶, 名额,
 * 管理责任, 人工调整): the reason goes on paper with the grade.
 */
export function decisionText(outcome: Pick<Outcome, 'grade' | 'steps'> | null, periodLabel: string): string | null {
  if (!outcome?.grade) return null;
  const decided =
    outcome.grade === 'undetermined'
      ? `${periodLabel}平时考核不确定等次。`
      : `经审定，${periodLabel}平时考核等次为“${GRADE_LABELS[outcome.grade as Grade]}”。`;
  const why = gradeChangeSentence(outcome);
  return why ? `${decided}${why}` : decided;
}

/**
 * 未确定等次或不参加考核情况说明: the reason set on the period, the record that capped the grade, or
 * that the person is appraised by the superior organisation.
 */
export function undeterminedText(
  participant: Pick<Participant, 'undetermined'>,
  outcome: (Pick<Outcome, 'steps'> & Partial<Pick<Outcome, 'superior'>>) | null,
): string | null {
  if (outcome?.superior) return `${SUPERIOR_LABEL}，不参加本局平时考核等次评定。`;
  if (participant.undetermined)
    return `${participant.undetermined.reason}${participant.undetermined.note ? `：${participant.undetermined.note}` : ''}`;
  const cap = outcome?.steps.find((s) => s.to === 'undetermined');
  return cap ? cap.reason : null;
}
