import type { ImportIssue } from '../api/contract';
import type { OrgData } from '../domain/org';
import type { Person } from '../domain/person';
import { ROLE_LABELS, ROLE_SCOPE_KIND, type RoleAssignment, type RoleKind } from '../domain/role';
import { roleProblem } from '../domain/role-check';
import { unitLabel } from '../domain/unit';
import type { WorkbookGrid } from '../excel/cells';
import { maskIdNumber, normalizeIdNumber } from '../text/id-card';
import { readCode, readDate, readName, readText } from './cell-values';
import { emptyPlan, forEachDataRow, noTableError, type ImportPlan, type ImportRowBase } from './plan';
import { ROLE_FIELD_MAP, ROLE_WORDS, type RoleColumn } from './role-sheet';
import { cleanName, matchUnit, UnitIndex } from './unit-match';

export interface RoleRowPlan extends ImportRowBase {
  /** The role to write: a new one, or (id set) a held one whose 分管单位 change. */
  role: RoleAssignment | null;
}

/**
 * The 管理职责 sheet against the roster: each row names a person on it (by 身份证号, else a name
 * only one person has), a role, its scope (a 科室 or 二层单位 for those roles; the bureau's for the
 * others, blank allowed) and the 分管单位 of a 班子成员 — all of them units already set up. A role the
 * person holds already is unchanged, or changed when its 分管单位 differ. Nothing new is invented:
 * an unknown person or unit is an error.
 */
export function planRoleImport(
  grid: WorkbookGrid,
  org: OrgData,
  fileName: string,
  today: string,
  newId: () => string,
): ImportPlan<RoleRowPlan> {
  const plan = emptyPlan<RoleRowPlan>(fileName);
  const index = new UnitIndex(org.units, org.organisation.name);
  const seen = new Map<string, number>();
  forEachDataRow(grid, ROLE_FIELD_MAP, plan, (r) => {
    const errors: ImportIssue[] = [];
    const issue = (k: RoleColumn, message: string) => errors.push(r.issue(k, message));
    const name = readName(r.cell('name')) ?? '';
    const row: RoleRowPlan = {
      sheet: r.sheet,
      row: r.row,
      name,
      status: 'invalid',
      unitLabel: '',
      changes: [],
      errors,
      warnings: [],
      role: null,
    };
    plan.rows.push(row);
    const person = findPerson(org, name, readText(r.cell('idNumber')), (m) => issue(m.includes('身份证') ? 'idNumber' : 'name', m));
    const kind = readCode<RoleKind>(r.cell('kind'), ROLE_WORDS, '职责', Object.values(ROLE_LABELS));
    if (!kind.ok) issue('kind', kind.message);
    else if (!kind.value) issue('kind', '职责为空');
    const from = readDate(r.cell('from'));
    if (!from.ok) issue('from', from.message);
    if (!person || !kind.ok || !kind.value || !from.ok) return;
    const scope = scopeOf(index, org, person, kind.value, readText(r.cell('scope')), (m) => issue('scope', m));
    const supervised = (readText(r.cell('supervised')) ?? '')
      .split(/[、，,；;\s]+/)
      .filter(Boolean)
      .map((n) => {
        const m = matchUnit(index, { unit: n, department: null, heading: null });
        if (m.kind !== 'existing') issue('supervised', m.kind === 'error' ? m.message : `找不到单位“${n}”，请先在“单位”页面建立`);
        return m.kind === 'existing' ? m.unitId : null;
      })
      .filter((id): id is string => id !== null);
    if (!scope || errors.length) return;
    row.unitLabel = unitLabel(org.units, scope);
    const key = `${person.id}|${kind.value}|${scope}`;
    if (seen.has(key)) {
      issue('kind', `与第${seen.get(key)}行是同一人的同一职责`);
      return;
    }
    seen.set(key, row.row);
    const held = org.roles.find((x) => x.personId === person.id && x.kind === kind.value && x.unitId === scope && x.until === null);
    if (held) {
      const same = [...held.supervisedUnitIds].sort().join() === [...supervised].sort().join();
      row.role = same ? null : { ...held, supervisedUnitIds: supervised };
      row.status = same ? 'unchanged' : 'changed';
      if (!same)
        row.changes = [
          {
            field: 'supervisedUnitIds',
            label: '分管单位',
            before: held.supervisedUnitIds.map((id) => unitLabel(org.units, id)).join('、') || null,
            after: supervised.map((id) => unitLabel(org.units, id)).join('、') || null,
          },
        ];
      return;
    }
    const role: RoleAssignment = {
      id: newId(),
      personId: person.id,
      kind: kind.value,
      unitId: scope,
      supervisedUnitIds: supervised,
      from: from.value ?? today,
      until: null,
    };
    const problem = roleProblem(org, role);
    if (problem) {
      issue('kind', problem);
      return;
    }
    row.role = role;
    row.status = 'new';
  });
  if (plan.rows.length === 0)
    plan.fileErrors.push(
      noTableError(
        grid.sheets.filter((s) => !s.hidden).map((s) => s.name),
        plan.sheets,
        '管理职责',
        '表头至少要有“姓名”“职责”和另外一列（如身份证号、范围、分管单位）。可以先下载管理职责导入模板。',
      ),
    );
  return plan;
}

function findPerson(org: OrgData, name: string, idText: string | null, fail: (m: string) => void): Person | null {
  if (idText) {
    const id = normalizeIdNumber(idText);
    const hit = org.people.find((p) => p.idNumber === id);
    if (hit) return hit;
    fail(`花名册中没有身份证号为 ${maskIdNumber(id)} 的人`);
    return null;
  }
  if (!name) {
    fail('姓名为空');
    return null;
  }
  const named = org.people.filter((p) => p.name === name && (p.status === 'active' || p.status === 'seconded'));
  if (named.length === 1) return named[0];
  fail(named.length ? `花名册中有 ${named.length} 个“${name}”，请填写身份证号` : `花名册中没有“${name}”（请先导入花名册）`);
  return null;
}

/**
 * The role's scope: the unit named (no new units from this sheet), or when blank the bureau for a
 * bureau-wide role and the person's own 科室 / 二层单位 for the others.
 */
function scopeOf(
  index: UnitIndex,
  org: OrgData,
  person: Person,
  kind: RoleKind,
  text: string | null,
  fail: (m: string) => void,
): string | null {
  const wanted = ROLE_SCOPE_KIND[kind];
  const name = cleanName(text);
  if (!name) {
    if (wanted === 'bureau') return index.bureau?.id ?? null;
    const own = org.units.find((u) => u.id === person.unitId);
    const parent = own && org.units.find((u) => u.id === own.parentId);
    const fit = own?.kind === wanted ? own : parent?.kind === wanted ? parent : null;
    if (!fit) fail(`请在“范围”中写明${person.name}负责的${wanted === 'department' ? '科室' : '二层单位'}`);
    return fit?.id ?? null;
  }
  const m = matchUnit(index, { unit: name, department: null, heading: null });
  if (m.kind === 'existing') return m.unitId;
  fail(m.kind === 'error' ? m.message : `找不到单位“${name}”，请先在“单位”页面建立`);
  return null;
}
