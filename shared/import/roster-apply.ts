import { dayBefore } from '../domain/dates';
import type { OrgData } from '../domain/org';
import { EMPTY_PERSON_FIELDS, type Person } from '../domain/person';
import { unitLabel, type Unit } from '../domain/unit';
import type { RosterPlan } from './roster-plan';
import type { UnitMatch } from './unit-match';

export interface ApplyOptions {
  today: string; // 'YYYY-MM-DD'
  now: string; // ISO timestamp
  newId: (prefix: string) => string;
}

export interface ApplyCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  newUnits: string[];
}

/** What the people's part of an import did: the counts, each row's person, and the units made. */
export interface AppliedRoster {
  counts: ApplyCounts;
  /** Per plan row: the person written or matched (null for a skipped row). */
  personIds: (string | null)[];
  /** The unit a match stands for, creating it (once) when new. */
  unitFor: (m: UnitMatch) => string;
}

/**
 * Applies a previewed roster import to a draft of the data, all in one go. Invalid rows are
 * skipped (the service only allows that when the clerk asked to import the valid rows only).
 * A changed unit is a transfer dated today, so the history keeps both stays.
 */
export function applyRosterPlan(draft: OrgData, plan: RosterPlan, opts: ApplyOptions): AppliedRoster {
  const counts: ApplyCounts = { created: 0, updated: 0, unchanged: 0, skipped: 0, newUnits: [] };
  const personIds: (string | null)[] = [];
  const made = new Map<string, string>();
  const unitFor = (m: UnitMatch): string => {
    if (m.kind === 'existing') return m.unitId;
    if (m.kind === 'error') throw new Error('invalid row reached apply');
    let parentId = m.parentId;
    let key = parentId;
    for (const step of m.chain) {
      key = `${key}/${step.name}`;
      let id = made.get(key);
      if (!id) {
        const siblings = draft.units.filter((u) => u.parentId === parentId);
        const unit: Unit = {
          id: opts.newId('u'),
          name: step.name,
          kind: step.kind,
          parentId,
          order: siblings.reduce((n, u) => Math.max(n, u.order), 0) + 1,
          active: true,
        };
        draft.units.push(unit);
        made.set(key, unit.id);
        counts.newUnits.push(unitLabel(draft.units, unit.id));
        id = unit.id;
      }
      parentId = id;
    }
    return parentId;
  };

  for (const row of plan.rows) {
    personIds.push(row.status === 'invalid' ? null : row.personId);
    if (row.status === 'invalid') {
      counts.skipped++;
      continue;
    }
    if (row.status === 'unchanged') {
      counts.unchanged++;
      continue;
    }
    const unitId = unitFor(row.unit);
    if (row.status === 'new') {
      const person: Person = {
        ...EMPTY_PERSON_FIELDS,
        ...row.fields,
        name: row.name,
        id: opts.newId('p'),
        unitId,
        status: row.personStatus ?? 'active',
        secondedTo: null,
        unitHistory: [{ unitId, from: opts.today, until: null, note: `导入自 ${plan.fileName}` }],
        statusHistory: [],
        pastResults: [],
        createdAt: opts.now,
        updatedAt: opts.now,
      };
      draft.people.push(person);
      personIds[personIds.length - 1] = person.id;
      counts.created++;
      continue;
    }
    const person = draft.people.find((p) => p.id === row.personId)!;
    for (const [k, v] of Object.entries(row.fields)) {
      if (v !== null && v !== undefined) (person as Record<string, unknown>)[k] = v;
    }
    if (unitId !== person.unitId) {
      const current = person.unitHistory[person.unitHistory.length - 1];
      if (current.from >= opts.today) {
        current.unitId = unitId; // moved again on the day it arrived: correct the stay
      } else {
        current.until = dayBefore(opts.today);
        person.unitHistory.push({ unitId, from: opts.today, until: null, note: `花名册导入（${plan.fileName}）` });
      }
      person.unitId = unitId;
    }
    if (row.personStatus && row.personStatus !== person.status) {
      person.status = row.personStatus;
      if (row.personStatus !== 'seconded') person.secondedTo = null;
      person.statusHistory.push({
        status: row.personStatus,
        on: opts.today,
        secondedTo: person.secondedTo,
        note: `花名册导入（${plan.fileName}）`,
      });
    }
    person.updatedAt = opts.now;
    counts.updated++;
  }
  return { counts, personIds, unitFor };
}
