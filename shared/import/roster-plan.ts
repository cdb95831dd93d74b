import { PERSON_STATUS_LABELS, type PersonStatus } from '../domain/codes';
import type { OrgData } from '../domain/org';
import { PERSON_FIELD_LABELS, type Person, type PersonFields } from '../domain/person';
import { UNIT_KIND_LABELS, unitLabel } from '../domain/unit';
import type { WorkbookGrid } from '../excel/cells';
import { maskIdNumber } from '../text/id-card';
import { emptyPlan, forEachDataRow, noTableError, type FieldChange, type ImportPlan, type ImportRowBase } from './plan';
import { readRosterRow } from './roster-values';
import { ROSTER_FIELD_MAP } from './roster-sheet';
import { unitMatcher, type UnitMatch } from './unit-match';

export interface PlannedRow extends ImportRowBase {
  personId: string | null;
  fields: Partial<PersonFields>;
  unit: UnitMatch;
  personStatus: PersonStatus | null;
}

export type RosterPlan = ImportPlan<PlannedRow>;

const UNIT_LIKE = /(局|机关|中心|科|室|股|站|所|院|队|处|办)$/;

/**
 * Reads every roster table of a workbook against the current data: which rows are new people,
 * which change someone already on the roster (matched by 身份证号, else 姓名 + 出生年月), which
 * are unchanged and which cannot be imported, with every problem located by sheet, row and column.
 * A blank cell never clears a stored value; a column the sheet lacks is left alone.
 */
export function planRosterImport(grid: WorkbookGrid, org: OrgData, fileName: string): RosterPlan {
  const plan: RosterPlan = emptyPlan(fileName);
  const seenIds = new Map<string, PlannedRow>();
  const newUnitLabels = new Set<string>();
  const index = indexPeople(org);
  const matchUnit = unitMatcher(org.units, org.organisation.name);
  const labels = new Map<string, string>();
  const labelOfUnit = (id: string) => labels.get(id) ?? labels.set(id, unitLabel(org.units, id)).get(id)!;
  forEachDataRow(grid, ROSTER_FIELD_MAP, plan, (r, sheet) => {
    // One sheet per unit: the sheet's name stands in for missing 单位/科室 columns.
    const sheetUnit = UNIT_LIKE.test(sheet.name.trim()) && !r.has('unit') && !r.has('department') ? sheet.name.trim() : null;
    const values = readRosterRow(r, r.heading ?? sheetUnit);
    const planned: PlannedRow = {
      sheet: r.sheet,
      row: r.row,
      name: values.fields.name ?? '',
      status: 'invalid',
      personId: null,
      fields: values.fields,
      unit: { kind: 'error', message: '' },
      unitLabel: '',
      personStatus: values.status,
      changes: [],
      errors: values.errors.map((e) => r.issue(e.column, e.message)),
      warnings: values.warnings.map((e) => r.issue(e.column, e.message)),
    };
    plan.rows.push(planned);
    const id = values.fields.idNumber;
    if (id) {
      const twin = seenIds.get(id);
      if (twin)
        planned.errors.push(r.issue('idNumber', `身份证号 ${maskIdNumber(id)} 与“${twin.sheet}”第${twin.row}行（${twin.name}）重复`));
      else seenIds.set(id, planned);
    }
    const existing = findExisting(index, values.fields);
    planned.personId = existing?.id ?? null;
    const hasPlace = values.place.unit || values.place.department || values.place.heading;
    if (hasPlace || !existing) {
      planned.unit = matchUnit(values.place);
      if (planned.unit.kind === 'error') planned.errors.push(r.issue(r.has('department') ? 'department' : 'unit', planned.unit.message));
    } else {
      planned.unit = { kind: 'existing', unitId: existing.unitId };
    }
    planned.unitLabel = planned.unit.kind === 'existing' ? labelOfUnit(planned.unit.unitId) : describeUnit(org, planned.unit);
    if (planned.unit.kind === 'new') newUnitLabels.add(planned.unitLabel);
    if (existing && planned.name && existing.name !== planned.name && id && existing.idNumber === id) {
      planned.warnings.push(
        r.issue('name', `花名册中的姓名“${planned.name}”与已登记的“${existing.name}”不同（身份证号相同），将改为新姓名`),
      );
    }
    if (planned.errors.length === 0) {
      planned.changes = existing ? diff(labelOfUnit(existing.unitId), existing, planned) : [];
      planned.status = !existing ? 'new' : planned.changes.length ? 'changed' : 'unchanged';
    }
  });
  if (plan.rows.length === 0) {
    plan.fileErrors.push(
      noTableError(
        grid.sheets.map((s) => s.name),
        plan.sheets.some((s) => s.tables > 0),
        '花名册',
        '表头至少要有“姓名”和另外两列（如性别、出生年月、身份证号、单位）。',
      ),
    );
  }
  plan.newUnits = [...newUnitLabels];
  return plan;
}

interface PeopleIndex {
  byId: Map<string, Person>;
  byNameBirth: Map<string, Person[]>;
}

function indexPeople(org: OrgData): PeopleIndex {
  const byId = new Map<string, Person>();
  const byNameBirth = new Map<string, Person[]>();
  for (const p of org.people) {
    if (p.idNumber) byId.set(p.idNumber, p);
    if (p.birth) {
      const key = `${p.name}|${p.birth}`;
      byNameBirth.set(key, [...(byNameBirth.get(key) ?? []), p]);
    }
  }
  return { byId, byNameBirth };
}

/** By 身份证号; without one, by 姓名 + 出生年月 when exactly one person without an ID has them. */
function findExisting(index: PeopleIndex, f: Partial<PersonFields>): Person | null {
  if (f.idNumber) {
    const byId = index.byId.get(f.idNumber);
    if (byId) return byId;
  }
  if (f.name && f.birth) {
    const same = (index.byNameBirth.get(`${f.name}|${f.birth}`) ?? []).filter((p) => !f.idNumber || !p.idNumber);
    if (same.length === 1) return same[0];
  }
  return null;
}

function diff(currentUnitLabel: string, p: Person, row: PlannedRow): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [k, v] of Object.entries(row.fields) as [keyof PersonFields, string | null][]) {
    if (v === null || v === undefined || v === p[k]) continue; // blank never clears
    const show = (x: string | null) => (k === 'idNumber' && x ? maskIdNumber(x) : x);
    changes.push({ field: k, label: PERSON_FIELD_LABELS[k], before: show(p[k] ?? null), after: show(v) });
  }
  if (row.unit.kind === 'new' || (row.unit.kind === 'existing' && row.unit.unitId !== p.unitId)) {
    changes.push({ field: 'unitId', label: '单位', before: currentUnitLabel, after: row.unitLabel });
  }
  if (row.personStatus && row.personStatus !== p.status) {
    changes.push({ field: 'status', label: '状态', before: PERSON_STATUS_LABELS[p.status], after: PERSON_STATUS_LABELS[row.personStatus] });
  }
  return changes;
}

function describeUnit(org: OrgData, m: UnitMatch): string {
  if (m.kind === 'existing') return unitLabel(org.units, m.unitId);
  if (m.kind === 'error') return '';
  const parent = org.units.find((u) => u.id === m.parentId);
  const base = parent && parent.kind !== 'bureau' ? `${unitLabel(org.units, parent.id)} ` : '';
  return `${base}${m.chain.map((c) => c.name).join(' ')}（新${UNIT_KIND_LABELS[m.chain[m.chain.length - 1].kind]}）`;
}
