import { ROLE_LABELS } from '../../../shared/domain/role';
import { mergePlans } from '../../../shared/import/plan';
import { planRoleImport, type RoleRowPlan } from '../../../shared/import/role-plan';
import { todayIso } from '../clock';
import { newId } from '../context';
import type { ImportKindHandler } from './import-kind';

/** The 管理职责 sheet: new roles added, 分管单位 of held ones updated, in one change with one log entry. */
export const rolesImport: ImportKindHandler<RoleRowPlan> = {
  plan: (ctx, files) => {
    const org = ctx.view.org();
    const today = todayIso();
    return mergePlans(files.map((f) => planRoleImport(f.grid, org, f.fileName, today, () => newId('r'))));
  },
  apply(ctx, plan) {
    const counts = { created: 0, updated: 0, unchanged: 0, skipped: 0, newUnits: [] as string[] };
    const written: string[] = [];
    ctx.tx.changeOrg((d) => {
      for (const row of plan.rows) {
        if (row.status === 'invalid') counts.skipped++;
        else if (row.status === 'unchanged' || !row.role) counts.unchanged++;
        else {
          const i = d.roles.findIndex((r) => r.id === row.role!.id);
          if (i >= 0) {
            d.roles[i] = row.role;
            counts.updated++;
          } else {
            d.roles.push(row.role);
            counts.created++;
          }
          written.push(`${row.name} ${ROLE_LABELS[row.role.kind]}（${row.unitLabel}）`);
        }
      }
    });
    ctx.tx.audit({
      action: 'import.roles',
      target: 'roles',
      summary: `导入管理职责“${plan.fileName}”：新增 ${counts.created} 项，更新 ${counts.updated} 项，未变 ${counts.unchanged} 项${counts.skipped ? `，跳过 ${counts.skipped} 行有误的行` : ''}`,
      after: written,
    });
    return counts;
  },
};
