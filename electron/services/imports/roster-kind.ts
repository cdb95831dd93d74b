import { unitLabel } from '../../../shared/domain/unit';
import type { OrgData } from '../../../shared/domain/org';
import { applyRosterPlan } from '../../../shared/import/roster-apply';
import { mergeRosterPlans, planRosterImport, type PlannedRow, type RosterPlan } from '../../../shared/import/roster-plan';
import { rejected } from '../app-error';
import type { RosterPreview } from '../../../shared/api/import-schemas';
import { fieldChoices } from '../../../shared/import/column-mapping';
import { ROSTER_FIELD_MAP } from '../../../shared/import/roster-sheet';
import { changeOrg, newId } from '../context';
import type { ImportKindHandler } from './import-kind';

/**
 * 导入到 (the dialog) or --unit (the CLI): a unit's id, or its name as the roster page shows it
 * (办公室, 医疗保障事业管理中心 稽核科).
 */
function fileUnit(org: OrgData, wanted: string | undefined): string | null {
  if (!wanted) return null;
  const active = org.units.filter((u) => u.active);
  if (active.some((u) => u.id === wanted)) return wanted;
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const named = active.filter((u) => squeeze(u.name) === squeeze(wanted) || squeeze(unitLabel(org.units, u.id)) === squeeze(wanted));
  if (named.length === 1) return named[0].id;
  throw rejected(
    named.length
      ? `有 ${named.length} 个名为“${wanted}”的单位，请写明上级单位（如“${unitLabel(org.units, named[0].id)}”）或用单位编号。`
      : `找不到单位“${wanted}”。请用“单位”页面上的名称或单位编号。`,
  );
}

export const rosterImport: ImportKindHandler<PlannedRow> = {
  plan: (ctx, files, expect) => {
    const org = ctx.view.org();
    const options = { fileUnitId: fileUnit(org, expect.unitId), mapping: expect.mapping, incidents: ctx.view.incidents() };
    return mergeRosterPlans(files.map((f) => planRosterImport(f.grid, org, f.fileName, options)));
  },
  extras: (plan) => rosterPreview(plan as RosterPlan),
  apply: (ctx, plan) =>
    changeOrg(ctx, (draft) => {
      const c = applyRosterPlan(draft, plan as RosterPlan, { today: ctx.tx.today, now: ctx.tx.now, newId });
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

/** 导入到, the fields a column can be mapped to, and every proposal of the file, ticked by default in the dialog. */
function rosterPreview(plan: RosterPlan): RosterPreview {
  const { roles, incidents, annualResults } = plan.proposals;
  return {
    fileUnitId: plan.fileUnitId,
    fieldChoices: fieldChoices(ROSTER_FIELD_MAP),
    proposals: [
      ...roles.map((p) => ({ id: p.id, group: 'role' as const, row: p.row, label: p.label, reason: p.reason })),
      ...incidents.map((p) => ({ id: p.id, group: 'incident' as const, row: p.row, label: p.label, reason: p.reason })),
      ...annualResults.map((p) => ({ id: p.id, group: 'annualResult' as const, row: p.row, label: p.label, reason: p.reason })),
    ],
  };
}
