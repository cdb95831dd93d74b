import { ACCOUNTABILITY_KINDS } from '../domain/incident';
import type { RoleAssignment, RoleKind } from '../domain/role';
import { ROLE_LABELS } from '../domain/role';
import { unitLabel, unitSubtree, type Unit } from '../domain/unit';
import type { EarlierPeriod, GradingInput, Outcome } from './types';
import { heldDuring } from '../domain/dates';

export interface AccountabilityResult {
  personId: string;
  name: string;
  role: string;
  scope: string;
  /** Labels of the periods looked at, oldest first. */
  periods: string[];
  /** People in the scope and how many were graded 一般 / 较差 (none, or the rule would not apply). */
  peopleInScope: number;
  incidents: { id: string; date: string; kind: string; reason: string; name: string | null }[];
}

interface Scope {
  units: Set<string>;
  label: string;
}

/** The scopes a role answers for: the bureau, a 二层单位 or 科室, and for 班子成员 also each unit they 分管. */
function scopesOf(role: RoleAssignment, units: Unit[]): Scope[] {
  const whole = (id: string) => ({ units: unitSubtree(units, id), label: unitLabel(units, id) });
  const bureau = units.find((u) => u.kind === 'bureau');
  const scopes: Scope[] = [];
  if ((['principal', 'leadershipMember', 'personnelHead'] as RoleKind[]).includes(role.kind) && bureau)
    scopes.push({ units: unitSubtree(units, bureau.id), label: '全局' });
  if (role.kind === 'subunitLeader' || role.kind === 'departmentHead') scopes.push(whole(role.unitId));
  if (role.kind === 'leadershipMember')
    for (const id of role.supervisedUnitIds) scopes.push({ ...whole(id), label: `分管的${unitLabel(units, id)}` });
  return scopes;
}

/**
 * The bureau's rule (DOMAIN.md §4.4, quoted there): for each manager role and each scope it
 * answers for, over this period and the ones before it (window), if nobody in the scope — the
 * holders of that scope's roles aside — was graded 一般 or 较差, and the window holds a recorded,
 * non-tolerated 昏庸懒散拖 / 工作推进不理想 / 造成不良影响 event about the scope's people or work,
 * then the role holder is graded 较差. Grades looked at are those before this rule and the quota.
 */
export function managerAccountability(input: GradingInput, current: Outcome[]): AccountabilityResult[] {
  const window = [
    { period: input.period, outcomes: current } as EarlierPeriod,
    ...input.earlier.slice(0, input.settings.accountabilityWindow - 1),
  ];
  const windowStart = window[window.length - 1].period.start;
  const active = input.roles.filter((r) => heldDuring(r, input.period.start, input.period.end));
  const outcomeOf = new Map(current.map((o) => [o.personId, o]));
  const results: AccountabilityResult[] = [];
  const scopesByRole = new Map(active.map((r) => [r.id, scopesOf(r, input.units)]));
  for (const role of active) {
    const me = outcomeOf.get(role.personId);
    if (!me || me.grade === 'undetermined' || me.grade === null) continue;
    for (const scope of scopesByRole.get(role.id)!) {
      // Everyone answering for this same scope is left out of the people it is judged by.
      const holders = new Set(active.filter((r) => scopesByRole.get(r.id)!.some((s) => sameScope(s, scope))).map((r) => r.personId));
      let people = 0;
      let lowGrades = 0;
      for (const w of window) {
        for (const o of w.outcomes) {
          if (!scope.units.has(o.unitId) || holders.has(o.personId)) continue;
          if (w.period.id === input.period.id) people++;
          if (o.gradeBeforeAccountability === 'average' || o.gradeBeforeAccountability === 'poor') lowGrades++;
        }
      }
      if (lowGrades > 0) continue;
      const inScope = new Set(window.flatMap((w) => w.outcomes.filter((o) => scope.units.has(o.unitId)).map((o) => o.personId)));
      const events = input.incidents.filter(
        (i) =>
          ACCOUNTABILITY_KINDS.includes(i.kind) &&
          i.tolerance === null &&
          i.date >= windowStart &&
          i.date <= input.period.end &&
          (scope.units.has(i.unitId) || (i.personId !== null && inScope.has(i.personId))),
      );
      if (events.length === 0) continue;
      results.push({
        personId: role.personId,
        name: me.name,
        role: ROLE_LABELS[role.kind],
        scope: scope.label,
        periods: window.map((w) => w.period.label).reverse(),
        peopleInScope: people,
        incidents: events.map((e) => ({
          id: e.id,
          date: e.date,
          kind: e.kind,
          reason: e.reason,
          name: e.personId ? (outcomeOf.get(e.personId)?.name ?? null) : null,
        })),
      });
      break; // one scope is enough to hold this role to account
    }
  }
  return results;
}

function sameScope(a: Scope, b: Scope): boolean {
  return a.units.size === b.units.size && [...a.units].every((u) => b.units.has(u));
}

export function accountabilityReason(r: AccountabilityResult): string {
  const what = r.incidents
    .slice(0, 3)
    .map((i) => `${i.date} ${i.kind}${i.name ? `（${i.name}）` : ''}`)
    .join('、');
  return `管理责任：${r.periods.join('、')}${r.scope}${r.peopleInScope}人中无“一般”“较差”，但有${r.incidents.length}起未予容错的问题（${what}${r.incidents.length > 3 ? '等' : ''}），${r.role}直接评为“较差”`;
}
