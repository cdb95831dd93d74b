import type { AppStatus } from '../../../shared/api/contract';
import { DEFAULT_SETTINGS, type OrgData } from '../../../shared/domain/org';
import type { Unit } from '../../../shared/domain/unit';
import { rejected } from '../app-error';
import type { DeskContext } from '../context';
import { sortByStroke } from '../../../shared/text/stroke-order';
import { makeDemoAppraisals } from '../demo/appraisal-demo';
import { acknowledgeAccountability, resolveTie, runGrading } from '../grading/grading';
import { setPeriodState } from '../periods/periods';
import { makeDemoRoster } from '../demo/roster-demo';
import { requireIncidents, requirePeriods } from '../store/data-folder';
import { SCHEMA_VERSION } from '../store/migrations';
import { now, nowIso } from '../clock';

export function appStatus(ctx: DeskContext): AppStatus {
  const org = ctx.folder.org?.data ?? null;
  return {
    initialized: org !== null,
    organisationName: org?.organisation.name ?? null,
    dataDir: ctx.folder.dir,
    schemaVersion: ctx.folder.meta?.schemaVersion ?? SCHEMA_VERSION,
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
  ctx: DeskContext,
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
    organisation: { name: input.name, createdAt: nowIso() },
    units,
    people: [],
    roles: [],
    settings: { ...DEFAULT_SETTINGS },
  };
  await ctx.folder.initialize(data);
  await ctx.folder.audit.append(ctx.actor, {
    action: 'org.create',
    target: 'org',
    summary: `建立单位“${input.name}”（${units.length} 个单位）`,
    after: { name: input.name, units: units.map((u) => u.name) },
  });
  return appStatus(ctx);
}

/** Demo data: the roster, and quarters with 工作纪实, 小结, 评鉴 and 表现记录 for `years` years. */
export async function loadDemo(ctx: DeskContext, input: { people: number; years?: number }): Promise<AppStatus> {
  const today = now();
  const years = input.years ?? 1;
  const data = makeDemoRoster({ people: input.people, years, today });
  await ctx.folder.initialize(data);
  const periods = requirePeriods(ctx.folder);
  // Quarter by quarter, oldest first: written, then (past quarters) graded, published and archived
  // as a year of real use leaves them, while the quarter's files are still in memory.
  for (const quarter of makeDemoAppraisals(data, { years, today })) {
    await periods.create(quarter.period);
    await periods.seedUnits(quarter.inputs);
    if (quarter.incidents.length) {
      await requireIncidents(ctx.folder).update((d) => {
        d.incidents.push(...quarter.incidents);
      });
    }
    if (quarter.period.state === 'grading') await publishDemoPeriod(ctx, quarter.period.id);
  }
  await ctx.folder.audit.append(ctx.actor, {
    action: 'org.demo',
    target: 'org',
    summary: `载入演示数据“${data.organisation.name}”（${data.units.length} 个单位，${data.people.length} 人，${periods.list().length} 个考核周期）`,
  });
  return appStatus(ctx);
}

/** Grades a demo quarter, settles what a clerk would (ties by 姓氏笔画, acknowledgements) and archives it. */
async function publishDemoPeriod(ctx: DeskContext, periodId: string): Promise<void> {
  let view = await runGrading(ctx, periodId, '演示数据评定');
  for (const pool of view.pools.filter((p) => p.tie)) {
    const names = new Map(view.outcomes.map((o) => [o.personId, o.name]));
    const keep = sortByStroke(pool.tie!.personIds, (id) => names.get(id) ?? '').slice(0, pool.tie!.seatsLeft);
    view = await resolveTie(ctx, { periodId, poolKey: pool.key, keep });
  }
  if (view.unacknowledged.length) await acknowledgeAccountability(ctx, periodId);
  await setPeriodState(ctx, { id: periodId, to: 'publicity', reason: null });
  await setPeriodState(ctx, { id: periodId, to: 'archived', reason: null });
}
