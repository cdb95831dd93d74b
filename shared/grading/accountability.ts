import { ACCOUNTABILITY_KINDS } from '../domain/incident';
import type { RoleAssignment, RoleKind } from '../domain/role';
import { ROLE_LABELS } from '../domain/role';
import { unitLabel, unitSubtree, unitsInTreeOrder, type Unit } from '../domain/unit';
import { heldDuring } from '../domain/dates';
import { digest } from '../text/digest';
import { ACCOUNTABILITY_READING_LABELS, type AccountabilityReading } from './settings';
import type { EarlierPeriod, GradingInput, Outcome } from './types';

export interface AccountabilityResult {
  personId: string;
  name: string;
  /** The role's label (党组班子成员 …) and kind. */
  role: string;
  roleKind: RoleKind;
  /** The reading of “本单位” the result was reached under (DOMAIN.md §4.4). */
  reading: AccountabilityReading;
  /** The scope as the sentence names it: 全局, 办公室, 分管范围（办公室、待遇保障科）… */
  scope: string;
  scopeUnitIds: string[];
  /** The periods looked at, oldest first. */
  periods: string[];
  periodIds: string[];
  /** People in the scope this period, the role holders judged aside. */
  peopleInScope: number;
  /** The grade counts of each period looked at (none was 一般 or 较差, or there would be no result). */
  perPeriod: { label: string; people: number; good: number; fair: number; ungraded: number }[];
  incidents: { id: string; personId: string | null; date: string; kind: string; reason: string; name: string | null }[];
  /** 由上级党组织考核: shown and printed as a recommendation to the superior organisation, not applied. */
  superior: boolean;
  /** What a confirmation is bound to: person, role, reading, scope, periods and events. */
  fingerprint: string;
}

interface Scope {
  /** The unit ids, sorted and joined: two roles with the same key answer for the same scope. */
  key: string;
  units: Set<string>;
  label: string;
}

function scope(units: Set<string>, label: string): Scope {
  return { key: [...units].sort().join(','), units, label };
}

/**
 * The scopes a role answers for under a reading. 按职责范围: bureau-wide roles the bureau, a
 * 班子成员 also their 分管 units together, a 二层单位班子成员 or 科室负责人 their unit. 分管单位逐个:
 * the same, but each 分管 unit on its own. 全局（字面）: every role the whole bureau.
 */
function scopesOf(role: RoleAssignment, units: Unit[], reading: AccountabilityReading): Scope[] {
  const bureau = units.find((u) => u.kind === 'bureau');
  const whole = bureau ? scope(unitSubtree(units, bureau.id), '全局') : null;
  if (reading === 'literal') return whole ? [whole] : [];
  const scopes: Scope[] = [];
  if ((['principal', 'leadershipMember', 'personnelHead'] as RoleKind[]).includes(role.kind) && whole) scopes.push(whole);
  if (role.kind === 'subunitLeader' || role.kind === 'departmentHead')
    scopes.push(scope(unitSubtree(units, role.unitId), unitLabel(units, role.unitId)));
  if (role.kind === 'leadershipMember' && role.supervisedUnitIds.length) {
    // In tree order, so the label reads as the unit list does.
    const order = new Map(unitsInTreeOrder(units).map((u, i) => [u.id, i]));
    const supervised = [...role.supervisedUnitIds].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    if (reading === 'perUnit')
      for (const id of supervised) scopes.push(scope(unitSubtree(units, id), `分管单位（${unitLabel(units, id)}）`));
    else {
      const area = new Set(supervised.flatMap((id) => [...unitSubtree(units, id)]));
      scopes.push(scope(area, `分管范围（${supervised.map((id) => unitLabel(units, id)).join('、')}）`));
    }
  }
  return scopes;
}

/**
 * The bureau's rule (DOMAIN.md §4.4, quoted there): for each manager role and each scope it
 * answers for under the reading set in 考核设置, over this period and the ones before it (window),
 * if nobody in the scope — the holders of that scope's roles aside — was graded 一般 or 较差, and
 * the window holds a recorded, non-tolerated 昏庸懒散拖 / 工作推进不理想 / 造成不良影响 event about
 * the scope's people or work, then the role holder is graded 较差. Grades looked at are those
 * before this rule and the quota. People appraised by the superior organisation are judged the
 * same way; their result is a recommendation (`superior`).
 */
