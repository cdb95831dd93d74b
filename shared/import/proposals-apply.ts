import { roleProblem } from '../domain/role-check';
import type { Incident } from '../domain/incident';
import type { OrgData } from '../domain/org';
import type { RoleAssignment } from '../domain/role';
import type { AppliedRoster, ApplyOptions } from './roster-apply';
import type { RosterPlan } from './roster-plan';

/** An A14 reward or sanction to record, about a person the import wrote. */
export type IncidentToAdd = Omit<Incident, 'id' | 'createdAt' | 'updatedAt' | 'closedOn' | 'tolerance'>;

export interface AppliedProposals {
  roles: number;
  annualResults: number;
  incidents: IncidentToAdd[];
  /** Ticked proposals that could not be written, each with why (a role already held …). */
  refused: string[];
}

/**
 * Writes the proposals the clerk ticked, after the people (same draft, same change): the roles
 * from 职务 (dated today, checked as the 管理职责 page checks them), the A15 annual results on the
 * person (a year already recorded is replaced), and returns the A14 records to add. A proposal
 * about a row that was not imported is left out.
 */
export function applyProposals(
  draft: OrgData,
  plan: RosterPlan,
  people: AppliedRoster,
  accepted: (id: string) => boolean,
  opts: ApplyOptions,
): AppliedProposals {
  const out: AppliedProposals = { roles: 0, annualResults: 0, incidents: [], refused: [] };
  const personOf = (row: number) => {
    const id = people.personIds[row];
    return id ? (draft.people.find((p) => p.id === id) ?? null) : null;
  };
  for (const p of plan.proposals.roles) {
    const person = personOf(p.row);
    if (!accepted(p.id) || !person) continue;
    const role: RoleAssignment = {
      id: opts.newId('r'),
      personId: person.id,
      kind: p.kind,
      unitId: people.unitFor(p.scope),
      supervisedUnitIds: [],
      from: opts.today,
      until: null,
    };
    const problem = roleProblem(draft, role);
    if (problem) out.refused.push(`${p.label}：${problem}`);
    else {
      draft.roles.push(role);
      out.roles++;
    }
  }
  for (const p of plan.proposals.annualResults) {
    const person = personOf(p.row);
    if (!accepted(p.id) || !person) continue;
    person.pastResults = [
      ...person.pastResults.filter((r) => r.year !== p.year),
      { year: p.year, result: p.result, source: `导入自 ${plan.fileName}` },
    ].sort((a, b) => a.year - b.year);
    out.annualResults++;
  }
  for (const p of plan.proposals.incidents) {
    const person = personOf(p.row);
    if (!accepted(p.id) || !person) continue;
    out.incidents.push({ ...p.incident, personId: person.id, unitId: person.unitId });
  }
  return out;
}
