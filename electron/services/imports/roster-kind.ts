import { applyRosterPlan } from '../../../shared/import/roster-apply';
import { mergePlans } from '../../../shared/import/plan';
import { planRosterImport, type PlannedRow } from '../../../shared/import/roster-plan';
import { changeOrg, newId } from '../context';
import type { ImportKindHandler } from './import-kind';

export const rosterImport: ImportKindHandler<PlannedRow> = {
  plan: (ctx, files) => mergePlans(files.map((f) => planRosterImport(f.grid, ctx.view.org(), f.fileName))),
  apply: (ctx, plan) =>
    changeOrg(ctx, (draft) => {
      const c = applyRosterPlan(draft, plan, { today: ctx.tx.today, now: ctx.tx.now, newId });
      const parts = [
        `新增 ${c.created} 人`,
        `更新 ${c.updated} 人`,
        `未变 ${c.unchanged} 人`,
        c.skipped ? `跳过 ${c.skipped} 行有误的行` : '',
        c.newUnits.length ? `新建单位 ${c.newUnits.join('、')}` : '',
      ];
      return {
        result: c,
        audit: {
          action: 'import.roster',
          target: 'roster',
          summary: `导入花名册“${plan.fileName}”：${parts.filter(Boolean).join('，')}`,
          after: c,
        },
      };
    }),
};
