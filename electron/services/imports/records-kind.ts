import { INPUTS_OPEN } from '../../../shared/domain/period';
import { unitLabel } from '../../../shared/domain/unit';
import { rejected } from '../app-error';
import { mergePlans } from '../../../shared/import/plan';
import { planRecordImport, readRecordStamp, type RecordRowPlan } from '../../../shared/import/record-plan';
import { newId } from '../context';
import { requireOrg, requirePeriods } from '../store/data-folder';
import type { ImportKindHandler } from './import-kind';
import { nowIso } from '../clock';

export const recordsImport: ImportKindHandler<RecordRowPlan> = {
  async plan(ctx, files, expect) {
    const org = requireOrg(ctx.folder).data;
    const periods = requirePeriods(ctx.folder);
    const plans = [];
    for (const f of files) {
      const wanted = expect.periodId ?? readRecordStamp(f.grid)?.periodId;
      const period = wanted && periods.has(wanted) ? (await periods.period(wanted)).data : null;
      const existing = new Map<string, Awaited<ReturnType<typeof periods.unit>>['data']['workRecords']>();
      for (const unitId of new Set(period?.participants.map((p) => p.unitId) ?? []))
        existing.set(unitId, (await periods.unit(period!.id, unitId)).data.workRecords);
      const plan = planRecordImport(f.grid, f.fileName, period, (unitId) => existing.get(unitId) ?? []);
      for (const r of plan.rows) if (r.unitId) r.unitLabel = unitLabel(org.units, r.unitId);
      plans.push(plan);
    }
    return mergePlans(plans);
  },

  /** One write per unit file of the period, then one audit entry. */
  async apply(ctx, plan) {
    const periods = requirePeriods(ctx.folder);
    const rows = plan.rows.filter((r) => r.status === 'new');
    const now = nowIso();
    for (const periodId of new Set(rows.map((r) => r.periodId))) {
      const period = (await periods.period(periodId)).data;
      if (!INPUTS_OPEN.includes(period.state)) throw rejected(`${period.label}已不能修改工作纪实。没有写入任何数据。`);
    }
    for (const key of new Set(rows.map((r) => `${r.periodId}|${r.unitId}`))) {
      const [periodId, unitId] = key.split('|');
      await (
        await periods.unit(periodId, unitId)
      ).update((d) => {
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
    await ctx.folder.audit.append(ctx.actor, {
      action: 'import.records',
      target: 'records',
      summary: `导入工作纪实“${plan.fileName}”：新增 ${counts.created} 条，已有 ${counts.unchanged} 条${counts.skipped ? `，跳过 ${counts.skipped} 行有误的行` : ''}`,
      after: counts,
    });
    return counts;
  },
};
