import { periodsOfYear } from '../../../shared/domain/period';
import { unitLabel } from '../../../shared/domain/unit';
import { annualRegisterForm, type AnnualRegisterData } from '../../../shared/forms/annual-register-form';
import {
  annualReviewForm,
  periodGradeText,
  type AnnualReviewContext,
  type AnnualReviewRow,
  type AnnualScale,
} from '../../../shared/forms/annual-review-form';
import type { GridForm } from '../../../shared/forms/grid-form';
import { dutiesText, postAndRank } from '../../../shared/forms/person-text';
import { registerChoice, registerChoiceKey, STAFF_GROUP_LABELS, type RegisterChoice } from '../../../shared/forms/staff-group';
import type { TableCopy } from '../../../shared/forms/table-form';
import { rejected } from '../app-error';
import type { ReadContext } from '../context';
import { todayIso } from '../clock';
import { annualReport } from '../grading/annual';
import type { BuiltForm } from './built-form';
import { inFormOrder, type FormScope } from './form-scope';

/** The year's roll-up rows of the people in scope (by their unit today), in form order. */
async function annualRows(ctx: ReadContext, year: number, scope: FormScope) {
  const org = ctx.view.org();
  const report = await annualReport(ctx, year);
  const people = new Map(org.people.map((p) => [p.id, p]));
  const rows = inFormOrder(org, report.rows, scope, (r) => ({
    unitId: people.get(r.personId)?.unitId ?? '',
    personId: r.personId,
    name: r.name,
  }));
  if (rows.length === 0) throw rejected(`${year}年在所选范围内没有参加平时考核的人员。`);
  const scopeName = scope.personId ? rows[0].name : scope.unitId ? unitLabel(org.units, scope.unitId).replace(/\s+/g, '') : null;
  const choiceOf = (personId: string) => {
    const p = people.get(personId);
    return registerChoice(p?.category ?? null, p?.establishment ?? null, org.settings.forms.registerForms);
  };
  return { org, report, people, rows, scopeName, choiceOf };
}

/**
 * The year's 个人小结 of these people, oldest period first, each headed by its period: a draft of
 * the 个人总结 the person rewrites (the app has no annual summary of its own).
 */
async function yearSummaries(ctx: ReadContext, year: number, personIds: Set<string>): Promise<Map<string, string>> {
  const parts = new Map<string, string[]>();
  const periods = ctx.view
    .periods()
    .filter((p) => p.year === year)
    .sort((a, b) => a.start.localeCompare(b.start));
  for (const summary of periods) {
    const period = await ctx.view.period(summary.id);
    const units = new Set(period.participants.filter((p) => personIds.has(p.personId)).map((p) => p.unitId));
    for (const unitId of units) {
      for (const s of (await ctx.view.unit(period.id, unitId)).summaries) {
        const text = s.text.trim();
        if (!personIds.has(s.personId) || !text) continue;
        parts.set(s.personId, [...(parts.get(s.personId) ?? []), `${period.label.replace(/^\d+年/, '')}：${text}`]);
      }
    }
  }
  return new Map([...parts].map(([id, texts]) => [id, texts.join('\n')]));
}

/**
 * 年度考核登记表 of each person in scope, on the form the settings give their 人员类别: 从事或分管工作
 * from the 岗位职责 or the units they 分管, a draft 个人总结 from the year's 个人小结, 需要说明的情况
 * prefilled from the year's 平时考核.
 */