export function managerAccountability(input: GradingInput, current: Outcome[]): AccountabilityResult[] {
  const reading = input.settings.accountabilityReading;
  const window = [
    { period: input.period, outcomes: current } as EarlierPeriod,
    ...input.earlier.slice(0, input.settings.accountabilityWindow - 1),
  ].reverse();
  const windowStart = window[0].period.start;
  const active = input.roles.filter((r) => heldDuring(r, input.period.start, input.period.end));
  const outcomeOf = new Map(current.map((o) => [o.personId, o]));
  const results: AccountabilityResult[] = [];
  const scopesByRole = new Map(active.map((r) => [r.id, scopesOf(r, input.units, reading)]));
  const candidates = input.incidents.filter(
    (i) => ACCOUNTABILITY_KINDS.includes(i.kind) && i.tolerance === null && i.date >= windowStart && i.date <= input.period.end,
  );
  for (const role of active) {
    const me = outcomeOf.get(role.personId);
    if (!me || me.grade === 'undetermined' || (me.grade === null && !me.superior)) continue;
    for (const sc of scopesByRole.get(role.id)!) {
      // Everyone answering for this same scope is left out of the people it is judged by.
      const holders = new Set(active.filter((r) => scopesByRole.get(r.id)!.some((s) => s.key === sc.key)).map((r) => r.personId));
      const perPeriod = window.map((w) => {
        const count = { label: w.period.label, people: 0, good: 0, fair: 0, ungraded: 0, low: 0 };
        for (const o of w.outcomes) {
          if (!sc.units.has(o.unitId) || holders.has(o.personId)) continue;
          count.people++;
          const g = o.gradeBeforeAccountability;
          if (g === 'average' || g === 'poor') count.low++;
          else if (g === 'good' || g === 'fair') count[g]++;
          else count.ungraded++;
        }
        return count;
      });
      if (perPeriod.some((c) => c.low > 0)) continue;
      const inScope = new Set(window.flatMap((w) => w.outcomes.filter((o) => sc.units.has(o.unitId)).map((o) => o.personId)));
      const events = candidates
        .filter((i) => sc.units.has(i.unitId) || (i.personId !== null && inScope.has(i.personId)))
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
      if (events.length === 0) continue;
      const periodIds = window.map((w) => w.period.id);
      results.push({
        personId: role.personId,
        name: me.name,
        role: ROLE_LABELS[role.kind],
        roleKind: role.kind,
        reading,
        scope: sc.label,
        scopeUnitIds: sc.key.split(','),
        periods: window.map((w) => w.period.label),
        periodIds,
        peopleInScope: perPeriod.at(-1)!.people,
        perPeriod: perPeriod.map(({ low: _low, ...c }) => c),
        incidents: events.map((e) => ({
          id: e.id,
          personId: e.personId,
          date: e.date,
          kind: e.kind,
          reason: e.reason,
          name: e.personId ? (outcomeOf.get(e.personId)?.name ?? null) : null,
        })),
        superior: me.superior,
        fingerprint: digest(JSON.stringify([role.personId, role.kind, reading, sc.key, periodIds, events.map((e) => e.id).sort()])),
      });
      break; // one scope is enough to hold this role to account
    }
  }
  return results;
}

/** The result in one sentence, naming the reading and the scope. */
export function accountabilityReason(r: AccountabilityResult): string {
  const what = r.incidents
    .slice(0, 3)
    .map((i) => `${i.date} ${i.kind}${i.name ? `（${i.name}）` : ''}`)
    .join('、');
  const verdict = r.superior ? `由上级党组织考核，建议上级党组织评为“较差”` : '直接评为“较差”';
  return `管理责任（${ACCOUNTABILITY_READING_LABELS[r.reading]}）：${r.scope}本期${r.peopleInScope}人，${r.periods.join('、')}无人被评为“一般”“较差”，但有${r.incidents.length}起未予容错的问题（${what}${r.incidents.length > 3 ? '等' : ''}），${r.role}${verdict}`;
}

/** The grade counts behind a result, one line per period (the evidence printed with it). */
export function accountabilityCounts(r: Pick<AccountabilityResult, 'scope' | 'perPeriod'>): string[] {
  return r.perPeriod.map(
    (c) =>
      `${c.label}：${r.scope} ${c.people} 人，“好”${c.good}人，“较好”${c.fair}人，“一般”“较差”0人${c.ungraded ? `，未评等次${c.ungraded}人` : ''}`,
  );
}
