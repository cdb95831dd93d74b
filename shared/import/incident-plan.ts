import type { ImportIssue } from '../api/contract';
import { HANDLINGS, checkIncidentDate, impactEnd, type Incident, type IncidentKind, type Handling } from '../domain/incident';
import type { OrgData } from '../domain/org';
import type { Person } from '../domain/person';
import { unitLabel } from '../domain/unit';
import type { WorkbookGrid } from '../excel/cells';
import { checkIdNumber } from '../text/id-card';
import { readCode, readCount, readDate, readName, readText } from './cell-values';
import { HANDLING_WORDS, INCIDENT_FIELD_MAP, INCIDENT_KIND_WORDS, type IncidentColumn } from './incident-sheet';
import { emptyPlan, forEachDataRow, noTableError, type FieldChange, type ImportPlan, type ImportRowBase } from './plan';

export interface IncidentRowPlan extends ImportRowBase {
  /** The incident to write (id of the existing one when changed). */
  incident: Omit<Incident, 'createdAt' | 'updatedAt' | 'tolerance' | 'closedOn'> | null;
}

/**
 * The 表现及问责 list against the roster: each row must name a person already on it (by 身份证号,
 * else by name, with the unit to tell namesakes apart) — an unknown name is an error, never a new
 * person. A row already recorded (same person, date, kind and handling) is unchanged. A date
 * after today is an error; one before the first period a warning.
 */
export function planIncidentImport(
  grid: WorkbookGrid,
  org: OrgData,
  existing: readonly Incident[],
  fileName: string,
  newId: () => string,
  dates: { today: string; firstPeriod: { label: string; start: string } | null },
): ImportPlan<IncidentRowPlan> {
  const plan = emptyPlan<IncidentRowPlan>(fileName);
  const seen = new Map<string, IncidentRowPlan>();
  const labels = new Map(org.units.map((u) => [u.id, unitLabel(org.units, u.id)]));
  forEachDataRow(grid, INCIDENT_FIELD_MAP, plan, (r) => {
    const errors: ImportIssue[] = [];
    const issue = (k: IncidentColumn, message: string) => errors.push(r.issue(k, message));
    const take = <T>(
      k: IncidentColumn,
      read: { ok: true; value: T | null } | { ok: false; message: string },
      required: string | null,
    ): T | null => {
      if (!read.ok) return (issue(k, read.message), null);
      if (read.value === null && required) issue(k, required);
      return read.value;
    };
    const name = readName(r.cell('name')) ?? '';
    const date = take('date', readDate(r.cell('date')), '时间为空');
    const kind = take<IncidentKind>(
      'kind',
      readCode(r.cell('kind'), INCIDENT_KIND_WORDS, '类别', Object.keys(INCIDENT_KIND_WORDS)),
      '类别为空',
    );
    const handling = take<Handling>(
      'handling',
      readCode(r.cell('handling'), HANDLING_WORDS, '处理方式', Object.keys(HANDLINGS)),
      '处理方式为空',
    );
    const reason = readText(r.cell('reason'));
    if (!reason) issue('reason', '事由为空');
    const months = take('impactMonths', readCount(r.cell('impactMonths'), '影响期', 60), null);
    const person = findPerson(org, labels, name, readText(r.cell('idNumber')), readText(r.cell('unit')), issue);
    const row: IncidentRowPlan = {
      sheet: r.sheet,
      row: r.row,
      name,
      status: 'invalid',
      unitLabel: person ? labels.get(person.unitId)! : '',
      changes: [],
      errors,
      warnings: [],
      incident: null,
    };
    plan.rows.push(row);
    if (date) {
      // After today: refused; before the first period: kept, with a warning (issue 16 §6).
      const checked = checkIncidentDate(date, dates.today, dates.firstPeriod);
      if (checked.error) issue('date', checked.error);
      if (checked.warning) row.warnings.push(r.issue('date', checked.warning));
    }
    if (!person || !date || !kind || !handling || !reason) return;
    const impactMonths = months ?? HANDLINGS[handling];
    const key = `${person.id}|${date}|${kind}|${handling}`;
    const twin = seen.get(key);
    if (twin) issue('name', `与“${twin.sheet}”第${twin.row}行是同一条记录（同一人、同一天、同一类别和处理方式）`);
    seen.set(key, row);
    const before = existing.find((i) => `${i.personId}|${i.date}|${i.kind}|${i.handling}` === key) ?? null;
    const docNo = readText(r.cell('docNo'));
    row.incident = {
      id: before?.id ?? newId(),
      personId: person.id,
      unitId: person.unitId,
      kind,
      handling,
      date,
      reason,
      docNo,
      impactMonths,
      impactUntil: impactEnd(date, impactMonths, before?.closedOn ?? null),
    };
    if (errors.length) return;
    row.changes = before ? diffIncident(before, row.incident) : [];
    row.status = !before ? 'new' : row.changes.length ? 'changed' : 'unchanged';
  });
  if (plan.rows.length === 0)
    plan.fileErrors.push(
      noTableError(
        grid.sheets.map((s) => s.name),
        plan.sheets,
        '表现记录',
        '表头至少要有“姓名”“类别”和另外两列（如时间、事由、处理方式）。',
      ),
    );
  return plan;
}

function findPerson(
  org: OrgData,
  labels: Map<string, string>,
  name: string,
  id: string | null,
  unit: string | null,
  fail: (column: IncidentColumn, m: string) => void,
): Person | null {
  if (id) {
    const checked = checkIdNumber(id);
    const byId = checked.ok ? org.people.find((p) => p.idNumber === checked.id) : undefined;
    if (byId) return byId;
  }
  if (!name) return (fail('name', '姓名为空'), null);
  const named = org.people.filter((p) => p.name === name);
  if (named.length === 0) return (fail('name', `花名册中没有“${name}”，请先把此人登记到花名册（导入不会自动新增人员）`), null);
  if (named.length === 1) return named[0];
  const clean = (s: string) => s.replace(/\s+/g, '');
  const inUnit = unit ? named.filter((p) => clean(labels.get(p.unitId) ?? '').endsWith(clean(unit))) : [];
  if (inUnit.length === 1) return inUnit[0];
  return (fail('unit', `花名册中有 ${named.length} 个“${name}”，请在“单位（科室）”列写明是哪一位，或加“身份证号”列`), null);
}

function diffIncident(before: Incident, after: NonNullable<IncidentRowPlan['incident']>): FieldChange[] {
  const fields: [keyof Incident, string][] = [
    ['reason', '事由'],
    ['docNo', '文号'],
    ['impactMonths', '影响期（月）'],
  ];
  return fields
    .filter(([k]) => (before[k] ?? null) !== (after[k as keyof typeof after] ?? null))
    .map(([k, label]) => ({
      field: k,
      label,
      before: before[k] === null ? null : String(before[k]),
      after: after[k as keyof typeof after] === null ? null : String(after[k as keyof typeof after]),
    }));
}
