import { INPUTS_OPEN } from '../../../shared/domain/period';
import { unitLabel } from '../../../shared/domain/unit';
import { rejected } from '../app-error';
import { mergePlans } from '../../../shared/import/plan';
import { planRecordImport, readRecordStamp, type RecordRowPlan } from '../../../shared/import/record-plan';
import { newId } from '../context';
import type { WorkRecord } from '../../../shared/domain/period-inputs';
import type { ImportKindHandler } from './import-kind';

export const recordsImport: ImportKindHandler<RecordRowPlan> = {
  async plan(ctx, files, expect) {
    const org = ctx.view.org();
    const plans = [];
    for (const f of files) {
      const wanted = expect.periodId ?? readRecordStamp(f.grid)?.periodId;
      const period = wanted && ctx.view.hasPeriod(wanted) ? await ctx.view.period(wanted) : null;
      const existing = new Map<string, WorkRecord[]>();
      for (const unitId of new Set(period?.participants.map((p) => p.unitId) ?? []))
        existing.set(unitId, (await ctx.view.unit(period!.id, unitId)).workRecords);
      const plan = planRecordImport(f.grid, f.fileName, period, (unitId) => existing.get(unitId) ?? []);
      for (const r of plan.rows) if (r.unitId) r.unitLabel = unitLabel(org.units, r.unitId);
      plans.push(plan);
    }
    return mergePlans(plans);
  },

  /** One write per unit file of the period, then one audit entry. */
  async apply(ctx, plan) {
    const rows = plan.rows.filter((r) => r.status === 'new');
    const now = ctx.tx.now;
    for (const periodId of new Set(rows.map((r) => r.periodId))) {
      const period = await ctx.view.period(periodId);
      if (!INPUTS_OPEN.includes(period.state)) throw rejected(`${period.label}已不能修改工作纪实。没有写入任何数据。`);
    }
    for (const key of new Set(rows.map((r) => `${r.periodId}|${r.unitId}`))) {
      const [periodId, unitId] = key.split('|');
      await ctx.tx.changeUnit(periodId, unitId, (d) => {
        for (const r of rows.filter((x) => x.periodId === periodId && x.unitId === unitId))
          d.workRecords.push({ id: newId('w'), personId: r.personId!, ...r.record!, createdAt: now, updatedAt: now });
      });
    }
    const counts = {
      created: rows.length,
      updated: 0,
      unchanged: plan.rows.filter((r) => r.status === 'unchanged').length,
      skipped: plan.rows.filter((r) => r.status === 'invalid').length,
      newUnits: [] as string[],
    };
    ctx.tx.audit({
      action: 'import.records',
      target: 'records',
      summary: `导入工作纪实“${plan.fileName}”：新增 ${counts.created} 条，已有 ${counts.unchanged} 条${counts.skipped ? `，跳过 ${counts.skipped} 行有误的行` : ''}`,
      after: counts,
    });
    return counts;
  },
};
