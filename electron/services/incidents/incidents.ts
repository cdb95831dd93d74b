import type { IncidentRow, IncidentSaved } from '../../../shared/api/appraisal-schemas';
import { addMonths } from '../../../shared/domain/dates';
import {
  HANDLINGS,
  NEGATIVE_KINDS,
  TOLERANCE_LABELS,
  checkIncidentDate,
  impactEnd,
  maskedReason,
  type Handling,
  type Incident,
  type IncidentKind,
  type Tolerance,
} from '../../../shared/domain/incident';
import type { OrgData } from '../../../shared/domain/org';
import { unitLabel, unitSubtree } from '../../../shared/domain/unit';
import { notFound, rejected } from '../app-error';
import { newId, type ChangeContext, type ReadContext } from '../context';
import { todayIso } from '../clock';
import { activeUnit } from '../roster/units';

export const isNegative = (kind: IncidentKind) => (NEGATIVE_KINDS as readonly string[]).includes(kind);

export function incidentRow(org: OrgData, i: Incident, today = todayIso()): IncidentRow {
  return {
    ...i,
    name: i.personId ? (org.people.find((p) => p.id === i.personId)?.name ?? '（已删除）') : null,
    unitLabel: unitLabel(org.units, i.unitId),
    negative: isNegative(i.kind),
    inEffect: i.date <= today && (i.impactUntil === null ? i.handling === '立案审查' : i.impactUntil >= today),
    reasonMasked: false,
  };
}

const masked = (row: IncidentRow): IncidentRow => (row.negative ? { ...row, reason: maskedReason(row.reason), reasonMasked: true } : row);

export function listIncidents(ctx: ReadContext, input: { personId?: string; unitId?: string }): IncidentRow[] {
  const org = ctx.view.org();
  const units = input.unitId ? unitSubtree(org.units, input.unitId) : null;
  const today = todayIso();
  return ctx.view
    .incidents()
    .filter((i) => (!input.personId || i.personId === input.personId) && (!units || units.has(i.unitId)))
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((i) => masked(incidentRow(org, i, today)));
}

/** Shows a 表现记录's full 事由 (discipline details are masked in lists); every reveal is logged. */
export function revealIncidentReason(ctx: ChangeContext, id: string): { reason: string } {
  const org = ctx.view.org();
  const incident = ctx.view.incidents().find((i) => i.id === id);
  if (!incident) throw notFound('这条表现记录');
  const row = incidentRow(org, incident);
  ctx.tx.audit({
    action: 'incident.reveal',
    target: id,
    summary: `查看 ${row.name ?? row.unitLabel} ${incident.date} ${incident.kind}的事由`,
  });
  return { reason: incident.reason };
}

export interface IncidentInput {
  id?: string;
  personId: string | null;
  unitId?: string;
  kind: IncidentKind;
  handling: Handling;
  date: string;
  reason: string;
  docNo: string | null;
  impactMonths?: number | null;
}

