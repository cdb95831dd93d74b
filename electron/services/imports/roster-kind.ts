import { unitLabel } from '../../../shared/domain/unit';
import type { OrgData } from '../../../shared/domain/org';
import { applyRosterPlan } from '../../../shared/import/roster-apply';
import { mergeRosterPlans, planRosterImport, type PlannedRow, type RosterPlan } from '../../../shared/import/roster-plan';
import { rejected } from '../app-error';
import type { RosterPreview } from '../../../shared/api/import-schemas';
import { ROSTER_FIELD_MAP } from '../../../shared/import/roster-sheet';
import { newId } from '../context';
import { fieldChoices, rememberMapping } from '../../../shared/import/column-mapping';
import { applyProposals } from '../../../shared/import/proposals-apply';
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
    const options = {
      fileUnitId: fileUnit(org, expect.unitId),
      remembered: org.settings.importMappings,
      mapping: expect.mapping,
      incidents: ctx.view.incidents(),
    };
    return mergeRosterPlans(files.map((f) => planRosterImport(f.grid, org, f.fileName, options)));
  },
  extras: (plan) => rosterPreview(plan as RosterPlan),
  /**
   * People, new units, the ticked roles, annual results and 表现记录, and the columns the clerk
   * mapped (remembered for the next import): one change, one entry in the log.
   */
  apply: (ctx, rows, accepted) => {
    const plan = rows as RosterPlan;
    const opts = { today: ctx.tx.today, now: ctx.tx.now, newId };
    const done = ctx.tx.changeOrg((draft) => {
      const people = applyRosterPlan(draft, plan, opts);
      const proposals = applyProposals(draft, plan, people, accepted, opts);
      draft.settings.importMappings = rememberMapping(draft.settings.importMappings, plan.mapping);
      return { counts: people.counts, proposals };
    });
    const { counts: c, proposals: p } = done;
    if (p.incidents.length)
      ctx.tx.changeIncidents((d) => {
        for (const i of p.incidents)
          d.incidents.push({ ...i, id: newId('i'), closedOn: null, tolerance: null, createdAt: opts.now, updatedAt: opts.now });
      });
    const also = [
      p.roles ? `管理职责 ${p.roles} 项` : '',
      p.incidents.length ? `表现记录 ${p.incidents.length} 条` : '',
      p.annualResults ? `历年年度考核结果 ${p.annualResults} 条` : '',
      ...p.refused.map((r) => `未写入 ${r}`),
    ].filter(Boolean);
    const parts = [
      `新增 ${c.created} 人`,
      `更新 ${c.updated} 人`,
      `未变 ${c.unchanged} 人`,
      c.skipped ? `跳过 ${c.skipped} 行有误的行` : '',
      c.newUnits.length ? `新建单位 ${c.newUnits.join('、')}` : '',
      ...also,
    ];
    ctx.tx.audit({
      action: 'import.roster',
      target: 'roster',
      summary: `导入花名册“${plan.fileName}”：${parts.filter(Boolean).join('，')}`,
      after: { ...c, also },
    });
    return { ...c, also };
  },
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
