import type { Review } from '../../../shared/domain/period-inputs';
import { unitLabel } from '../../../shared/domain/unit';
import type { GridForm } from '../../../shared/forms/grid-form';
import type { FormSettings } from '../../../shared/forms/form-settings';
import { dutiesText, postAndRank } from '../../../shared/forms/person-text';
import { registerForm, type RegisterData } from '../../../shared/forms/register-form';
import { registerChoice, registerChoiceKey } from '../../../shared/forms/staff-group';
import { decisionText, incidentLines, reviewText, undeterminedText, workRecordLines } from '../../../shared/forms/register-text';
import { formatChineseDate } from '../../../shared/text/ym-date';
import { rejected } from '../app-error';
import type { ReadContext } from '../context';
import type { BuiltForm } from './built-form';
import { inFormOrder, type FormScope } from './form-scope';

/** The 登记表 for a 人员类别 and 编制类型 under the bureau's settings; one layout per kind of form in a batch. */
function registerForms(settings: FormSettings) {
  const made = new Map<string, GridForm<RegisterData>>();
  return (category: string | null, establishment: string | null) => {
    const choice = registerChoice(category, establishment, settings.registerForms);
    const key = registerChoiceKey(choice);
    let form = made.get(key);
    if (!form) made.set(key, (form = registerForm({ ...choice, workRecords: settings.workRecords })));
    return form;
  };
}

/**
 * 平时考核登记表 of a period for one person, a unit or the whole bureau: each participant on the
 * form the settings give their 人员类别 (公务员 and 参公, 事业单位, or the bureau's own), filled
 * from the roster (从事或分管工作 from the 岗位职责 or the units they 分管), the period's 个人小结,
 * 评鉴 and 工作纪实 (on an 附页 unless the settings put it on the form), the incidents of the
 * period and, once published, the decided grade with why it differs from the proposal. Boxes
 * nobody has filled stay empty for handwriting.
 */
export async function buildRegister(ctx: ReadContext, input: { periodId: string } & FormScope): Promise<BuiltForm> {
  const org = ctx.view.org();
  const period = await ctx.view.period(input.periodId);
  // The 分管领导's 审核 goes on the form when the period was graded with that step (or, before grading, when it is on).
  const secondStep = (period.grading.result?.settings ?? org.settings.appraisal).reviewers.secondStep;
  const participants = inFormOrder(org, period.participants, input, (p) => p);
  if (participants.length === 0) throw rejected(`${period.label}在所选范围内没有参加考核的人员。`);
  const people = new Map(org.people.map((p) => [p.id, p]));
  // The bureau's decision is printed once it is one: from 公示 on. Before, the box stays empty.
  const decided = period.state === 'publicity' || period.state === 'archived';
  const outcomes = new Map((decided ? (period.grading.result?.outcomes ?? []) : []).map((o) => [o.personId, o]));
  const incidents = ctx.view.incidents();
  const span = `${formatChineseDate(period.start)}至${formatChineseDate(period.end)}`;
  const formFor = registerForms(org.settings.forms);
  const clip = org.settings.forms.workRecords === 'inForm';

  const copies: Extract<BuiltForm, { kind: 'grid' }>['copies'] = [];
  for (const p of participants) {
    const inputs = await ctx.view.unit(period.id, p.unitId);
    const person = people.get(p.personId);
    const outcome = outcomes.get(p.personId) ?? null;
    const summary = inputs.summaries.find((s) => s.personId === p.personId) ?? null;
    const reviewOf = (r: Review | null) => reviewText(r, secondStep ? (r?.check ?? null) : null);
    const data: RegisterData = {
      periodLabel: period.label,
      span,
      name: p.name,
      gender: person?.gender ?? null,
      birth: person?.birth ?? null,
      political: person?.political ?? null,
      unitAndPost: [unitLabel(org.units, p.unitId), postAndRank(p.post, person?.rank ?? null)].filter(Boolean).join(' '),
      duties: dutiesText(person, org.roles, org.units, period),
      workRecords: workRecordLines(
        inputs.workRecords.filter((r) => r.personId === p.personId),
        { clip },
      ),
      selfSummary: summary?.text.trim() || null,
      attendance: summary?.attendance ?? null,
      incidents: incidentLines(incidents, p.personId, period.start, period.end),
      review: reviewOf(inputs.reviews.find((r) => r.personId === p.personId) ?? null),
      decision: decisionText(outcome, period.label),
      undetermined: undeterminedText(p, outcome),
    };
    copies.push({ form: formFor(p.category, p.establishment), data, sheetName: p.name });
  }
  const scope = input.personId ? participants[0].name : input.unitId ? unitLabel(org.units, input.unitId).replace(/\s+/g, '') : null;
  return {
    kind: 'grid',
    title: `平时考核登记表（${period.label}）`,
    fileName: `平时考核登记表-${period.label}${scope ? `-${scope}` : ''}`,
    copies,
  };
}