/** Checks an incident against the roster and fills its unit and 影响期 (the handling's default unless given). */
export function buildIncident(org: OrgData, input: IncidentInput, existing: Incident | null, now: string): Incident {
  let unitId = input.unitId;
  if (input.personId) {
    const person = org.people.find((p) => p.id === input.personId);
    if (!person) throw rejected('花名册中没有这个人，表现记录只能记在已登记的人员名下。');
    unitId ??= person.unitId;
  }
  if (!unitId) throw rejected('请选择表现记录所属的人员或单位。');
  if (!input.personId) activeUnit(org, unitId);
  const months = input.impactMonths === undefined ? HANDLINGS[input.handling] : input.impactMonths;
  if (months === null && input.handling !== '立案审查')
    throw rejected('只有立案审查的影响期可以“至结案”，其他处理方式请填写影响期（月）。');
  const closedOn = existing?.closedOn ?? null;
  return {
    id: existing?.id ?? newId('i'),
    personId: input.personId,
    unitId,
    kind: input.kind,
    handling: input.handling,
    date: input.date,
    reason: input.reason,
    docNo: input.docNo,
    impactMonths: months,
    impactUntil: impactEnd(input.date, months, closedOn),
    closedOn,
    tolerance: existing?.tolerance ?? null,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}

/**
 * Records or edits a 表现记录. Its date may not be after today; one before the first period is
 * kept with a warning (it may still weigh on a later period through its 影响期).
 */
export function saveIncident(ctx: ChangeContext, input: IncidentInput): IncidentSaved {
  const org = ctx.view.org();
  const now = ctx.tx.now;
  const dates = checkIncidentDate(input.date, ctx.tx.today, ctx.view.periods()[0] ?? null);
  if (dates.error) throw rejected(dates.error);
  const saved = ctx.tx.changeIncidents((d) => {
    const i = input.id ? d.incidents.findIndex((x) => x.id === input.id) : -1;
    if (input.id && i < 0) throw notFound('这条表现记录');
    const before = i >= 0 ? d.incidents[i] : null;
    const incident = buildIncident(org, input, before, now);
    if (incident.tolerance && !isNegative(incident.kind)) throw rejected('已有容错认定的记录不能改为正面表现。');
    if (i >= 0) d.incidents[i] = incident;
    else d.incidents.push(incident);
    return { incident, before };
  });
  const row = incidentRow(org, saved.incident);
  ctx.tx.audit({
    action: input.id ? 'incident.update' : 'incident.create',
    target: saved.incident.id,
    summary: `${input.id ? '修改' : '登记'}表现记录：${row.name ?? row.unitLabel} ${saved.incident.date} ${saved.incident.kind}（${saved.incident.handling}）${dates.warning ? '（日期早于第一个考核周期）' : ''}`,
    before: saved.before,
    after: saved.incident,
  });
  return { ...row, warning: dates.warning };
}

export function deleteIncident(ctx: ChangeContext, input: { id: string; reason: string }): { deleted: boolean } {
  const removed = ctx.tx.changeIncidents((d) => {
    const i = d.incidents.findIndex((x) => x.id === input.id);
    if (i < 0) throw notFound('这条表现记录');
    return d.incidents.splice(i, 1)[0];
  });
  ctx.tx.audit({
    action: 'incident.delete',
    target: input.id,
    summary: `删除表现记录 ${removed.date} ${removed.kind}`,
    before: removed,
    reason: input.reason,
  });
  return { deleted: true };
}

/**
 * Records a 容错纠错 decision (免责 or 从轻) with who decided, 文号, date and which of the
 * 三个区分开来 applies. Refused when the same person had an incident of the same kind in the
 * preceding window (default 12 months): a repeat cannot be tolerated again.
 */
export function decideTolerance(
  ctx: ChangeContext,
  input: {
    id: string;
    decision: Tolerance['decision'];
    body: string;
    docNo: string;
    date: string;
    distinction: 1 | 2 | 3;
    note: string | null;
  },
): IncidentRow {
  const org = ctx.view.org();
  const months = org.settings.appraisal.toleranceRepeatMonths;
  const saved = ctx.tx.changeIncidents((d) => {
    const incident = d.incidents.find((x) => x.id === input.id);
    if (!incident) throw notFound('这条表现记录');
    if (!isNegative(incident.kind)) throw rejected('正面表现不需要容错认定。');
    if (input.date < incident.date) throw rejected('容错认定日期不能早于事件日期。');
    const windowStart = addMonths(incident.date, -months);
    const earlier = d.incidents.find(
      (x) =>
        x.id !== incident.id &&
        x.personId === incident.personId &&
        x.kind === incident.kind &&
        x.date >= windowStart &&
        (x.date < incident.date || (x.date === incident.date && x.createdAt < incident.createdAt)),
    );
    if (earlier && incident.personId) {
      throw rejected(
        `同类事件在${months}个月内重复发生（${earlier.date} ${earlier.kind}：${earlier.reason.slice(0, 20)}），按规定不能再次容错。`,
      );
    }
    const before = incident.tolerance;
    incident.tolerance = {
      decision: input.decision,
      body: input.body,
      docNo: input.docNo,
      date: input.date,
      distinction: input.distinction,
      note: input.note,
      recordedAt: ctx.tx.now,
      recordedBy: ctx.actor,
    };
    incident.updatedAt = incident.tolerance.recordedAt;
    return { incident: { ...incident }, before };
  });
  const row = incidentRow(org, saved.incident);
  ctx.tx.audit({
    action: 'incident.tolerance',
    target: input.id,
    summary: `容错认定：${row.name ?? row.unitLabel} ${saved.incident.date} ${saved.incident.kind} → ${TOLERANCE_LABELS[input.decision]}（${input.body} ${input.docNo}）`,
    before: saved.before,
    after: saved.incident.tolerance,
  });
  return row;
}

/** 立案审查 closed: its open-ended window ends on that day. */
export function closeCase(ctx: ChangeContext, input: { id: string; closedOn: string }): IncidentRow {
  const org = ctx.view.org();
  const saved = ctx.tx.changeIncidents((d) => {
    const incident = d.incidents.find((x) => x.id === input.id);
    if (!incident) throw notFound('这条表现记录');
    if (incident.handling !== '立案审查') throw rejected('只有立案审查需要登记结案。');
    if (input.closedOn < incident.date) throw rejected('结案日期不能早于立案日期。');
    incident.closedOn = input.closedOn;
    incident.impactUntil = input.closedOn;
    incident.updatedAt = ctx.tx.now;
    return { ...incident };
  });
  const row = incidentRow(org, saved);
  ctx.tx.audit({
    action: 'incident.close',
    target: input.id,
    summary: `${row.name ?? row.unitLabel} 立案审查于 ${input.closedOn} 结案`,
    after: { closedOn: input.closedOn },
  });
  return row;
}
