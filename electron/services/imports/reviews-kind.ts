import { INPUTS_OPEN } from '../../../shared/domain/period';
import { checkerFor, reviewerFor } from '../../../shared/domain/reviewer';
import { band } from '../../../shared/grading/base';
import { unitLabel } from '../../../shared/domain/unit';
import { mergePlans } from '../../../shared/import/plan';
import { planReviewImport, readStamp, type ReviewRowPlan } from '../../../shared/import/review-plan';
import { rejected } from '../app-error';
import { keptCheck } from '../periods/review-check';
import type { ImportKindHandler } from './import-kind';

export const reviewsImport: ImportKindHandler<ReviewRowPlan> = {
  async plan(ctx, files, expect) {
    const org = ctx.view.org();
    const labelOf = (id: string) => (org.units.some((u) => u.id === id) ? unitLabel(org.units, id) : null);
    const plans = [];
    for (const f of files) {
      const stamp = readStamp(f.grid);
      const period = stamp && ctx.view.hasPeriod(stamp.periodId) ? await ctx.view.period(stamp.periodId) : null;
      const reviews = period && stamp && labelOf(stamp.unitId) ? (await ctx.view.unit(period.id, stamp.unitId)).reviews : [];
      const periodLabel = (id: string) => ctx.view.periods().find((p) => p.id === id)?.label ?? null;
      const checkOf = (personId: string) => reviews.find((r) => r.personId === personId)?.check ?? null;
      const gradeOfScore = (score: number) => band(score, (period?.grading.result?.settings ?? org.settings.appraisal).scoreBands);
      const reviewerOf = (personId: string, unitId: string) =>
        period ? (reviewerFor(org, personId, unitId, period.end)?.reviewerId ?? null) : null;
      plans.push(
        planReviewImport(
          f.grid,
          f.fileName,
          { period, periodLabel, unitLabel: labelOf, reviews: () => reviews, checkOf, gradeOfScore, reviewerOf },
          expect,
        ),
      );
    }
    return mergePlans(plans);
  },

  /** One write per unit file, then one audit entry listing every change. */
  async apply(ctx, plan) {
    const org = ctx.view.org();
    const rows = plan.rows.filter((r) => r.status === 'new' || r.status === 'changed');
    const counts = {
      created: rows.filter((r) => r.status === 'new').length,
      updated: rows.filter((r) => r.status === 'changed').length,
      unchanged: plan.rows.filter((r) => r.status === 'unchanged').length,
      skipped: plan.rows.filter((r) => r.status === 'invalid').length,
      newUnits: [] as string[],
    };
    const now = ctx.tx.now;
    for (const key of new Set(rows.map((r) => `${r.periodId}|${r.unitId}`))) {
      const [periodId, unitId] = key.split('|');
      const period = await ctx.view.period(periodId);
      if (!INPUTS_OPEN.includes(period.state)) throw rejected(`${period.label}已不能修改评鉴。没有写入任何数据。`);
      await ctx.tx.changeUnit(periodId, unitId, (d) => {
        for (const r of rows.filter((x) => x.periodId === periodId && x.unitId === unitId)) {
          const reviewer = reviewerFor(org, r.personId!, unitId, period.end);
          const i = d.reviews.findIndex((x) => x.personId === r.personId);
          const checker = checkerFor(org, r.personId!, unitId, period.end)?.checkerId ?? null;
          const check = keptCheck(i >= 0 ? d.reviews[i] : null, r.review!, r.check, checker, now);
          const review = { personId: r.personId!, reviewerId: reviewer?.reviewerId ?? null, ...r.review!, check, updatedAt: now };
          if (i >= 0) d.reviews[i] = review;
          else d.reviews.push(review);
        }
      });
    }
    ctx.tx.audit({
      action: 'import.reviews',
      target: 'reviews',
      summary: `导入评鉴表“${plan.fileName}”：新增 ${counts.created} 人，更新 ${counts.updated} 人，未变 ${counts.unchanged} 人${counts.skipped ? `，跳过 ${counts.skipped} 行有误的行` : ''}`,
      after: rows.map((r) => ({ name: r.name, changes: r.changes.map((x) => `${x.label}：${x.before ?? '空'} → ${x.after ?? '空'}`) })),
    });
    return counts;
  },
};