export async function buildAnnualRegister(ctx: ReadContext, input: { year: number } & FormScope): Promise<BuiltForm> {
  const { org, people, rows, scopeName, choiceOf } = await annualRows(ctx, input.year, input);
  const summaries = await yearSummaries(ctx, input.year, new Set(rows.map((r) => r.personId)));
  const forms = new Map<string, GridForm<AnnualRegisterData>>();
  const formFor = (choice: RegisterChoice) => {
    const key = registerChoiceKey(choice);
    if (!forms.has(key)) forms.set(key, annualRegisterForm(choice));
    return forms.get(key)!;
  };
  const yearSpan = { start: `${input.year}-01-01`, end: `${input.year}-12-31` };
  const copies = rows.map((r) => {
    const p = people.get(r.personId);
    const data: AnnualRegisterData = {
      year: input.year,
      name: r.name,
      gender: p?.gender ?? null,
      birth: p?.birth ?? null,
      political: p?.political ?? null,
      postSince: p?.postSince ?? null,
      unit: p ? unitLabel(org.units, p.unitId) : r.unitLabel,
      post: postAndRank(p?.post ?? null, p?.rank ?? null),
      duties: dutiesText(p, org.roles, org.units, yearSpan),
      summary: summaries.get(r.personId) ?? null,
      note: r.note,
    };
    return { form: formFor(choiceOf(r.personId)), data, sheetName: r.name };
  });
  return {
    kind: 'grid',
    copies,
    title: `年度考核登记表（${input.year}年度）`,
    fileName: `年度考核登记表-${input.year}年度${scopeName ? `-${scopeName}` : ''}`,
  };
}

/**
 * 年度考核评议表 of the unit (or the bureau): a block per kind of staff — 公务员 with 称职 …,
 * 事业单位 with 合格 …, the bureau's own staff (编外聘用 …) on the 合格 scale — each listing every
 * period of the year (未评定 until graded) and the proposed annual grade.
 */
export async function buildAnnualReview(ctx: ReadContext, input: { year: number; unitId?: string }): Promise<BuiltForm> {
  const { org, report, people, rows, scopeName, choiceOf } = await annualRows(ctx, input.year, { unitId: input.unitId });
  // Every period of the year as a column: months when the year is kept by month, else quarters.
  const kind = ctx.view.periods().some((p) => p.year === input.year && p.kind === 'month') ? 'month' : 'quarter';
  const columns = periodsOfYear(kind, input.year);
  const graded = columns.map((c) => report.periods.findIndex((p) => p.id === c.id));
  const blocks = new Map<string, { scale: AnnualScale; group: string; rows: AnnualReviewRow[] }>();
  for (const r of rows) {
    const choice = choiceOf(r.personId);
    const key = registerChoiceKey(choice);
    const block = blocks.get(key) ?? {
      scale: choice.variant === 'civil' ? 'civil' : 'merit',
      group: choice.variant === 'staff' ? choice.who : STAFF_GROUP_LABELS[choice.variant],
      rows: [],
    };
    const p = people.get(r.personId);
    block.rows.push({
      ...r,
      post: postAndRank(p?.post ?? null, p?.rank ?? null),
      periodTexts: graded.map((i) => periodGradeText(i >= 0, i >= 0 ? r.grades[i] : null)),
    });
    blocks.set(key, block);
  }
  const date = todayIso();
  const unpublished = report.periods.filter((p) => !p.published).map((p) => p.label.replace(/^\d+年/, ''));
  const order = (key: string) => (key === 'civil' ? 0 : key === 'institution' ? 1 : 2);
  const forms = {
    civil: annualReviewForm(
      columns.map((c) => c.label),
      'civil',
    ),
    merit: annualReviewForm(
      columns.map((c) => c.label),
      'merit',
    ),
  };
  const copies: TableCopy<AnnualReviewRow, AnnualReviewContext>[] = [...blocks]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([, block]) => ({
      form: forms[block.scale],
      rows: block.rows,
      ctx: {
        organisation: org.organisation.name,
        year: input.year,
        group: block.group,
        filer: scopeName ?? org.organisation.name,
        date,
        seats: report.quota.seats,
        unpublished,
      },
      sheetName: `评议表-${block.group}`,
    }));
  return {
    kind: 'table',
    copies,
    title: `年度考核评议表（${input.year}年度）`,
    fileName: `年度考核评议表-${input.year}年度${scopeName ? `-${scopeName}` : ''}-${date.replace(/-/g, '')}`,
  };
}
