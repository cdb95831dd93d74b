import { unitLabel } from '../../../shared/domain/unit';
import { TOLERANCE_LABELS } from '../../../shared/domain/incident';
import type { Period } from '../../../shared/domain/period';
import { incidentLines, decisionText, reviewText, undeterminedText, workRecordLines } from '../../../shared/forms/register-text';
import type { TemplateFacts } from '../../../shared/forms/placeholders';
import { formatChineseDate } from '../../../shared/text/ym-date';
import { rejected } from '../app-error';
import { todayIso } from '../clock';
import { dutiesText, postAndRank } from '../../../shared/forms/person-text';
import { gradeChangeSentence } from '../../../shared/grading/grade-change';
import { inFormOrder, type FormScope } from '../forms/form-scope';
import type { View } from '../store/folder/view';

/**
 * The facts a clerk's template prints, one per participant of a period in scope (in the forms'
 * order): the roster, the period's work records, 个人小结 and 评鉴, the incidents dated in the
 * period and, from 公示 on, the decided grade with its reasons. The built-in 登记表's texts
 * (register-text) are reused, so a template prints the same words.
 */
export async function templateFacts(
  view: View,
  input: { periodId: string } & FormScope,
): Promise<{ period: Period; facts: TemplateFacts[] }> {
  const org = view.org();
  const period = await view.period(input.periodId);
  const participants = inFormOrder(org, period.participants, input, (p) => p);
  if (participants.length === 0) throw rejected(`${period.label}在所选范围内没有参加考核的人员。`);
  const people = new Map(org.people.map((p) => [p.id, p]));
  const decided = period.state === 'publicity' || period.state === 'archived';
  const outcomes = new Map((decided ? (period.grading.result?.outcomes ?? []) : []).map((o) => [o.personId, o]));
  const incidents = view.incidents();
  const bureau = org.units.find((u) => u.kind === 'bureau' && !u.parentId)?.name ?? '';
  const span = `${formatChineseDate(period.start)}至${formatChineseDate(period.end)}`;
  const today = formatChineseDate(todayIso());

  const facts: TemplateFacts[] = [];
  for (const p of participants) {
    const inputs = await view.unit(period.id, p.unitId);
    const person = people.get(p.personId);
    const outcome = outcomes.get(p.personId) ?? null;
    const summary = inputs.summaries.find((s) => s.personId === p.personId) ?? null;
    const review = inputs.reviews.find((r) => r.personId === p.personId) ?? null;
    const records = inputs.workRecords.filter((r) => r.personId === p.personId);
    const own = incidents
      .filter((i) => i.personId === p.personId && i.date >= period.start && i.date <= period.end)
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    facts.push({
      org: bureau,
      periodLabel: period.label,
      year: period.year,
      span,
      name: p.name,
      gender: person?.gender ?? null,
      birth: person?.birth ?? null,
      ethnicity: person?.ethnicity ?? null,
      nativePlace: person?.nativePlace ?? null,
      political: person?.political ?? null,
      workStarted: person?.workStarted ?? null,
      education: person?.fullTimeEducation ?? person?.inServiceEducation ?? null,
      unit: unitLabel(org.units, p.unitId),
      post: p.post,
      rank: person?.rank ?? null,
      postAndRank: postAndRank(p.post, person?.rank ?? null),
      category: p.category,
      establishment: p.establishment,
      duties: dutiesText(person, org.roles, org.units, period),
      workRecords: records.map((r) => ({ date: r.date, content: r.content, progress: r.progress, note: r.note })),
      // One line a record, as in the built-in 登记表's box (the lists give every record whole).
      workRecordText: workRecordLines(records, { clip: true }) ?? '本期没有工作纪实记录。',
      selfSummary: summary?.text.trim() || null,
      attendance: summary?.attendance ?? null,
      incidents: own.map((i) => ({
        date: i.date,
        kind: i.kind,
        reason: i.reason,
        handling: i.handling,
        docNo: i.docNo,
        tolerance: i.tolerance ? `${TOLERANCE_LABELS[i.tolerance.decision]}（${i.tolerance.docNo}）` : null,
      })),
      incidentText: incidentLines(incidents, p.personId, period.start, period.end),
      review: review
        ? {
            comment: review.comment,
            score: review.score,
            proposed: review.proposed,
            reviewer: review.reviewerId ? (people.get(review.reviewerId)?.name ?? null) : null,
          }
        : null,
      reviewText: reviewText(review),
      grade: outcome?.grade ?? null,
      decision: decisionText(outcome, period.label),
      undetermined: undeterminedText(p, outcome),
      gradeReasons: outcome ? gradeChangeSentence(outcome) : null,
      today,
    });
  }
  return { period, facts };
}
