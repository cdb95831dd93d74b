import type { AppStatus } from '../../../shared/api/contract';
import { DEFAULT_SETTINGS, type OrgData } from '../../../shared/domain/org';
import type { Unit } from '../../../shared/domain/unit';
import { sortByStroke } from '../../../shared/text/stroke-order';
import { rejected } from '../app-error';
import type { ChangeContext, DeskContext } from '../context';
import { makeDemoAppraisals } from '../demo/appraisal-demo';
import { makeDemoRoster } from '../demo/roster-demo';
import { confirmResults } from '../grading/confirm';
import { decideTie, regrade } from '../grading/grading';
import { moveToState } from '../periods/periods';
import { SCHEMA_VERSION } from '../store/folder/migrations';
import type { View } from '../store/folder/view';

export function appStatus(ctx: DeskContext, view: View): AppStatus {
  const org = view.orgOrNull();
  return {
    initialized: org !== null,
    organisationName: org?.organisation.name ?? null,
    dataDir: ctx.folder.dir,
    schemaVersion: ctx.folder.schemaVersion,
    notices: ctx.folder.notices,
    counts: {
      units: org?.units.filter((u) => u.active).length ?? 0,
      people: org?.people.length ?? 0,
      activePeople: org?.people.filter((p) => p.status === 'active' || p.status === 'seconded').length ?? 0,
    },
    user: ctx.actor,
  };
}

/** First start: the bureau, its 科室 and 二层单位. */
export async function createOrganisation(
  ctx: ChangeContext,
  input: { name: string; departments: string[]; subunits: string[] },
): Promise<AppStatus> {
  const dup = [...input.departments, ...input.subunits].find((n, i, all) => all.indexOf(n) !== i);
  if (dup) throw rejected(`单位“${dup}”重复填写了。`);
  const units: Unit[] = [{ id: 'u-001', name: '局机关', kind: 'bureau', parentId: null, order: 1, active: true }];
  const add = (name: string, kind: Unit['kind'], order: number) =>
    units.push({ id: `u-${String(units.length + 1).padStart(3, '0')}`, name, kind, parentId: 'u-001', order, active: true });
  input.departments.forEach((n, i) => add(n, 'department', i + 1));
  input.subunits.forEach((n, i) => add(n, 'subunit', input.departments.length + i + 1));
  const data: OrgData = {
    organisation: { name: input.name, createdAt: ctx.tx.now },
    units,
    people: [],
    roles: [],
    settings: { ...DEFAULT_SETTINGS },
  };
  await ctx.tx.initialize(data, SCHEMA_VERSION);
  ctx.tx.audit({
    action: 'org.create',
    target: 'org',
    summary: `建立单位“${input.name}”（${units.length} 个单位）`,
    after: { name: input.name, units: units.map((u) => u.name) },
  });
  return appStatus(ctx, ctx.tx);
}

/**
 * Demo data: the roster, and quarters with 工作纪实, 小结, 评鉴 and 表现记录 for `years` years —
 * one change with one audit entry. Quarter by quarter, oldest first: written, then (past quarters)
 * graded, published and archived as a year of real use leaves them, while the quarter's files are
 * still in memory; only the files that mark the folder set up wait for the commit.
 */
export async function loadDemo(ctx: ChangeContext, input: { people: number; years?: number }): Promise<AppStatus> {
  const { tx } = ctx;
  const years = input.years ?? 1;
  const today = new Date(tx.now);
  const data = makeDemoRoster({ people: input.people, years, today });
  await tx.initialize(data, SCHEMA_VERSION);
  for (const quarter of makeDemoAppraisals(data, { years, today })) {
    tx.createPeriod(quarter.period);
    for (const inputs of quarter.inputs) await tx.changeUnit(inputs.periodId, inputs.unitId, (d) => void Object.assign(d, inputs), 'lists');
    if (quarter.incidents.length) tx.changeIncidents((d) => void d.incidents.push(...quarter.incidents));
    if (quarter.period.state === 'grading') await settleDemoPeriod(ctx, quarter.period.id);
    await tx.seedNow();
  }
  tx.audit({
    action: 'org.demo',
    target: 'org',
    summary: `载入演示数据“${data.organisation.name}”（${data.units.length} 个单位，${data.people.length} 人，${tx.periods().length} 个考核周期）`,
  });
  return appStatus(ctx, tx);
}

/** Grades a demo quarter, settles what a clerk would (ties by 姓氏笔画, confirmations) and archives it. */
async function settleDemoPeriod(ctx: ChangeContext, periodId: string): Promise<void> {
  let { result } = await regrade(ctx, periodId);
  for (const pool of result.pools.filter((p) => p.tie)) {
    const names = new Map(result.outcomes.map((o) => [o.personId, o.name]));
    await decideTie(ctx, {
      periodId,
      poolKey: pool.key,
      keep: sortByStroke(pool.tie!.personIds, (id) => names.get(id) ?? '').slice(0, pool.tie!.seatsLeft),
    });
    ({ result } = await regrade(ctx, periodId));
  }
  if (result.accountability.length) await confirmResults(ctx, { periodId, fingerprints: null, note: '演示数据' });
  await moveToState(ctx, { id: periodId, to: 'publicity', reason: null });
  await moveToState(ctx, { id: periodId, to: 'archived', reason: null });
}
