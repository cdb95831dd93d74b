import type { PersonDetail, PersonRow, PersonSave } from '../../../shared/api/contract';
import { PERSON_STATUS_LABELS, type PersonStatus } from '../../../shared/domain/codes';
import type { OrgData } from '../../../shared/domain/org';
import { EMPTY_PERSON_FIELDS, PERSON_FIELD_LABELS, type Person, type PersonFields } from '../../../shared/domain/person';
import { dayBefore, heldDuring } from '../../../shared/domain/dates';
import { ROLE_LABELS } from '../../../shared/domain/role';
import { unitLabel } from '../../../shared/domain/unit';
import { isUnrated } from '../../../shared/domain/unrated';
import { maskIdNumber } from '../../../shared/text/id-card';
import { notFound, rejected } from '../app-error';
import { changeOrg, newId, type ChangeContext, type ReadContext } from '../context';
import { nowIso, todayIso } from '../clock';
import { checkPersonFields } from './person-fields';
import { activeUnit } from './units';

export function findPerson(org: OrgData, id: string): Person {
  const p = org.people.find((x) => x.id === id);
  if (!p) throw notFound('该人员');
  return p;
}

/** A row of the roster; `unrated` is the list's unratedPeople when many rows are made at once. */
export function personRow(org: OrgData, p: Person, today = todayIso(), unrated?: ReadonlySet<string>): PersonRow {
  return {
    id: p.id,
    name: p.name,
    gender: p.gender,
    birth: p.birth,
    unitId: p.unitId,
    unitLabel: unitLabel(org.units, p.unitId),
    post: p.post,
    rank: p.rank,
    establishment: p.establishment,
    category: p.category,
    status: p.status,
    secondedTo: p.secondedTo,
    idMasked: p.idNumber ? maskIdNumber(p.idNumber) : null,
    phone: p.phone,
    roles: org.roles.filter((r) => r.personId === p.id && isCurrent(r, today)).map((r) => ROLE_LABELS[r.kind]),
    noReviewer: unrated ? unrated.has(p.id) : isUnrated(org, p, today),
  };
}

export const isCurrent = (r: { from: string; until: string | null }, today: string) => heldDuring(r, today);

export function getPerson(ctx: ReadContext, id: string): PersonDetail {
  const org = ctx.view.org();
  const p = findPerson(org, id);
  const { id: _id, unitId, status, secondedTo, unitHistory, statusHistory, pastResults, createdAt, updatedAt, ...fields } = p;
  return {
    id: p.id,
    unitId,
    status,
    secondedTo,
    // The full number leaves the service only through revealId, which is logged.
    fields: { ...fields, idNumber: null },
    idMasked: p.idNumber ? maskIdNumber(p.idNumber) : null,
    unitHistory: unitHistory.map((s) => ({ ...s, unitLabel: unitLabel(org.units, s.unitId) })),
    statusHistory,
    pastResults,
    createdAt,
    updatedAt,
  };
}

export async function savePerson(ctx: ChangeContext, input: PersonSave & { fields: PersonSave['fields'] }): Promise<PersonRow> {
  const now = nowIso();
  const id = changeOrg(ctx, (org) => {
    if (input.id) {
      const person = findPerson(org, input.id);
      // Spread over the defaults, but an absent idNumber must stay absent (= keep the stored one).
      const fields = checkPersonFields(org, { ...EMPTY_PERSON_FIELDS, ...input.fields, idNumber: input.fields.idNumber }, person);
      const changed = changedFields(person, fields);
      if (input.unitId && input.unitId !== person.unitId) throw rejected('调整所在单位请使用“调动”，以便记下调动日期。');
      const before = auditView(pick(person, changed));
      Object.assign(person, fields, { updatedAt: now });
      return {
        result: person.id,
        audit: {
          action: 'person.update',
          target: person.id,
          summary: changed.length
            ? `修改 ${person.name} 的${changed.map((k) => PERSON_FIELD_LABELS[k]).join('、')}`
            : `保存 ${person.name}（无改动）`,
          before,
          after: auditView(pick(fields, changed)),
        },
      };
    }
    if (!input.unitId) throw rejected('请选择新人员所在的单位。');
    if (input.unitSince && input.unitSince > todayIso()) throw rejected(`进入本单位的日期 ${input.unitSince} 不能晚于今天。`);
    const unit = activeUnit(org, input.unitId);
    const fields = checkPersonFields(org, { ...EMPTY_PERSON_FIELDS, ...input.fields }, null);
    const person: Person = {
      ...fields,
      id: newId('p'),
      unitId: unit.id,
      status: 'active',
      secondedTo: null,
      unitHistory: [{ unitId: unit.id, from: input.unitSince ?? todayIso(), until: null, note: null }],
      statusHistory: [],
      pastResults: [],
      createdAt: now,
      updatedAt: now,
    };
    org.people.push(person);
    return {
      result: person.id,
      audit: {
        action: 'person.create',
        target: person.id,
        summary: `新增人员 ${person.name}（${unitLabel(org.units, unit.id)}）`,
        after: auditView(fields),
      },
    };
  });
  const org = ctx.view.org();
  return personRow(org, findPerson(org, id));
}

