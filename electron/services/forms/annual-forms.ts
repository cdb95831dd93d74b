import type { AnnualRow } from '../../../shared/grading/annual';
import { annualRegisterForm, type AnnualRegisterData } from '../../../shared/forms/annual-register-form';
import { annualReviewForm, type AnnualReviewRow } from '../../../shared/forms/annual-review-form';
import { registerVariant } from '../../../shared/forms/register-form';
import { unitLabel } from '../../../shared/domain/unit';
import { rejected } from '../app-error';
import type { ReadContext } from '../context';
import { todayIso } from '../clock';
import { annualReport } from '../grading/annual';
import type { BuiltForm } from './built-form';
import { inFormOrder, postAndRank, type FormScope } from './form-scope';

const FORMS = { civil: annualRegisterForm('civil'), institution: annualRegisterForm('institution') };

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
  return { org, report, people, rows, scopeName };
}

/** 年度考核登记表 of each person in scope, on the form of their 人员类别, 需要说明的情况 prefilled. */
export async function buildAnnualRegister(ctx: ReadContext, input: { year: number } & FormScope): Promise<BuiltForm> {
  const { org, people, rows, scopeName } = await annualRows(ctx, input.year, input);
  const copies = rows.map((r: AnnualRow) => {
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
      note: r.note,
    };
    return { form: FORMS[registerVariant(p?.category ?? null, p?.establishment ?? null)], data, sheetName: r.name };
  });
  return {
    kind: 'grid',
    copies,
    title: `年度考核登记表（${input.year}年度）`,
    fileName: `年度考核登记表-${input.year}年度${scopeName ? `-${scopeName}` : ''}`,
  };
}

/** 年度考核评议表 of the unit (or the bureau): each period's grade and the proposed annual grade. */
export async function buildAnnualReview(ctx: ReadContext, input: { year: number; unitId?: string }): Promise<BuiltForm> {
  const { org, report, people, rows, scopeName } = await annualRows(ctx, input.year, { unitId: input.unitId });
  const reviewRows: AnnualReviewRow[] = rows.map((r) => {
    const p = people.get(r.personId);
    return { ...r, post: postAndRank(p?.post ?? null, p?.rank ?? null) };
  });
  const date = todayIso();
  return {
    kind: 'table',
    form: annualReviewForm(report.periods.map((p) => p.label)),
    copies: [
      {
        rows: reviewRows,
        ctx: {
          organisation: org.organisation.name,
          year: input.year,
          filer: scopeName ?? org.organisation.name,
          date,
          seats: report.quota.seats,
        },
      },
    ],
    title: `年度考核评议表（${input.year}年度）`,
    fileName: `年度考核评议表-${input.year}年度${scopeName ? `-${scopeName}` : ''}-${date.replace(/-/g, '')}`,
  };
}
