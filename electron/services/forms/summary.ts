import type { Participant } from '../../../shared/domain/period';
import { unitLabel } from '../../../shared/domain/unit';
import { SUMMARY_FORM, type SummaryRow } from '../../../shared/forms/summary-form';
import type { Outcome } from '../../../shared/grading/types';
import type { ReadContext } from '../context';
import { todayIso } from '../clock';
import type { BuiltForm } from './built-form';
import { postAndRank } from './form-scope';
import { gradedPeriod } from './graded-period';

/** 平时考核结果汇总表 of a period's stored grades, for a unit (and the units below it) or the whole bureau. */
export async function buildSummary(ctx: ReadContext, input: { periodId: string; unitId?: string }): Promise<BuiltForm> {
  const { org, period, outcomes } = await gradedPeriod(ctx, input.periodId, input.unitId);
  const participants = new Map(period.participants.map((p) => [p.personId, p]));
  const people = new Map(org.people.map((p) => [p.id, p]));
  const rows: SummaryRow[] = outcomes.map((o) => {
    const participant = participants.get(o.personId);
    const person = people.get(o.personId);
    return {
      name: o.name,
      gender: person?.gender ?? null,
      unitLabel: unitLabel(org.units, o.unitId),
      post: postAndRank(participant?.post ?? null, person?.rank ?? null),
      category: participant?.category ?? null,
      grade: o.grade,
      note: noteFor(o, participant?.undetermined ?? null),
    };
  });
  const scope = input.unitId ? unitLabel(org.units, input.unitId) : null;
  const date = todayIso();
  return {
    kind: 'table',
    form: SUMMARY_FORM,
    copies: [
      {
        rows,
        ctx: {
          organisation: org.organisation.name,
          periodLabel: period.label,
          filer: scope ?? org.organisation.name,
          date,
          goodRatio: org.settings.appraisal.goodRatio,
        },
      },
    ],
    title: `平时考核结果汇总表（${period.label}）`,
    fileName: `平时考核结果汇总表-${period.label}${scope ? `-${scope.replace(/\s+/g, '')}` : ''}-${date.replace(/-/g, '')}`,
  };
}

/** 备注: why a person has no grade, and whether the grade was set by hand. */
function noteFor(o: Outcome, undetermined: Participant['undetermined']): string | null {
  const notes: string[] = [];
  if (o.grade === 'undetermined' && undetermined)
    notes.push(`${undetermined.reason}${undetermined.note ? `（${undetermined.note}）` : ''}`);
  else if (o.grade === 'undetermined' && o.steps.some((s) => s.rule === 'cap' && s.to === 'undetermined')) notes.push('见表现记录');
  if (o.steps.some((s) => s.rule === 'override')) notes.push('人工调整');
  return notes.join('；') || null;
}