/** Dated move between units; the history keeps every stay, because periods fix each person's unit on a date. */
export async function transferPerson(
  ctx: ChangeContext,
  input: { personId: string; toUnitId: string; date: string; note: string | null },
): Promise<PersonRow> {
  changeOrg(ctx, (org) => {
    const person = findPerson(org, input.personId);
    if (person.status === 'left' || person.status === 'retired')
      throw rejected(`${person.name}已${PERSON_STATUS_LABELS[person.status]}，不能调动。`);
    const to = activeUnit(org, input.toUnitId);
    if (to.id === person.unitId) throw rejected(`${person.name}已经在“${to.name}”。`);
    const current = person.unitHistory[person.unitHistory.length - 1];
    if (input.date < current.from) throw rejected(`调动日期 ${input.date} 不能早于${person.name}进入现单位的日期 ${current.from}。`);
    const fromLabel = unitLabel(org.units, person.unitId);
    if (input.date === current.from) {
      // Moved on the day of arrival: the stay was entered in the wrong unit; correct it.
      Object.assign(current, { unitId: to.id, note: input.note ?? current.note });
    } else {
      current.until = dayBefore(input.date);
      person.unitHistory.push({ unitId: to.id, from: input.date, until: null, note: input.note });
    }
    person.unitId = to.id;
    person.updatedAt = nowIso();
    return {
      result: null,
      audit: {
        action: 'person.transfer',
        target: person.id,
        summary: `${person.name} 自 ${input.date} 由“${fromLabel}”调入“${unitLabel(org.units, to.id)}”`,
        before: { unitId: current.unitId },
        after: { unitId: to.id, from: input.date },
        reason: input.note,
      },
    };
  });
  const org = ctx.view.org();
  return personRow(org, findPerson(org, input.personId));
}

export async function setPersonStatus(
  ctx: ChangeContext,
  input: { personId: string; status: PersonStatus; date: string; secondedTo: string | null; note: string | null },
): Promise<PersonRow> {
  changeOrg(ctx, (org) => {
    const person = findPerson(org, input.personId);
    if (person.status === input.status && input.status !== 'seconded')
      throw rejected(`${person.name}的状态已经是“${PERSON_STATUS_LABELS[input.status]}”。`);
    if (input.status === 'seconded' && !input.secondedTo) throw rejected('借调需要填写借调单位。');
    const last = person.statusHistory[person.statusHistory.length - 1];
    if (last && input.date < last.on) throw rejected(`日期 ${input.date} 早于上一次状态变动的日期 ${last.on}。`);
    const before = { status: person.status, secondedTo: person.secondedTo };
    person.status = input.status;
    person.secondedTo = input.status === 'seconded' ? input.secondedTo : null;
    person.statusHistory.push({ status: input.status, on: input.date, secondedTo: person.secondedTo, note: input.note });
    person.updatedAt = nowIso();
    const label = PERSON_STATUS_LABELS[input.status] + (person.secondedTo ? `（${person.secondedTo}）` : '');
    return {
      result: null,
      audit: {
        action: 'person.status',
        target: person.id,
        summary: `${person.name} 自 ${input.date} 状态改为“${label}”`,
        before,
        after: { status: person.status, secondedTo: person.secondedTo },
        reason: input.note,
      },
    };
  });
  const org = ctx.view.org();
  return personRow(org, findPerson(org, input.personId));
}

/** Shows the full 身份证号 to the clerk; every reveal is in the audit log. */
export async function revealIdNumber(ctx: ChangeContext, id: string): Promise<{ idNumber: string | null }> {
  const person = findPerson(ctx.view.org(), id);
  ctx.tx.audit({ action: 'person.revealId', target: id, summary: `查看 ${person.name} 的完整身份证号` });
  return { idNumber: person.idNumber };
}

function changedFields(person: Person, fields: PersonFields): (keyof PersonFields)[] {
  return (Object.keys(fields) as (keyof PersonFields)[]).filter((k) => (person[k] ?? null) !== (fields[k] ?? null));
}

function pick<T extends object, K extends keyof T>(obj: T, keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = obj[k];
  return out;
}

/** The audit log never holds a full 身份证号. */
function auditView(fields: Partial<PersonFields>): Partial<PersonFields> {
  return fields.idNumber ? { ...fields, idNumber: maskIdNumber(fields.idNumber) } : fields;
}
