import { unitLabel } from '../../../shared/domain/unit';
import { annualRollup, type AnnualPeriod, type AnnualResult } from '../../../shared/grading/annual';
import { rejected } from '../app-error';
import type { ReadContext } from '../context';
import { inFormOrder } from '../forms/form-scope';

/** The year's roll-up from every period of the year that has a grading result. */
export async function annualReport(ctx: ReadContext, year: number): Promise<AnnualResult> {
  const org = ctx.view.org();
  const graded = async (y: number) => {
    const out: AnnualPeriod[] = [];
    for (const summary of ctx.view.periods().filter((p) => p.year === y)) {
      const period = await ctx.view.period(summary.id);
      if (!period.grading.result) continue;
      out.push({
        id: period.id,
        label: period.label,
        kind: period.kind,
        start: period.start,
        published: period.state === 'publicity' || period.state === 'archived',
        outcomes: period.grading.result.outcomes,
      });
    }
    return out;
  };
  const periods = await graded(year);
  if (periods.length === 0) throw rejected(`${year}年还没有评定过的考核周期。`);
  // A contract year that does not begin in January reaches back into the year before.
  const contractYears = org.people.some((p) => p.establishment === '编外聘用' && p.contractStart && !p.contractStart.endsWith('.01'));
  const before = contractYears ? await graded(year - 1) : [];
  // By unit in tree order, then 姓氏笔画, as the 汇总表 lists people.
  const people = inFormOrder(org, org.people, {}, (p) => ({ unitId: p.unitId, personId: p.id, name: p.name })).map((p) => ({
    personId: p.id,
    name: p.name,
    unitLabel: unitLabel(org.units, p.unitId),
    establishment: p.establishment,
    contractStart: p.contractStart,
  }));
  return annualRollup(year, periods, people, ctx.view.incidents(), org.settings.appraisal, before);
}
