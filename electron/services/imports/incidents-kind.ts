import { mergePlans } from '../../../shared/import/plan';
import { planIncidentImport, type IncidentRowPlan } from '../../../shared/import/incident-plan';
import { todayIso } from '../clock';
import { newId } from '../context';
import type { ImportKindHandler } from './import-kind';

export const incidentsImport: ImportKindHandler<IncidentRowPlan> = {
  plan: (ctx, files) => {
    const org = ctx.view.org();
    const existing = ctx.view.incidents();
    const dates = { today: todayIso(), firstPeriod: ctx.view.periods()[0] ?? null };
    return mergePlans(files.map((f) => planIncidentImport(f.grid, org, existing, f.fileName, () => newId('i'), dates)));
  },
  async apply(ctx, plan) {
    const now = ctx.tx.now;
    const counts = { created: 0, updated: 0, unchanged: 0, skipped: 0, newUnits: [] as string[] };
    ctx.tx.changeIncidents((d) => {
      for (const row of plan.rows) {
        if (row.status === 'invalid' || !row.incident) counts.skipped++;
        else if (row.status === 'unchanged') counts.unchanged++;
        else {
          const i = d.incidents.findIndex((x) => x.id === row.incident!.id);
          if (i >= 0) {
            d.incidents[i] = { ...d.incidents[i], ...row.incident, updatedAt: now };
            counts.updated++;
          } else {
            d.incidents.push({ ...row.incident, closedOn: null, tolerance: null, createdAt: now, updatedAt: now });
            counts.created++;
          }
        }
      }
    });
    ctx.tx.audit({
      action: 'import.incidents',
      target: 'incidents',
      summary: `导入表现记录“${plan.fileName}”：新增 ${counts.created} 条，更新 ${counts.updated} 条，未变 ${counts.unchanged} 条${counts.skipped ? `，跳过 ${counts.skipped} 行有误的行` : ''}`,
      after: counts,
    });
    return counts;
  },
};
