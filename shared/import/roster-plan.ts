import { PERSON_STATUS_LABELS, type PersonStatus } from '../domain/codes';
import type { Incident } from '../domain/incident';
import type { OrgData } from '../domain/org';
import { PERSON_FIELD_LABELS, type Person, type PersonFields } from '../domain/person';
import { ROLE_LABELS, type RoleKind } from '../domain/role';
import { UNIT_KIND_LABELS, unitLabel, unitPath, type UnitKind } from '../domain/unit';
import { cellText, type WorkbookGrid } from '../excel/cells';
import { maskIdNumber } from '../text/id-card';
import { inferCategory } from './category-inference';
import { effectiveMapping, mappedLabels, withClerkColumns, type ColumnMapping } from './column-mapping';
import { isNationalWorkbook, isPersonSheet, joinNational } from './national-workbook';
import { annualResultProposals, incidentProposals, type AnnualResultProposal, type IncidentProposal } from './national-proposals';
import {
  emptyPlan,
  forEachDataRow,
  mergePlans,
  noTableError,
  type FieldChange,
  type ImportPlan,
  type ImportRowBase,
  type RowReader,
} from './plan';
import { rolesFromPost } from './role-proposals';
import { readRosterRow, type RosterRowValues } from './roster-values';
import { ROSTER_FIELD_MAP, type RosterColumn } from './roster-sheet';
import { UnitIndex, type UnitMatch } from './unit-match';
import { placeResolver, type UnitSource } from './unit-resolve';

export interface PlannedRow extends ImportRowBase {
  personId: string | null;
  fields: Partial<PersonFields>;
  unit: UnitMatch;
  /** Where the unit was read from (单位列, 分段标题, 职务中的单位 …); null when not found. */
  unitSource: UnitSource | null;
  personStatus: PersonStatus | null;
  notes: string[];
}

/** A manager role the post implies, for the clerk to tick. `row` indexes plan.rows. */
export interface RoleProposal {
  id: string;
  row: number;
  kind: RoleKind;
  /** The bureau for bureau-wide roles, else the person's own (perhaps new) unit. */
  scope: UnitMatch;
  label: string;
  reason: string;
}

export interface RosterPlan extends ImportPlan<PlannedRow> {
  /** 导入到 as given (an active unit's id), or null. */
  fileUnitId: string | null;
  /** The columns the clerk mapped in this preview, remembered when the import is written. */
  mapping: ColumnMapping;
  /** What the file implies besides the people, each to be ticked by the clerk in the preview. */
  proposals: { roles: RoleProposal[]; incidents: IncidentProposal[]; annualResults: AnnualResultProposal[] };
}

export interface RosterPlanOptions {
  /** 导入到: the unit of rows whose unit the file does not give (CLI --unit). */
  fileUnitId?: string | null;
  /** Header text → field: remembered from earlier imports ('' = none). */
  remembered?: ColumnMapping;
  /** Header text → field, chosen by the clerk in this preview ('' = none). */
  mapping?: ColumnMapping;
  /** Incidents already recorded: an A14 reward or sanction among them is not offered again. */
  incidents?: readonly Incident[];
}

const UNIT_LIKE = /(局|机关|中心|科|室|股|站|所|院|队|处|办)$/;
const ROSTER_KEYS = [...new Set(ROSTER_FIELD_MAP.fields.map((f) => f.key))];
const filledCells = (r: RowReader<RosterColumn>) => ROSTER_KEYS.filter((k) => r.has(k) && cellText(r.cell(k)).trim() !== '').length;

interface Draft {
  r: RowReader<RosterColumn>;
  values: RosterRowValues;
  sheetUnit: string | null;
}

/**
 * Reads every roster table of a workbook against the current data: which rows are new people,
 * which change someone already on the roster (matched by 身份证号, else 姓名 + 出生年月), which
 * are unchanged and which cannot be imported, with every problem located by sheet, row and column.
 * A blank cell never clears a stored value; a column the sheet lacks is left alone. The national
 * extraction workbook is read as one roster (A01 joined with its post, level and education sheets).
 */
export function planRosterImport(grid: WorkbookGrid, org: OrgData, fileName: string, options: RosterPlanOptions = {}): RosterPlan {
  const plan: RosterPlan = {
    ...emptyPlan<PlannedRow>(fileName),
    fileUnitId: options.fileUnitId ?? null,
    mapping: options.mapping ?? {},
    proposals: { roles: [], incidents: [], annualResults: [] },
  };
  const national = isNationalWorkbook(grid);
  const mapping = effectiveMapping(options.remembered ?? {}, options.mapping);
  const map = withClerkColumns(ROSTER_FIELD_MAP, mapping);
  const drafts: Draft[] = [];
  forEachDataRow(
    grid,
    map,
    plan,
    (r, sheet) => {
      const values = readRosterRow(r, r.heading);
      // A row without 姓名 and 身份证号 and with at most one value is a template leftover (a 0 in an 排序 column).
      if (!values.fields.name && !cellText(r.cell('idNumber')).trim() && filledCells(r) < 2) return false;
      const sheetUnit = !national && UNIT_LIKE.test(sheet.name.trim()) ? sheet.name.trim() : null;
      drafts.push({ r, values, sheetUnit });
    },
    national ? isPersonSheet : undefined,
    mappedLabels(mapping),
  );

  const personSheets = [...plan.sheets];
  const joined = national
    ? joinNational(
        grid,
        drafts.map((d) => ({
          name: d.values.fields.name ?? null,
          idNumber: d.values.fields.idNumber ?? null,
          birth: d.values.fields.birth ?? null,
        })),
      )
    : null;
  if (joined) {
    plan.sheets.push(...joined.sheets);
    plan.skippedSheets.push(...joined.skippedSheets);
    plan.fileWarnings.push(...joined.warnings);
    for (const [i, fill] of joined.fill) {
      const { fields, place } = drafts[i].values;
      for (const [k, v] of Object.entries(fill.fields) as [keyof PersonFields, string][]) {
        if (fields[k] === null || fields[k] === undefined) (fields as Record<string, unknown>)[k] = v;
      }
      if (!place.unit && !place.department) place.unit = fill.unit;
    }
  }

  const index = new UnitIndex(org.units, org.organisation.name);
  const resolve = placeResolver(index, options.fileUnitId ?? null);
  const people = indexPeople(org);
  const seenIds = new Map<string, PlannedRow>();
  const labels = new Map<string, string>();
  const labelOfUnit = (id: string) => labels.get(id) ?? labels.set(id, unitLabel(org.units, id)).get(id)!;
  const missing = { id: 0, establishment: 0, inferred: 0 };
  for (const { r, values, sheetUnit } of drafts) {
    const f = values.fields;
    const existing = findExisting(people, f);
    const postFrom = f.post ? 'post' : f.postFullTitle ? 'postFullTitle' : null;
    const place = resolve({
      unit: values.place.unit,
      department: values.place.department,
      heading: values.place.heading,
      postText: postFrom ? (f[postFrom] ?? null) : null,
      sheet: sheetUnit,
      currentUnitId: existing?.unitId ?? null,
    });
    if (place.postRest && (postFrom === 'post' || !f.post)) f.post = place.postRest;
    else if (postFrom === 'postFullTitle' && !f.post && !r.has('post')) f.post = f.postFullTitle;

    const planned: PlannedRow = {
      sheet: r.sheet,
      row: r.row,
      name: f.name ?? '',
      status: 'invalid',
      personId: existing?.id ?? null,
      fields: f,
      unit: place.match,
      unitSource: place.source,
      unitLabel: describeUnit(org, place.match, labelOfUnit),
      personStatus: values.status,
      notes: [],
      changes: [],
      errors: values.errors.map((e) => r.issue(e.column, e.message)),
      warnings: values.warnings.map((e) => r.issue(e.column, e.message)),
    };
    plan.rows.push(planned);
    if (place.match.kind === 'error') planned.errors.push(r.issue(r.has('department') ? 'department' : 'unit', place.match.message));

    const id = f.idNumber;
    if (id) {
      const twin = seenIds.get(id);
      if (twin)
        planned.errors.push(r.issue('idNumber', `身份证号 ${maskIdNumber(id)} 与“${twin.sheet}”第${twin.row}行（${twin.name}）重复`));
      else seenIds.set(id, planned);
    }
    if (existing && planned.name && existing.name !== planned.name && id && existing.idNumber === id) {
      planned.warnings.push(
        r.issue('name', `花名册中的姓名“${planned.name}”与已登记的“${existing.name}”不同（身份证号相同），将改为新姓名`),
      );
    }
    if (planned.errors.length === 0) {
      warnGaps(r, planned, existing, index, missing);
      if (place.match.kind === 'new') plan.newUnits.push(planned.unitLabel);
      planned.changes = existing ? diff(labelOfUnit(existing.unitId), existing, planned) : [];
      planned.status = !existing ? 'new' : planned.changes.length ? 'changed' : 'unchanged';
    }
  }
  plan.newUnits = [...new Set(plan.newUnits)];
  fileGaps(plan, drafts, missing);
  if (plan.rows.length === 0) {
    plan.fileErrors.push(
      noTableError(
        grid.sheets.filter((s) => !s.hidden).map((s) => s.name),
        personSheets,
        '花名册',
        '表头至少要有“姓名”和另外两列（如性别、出生年月、身份证号、单位）。',
        '人员',
      ),
    );
  }
  plan.proposals.roles = roleProposals(plan, org, index);
  if (joined) {
    const rowOf = (draft: number) => plan.rows[draft];
    plan.proposals.incidents = incidentProposals(joined.rewards, rowOf, options.incidents ?? [], plan.fileWarnings);
    plan.proposals.annualResults = annualResultProposals(joined.appraisals, rowOf);
  }
  return plan;
}

/**
 * Row warnings for gaps that change what the app prints and counts: no 身份证号 (matched by name
 * and birth), no 编制类型 or 人员类别 (the 登记表 variant and the quota pools depend on them), and a
 * 人员类别 inferred from the 编制类型. A column the whole sheet lacks is said once, for the file.
 */
function warnGaps(
  r: RowReader<RosterColumn>,
  row: PlannedRow,
  existing: Person | null,
  index: UnitIndex,
  missing: { id: number; establishment: number; inferred: number },
): void {
  const f = row.fields;
  if (!f.idNumber && !existing?.idNumber) {
    if (!r.has('idNumber')) missing.id++;
    else
      row.warnings.push(
        r.issue(
          'idNumber',
          f.birth
            ? '没有身份证号：按姓名和出生年月与花名册中已有的人对应'
            : '没有身份证号和出生年月：无法与花名册中已有的人对应，再次导入会重复添加',
        ),
      );
  }
  const establishment = f.establishment ?? existing?.establishment ?? null;
  if (!f.category && !existing?.category && establishment) {
    const inferred = inferCategory(establishment, inSubunit(index, row.unit));
    if (inferred) {
      f.category = inferred;
      row.notes.push(`人员类别按编制类型“${establishment}”推定为“${inferred}”`);
      missing.inferred++;
    }
  }
  if (!establishment && !f.category && !existing?.category) {
    if (!r.has('establishment') && !r.has('category')) missing.establishment++;
    else row.warnings.push(r.issue('establishment', GAP_ESTABLISHMENT));
  }
}

const GAP_ESTABLISHMENT =
  '没有编制类型和人员类别：平时考核登记表将按事业单位工作人员的格式打印；编外聘用人员不会进入编外人员的单独名额池，也不会有续聘建议。请补上编制类型';

/** The file-level form of the gaps above, once per file. */
function fileGaps(plan: RosterPlan, drafts: Draft[], missing: { id: number; establishment: number; inferred: number }): void {
  const sheet = drafts[0]?.r.sheet ?? '';
  if (missing.id)
    plan.fileWarnings.push({
      sheet,
      row: 0,
      column: '身份证号',
      message: `表中没有“身份证号”列：${missing.id} 人按姓名和出生年月与花名册中已有的人对应；同名同出生年月的人无法区分`,
    });
  if (missing.establishment)
    plan.fileWarnings.push({
      sheet,
      row: 0,
      column: '编制类型',
      message: `表中没有“编制类型”和“人员类别”列（${missing.establishment} 人）：${GAP_ESTABLISHMENT.replace(/^没有编制类型和人员类别：/, '')}`,
    });
  if (missing.inferred)
    plan.fileWarnings.push({
      sheet,
      row: 0,
      column: '人员类别',
      message: `${missing.inferred} 人没有填写人员类别，已按编制类型推定（行政编制→公务员，参公→参照管理人员，事业编制→事业单位工作人员，工勤→工勤人员，编外→编外聘用人员），请核对预览中标为“推定”的行`,
    });
}

function inSubunit(index: UnitIndex, m: UnitMatch): boolean {
  if (m.kind === 'error') return false;
  if (m.kind === 'new' && m.chain.some((c) => c.kind === 'subunit')) return true;
  const id = m.kind === 'existing' ? m.unitId : m.parentId;
  return unitPath(index.active, id).some((u) => u.kind === 'subunit');
}

/** Roles the posts imply, for rows that import, unless the person already holds them. */
function roleProposals(plan: RosterPlan, org: OrgData, index: UnitIndex): RoleProposal[] {
  const out: RoleProposal[] = [];
  const bureau = index.bureau;
  if (!bureau) return out;
  const people = new Map(org.people.map((p) => [p.id, p]));
  const held = new Set(org.roles.filter((x) => x.until === null).map((x) => `${x.personId}|${x.kind}|${x.unitId}`));
  plan.rows.forEach((row, i) => {
    if (row.status === 'invalid' || row.unit.kind === 'error') return;
    const post = row.fields.post ?? (row.personId ? people.get(row.personId)?.post : null) ?? null;
    if (!post) return;
    const unit = unitOf(org, row.unit);
    for (const role of rolesFromPost(post, unit)) {
      const scope: UnitMatch = role.scope === 'bureau' ? { kind: 'existing', unitId: bureau.id } : row.unit;
      if (row.personId !== null && scope.kind === 'existing' && held.has(`${row.personId}|${role.kind}|${scope.unitId}`)) continue;
      const scopeLabel = role.scope === 'bureau' ? '全局' : row.unitLabel;
      out.push({
        id: `role:${i}:${role.kind}`,
        row: i,
        kind: role.kind,
        scope,
        label: `${row.name}：${ROLE_LABELS[role.kind]}（${scopeLabel}）`,
        reason: `职务“${post}”`,
      });
    }
  });
  return out;
}

function unitOf(org: OrgData, m: Exclude<UnitMatch, { kind: 'error' }>): { kind: UnitKind; name: string } {
  if (m.kind === 'existing') {
    const u = org.units.find((x) => x.id === m.unitId)!;
    return { kind: u.kind, name: u.name };
  }
  return m.chain[m.chain.length - 1];
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

function describeUnit(org: OrgData, m: UnitMatch, labelOf: (id: string) => string): string {
  if (m.kind === 'existing') return labelOf(m.unitId);
  if (m.kind === 'error') return '';
  const parent = org.units.find((u) => u.id === m.parentId);
  const base = parent && parent.kind !== 'bureau' ? `${labelOf(parent.id)} ` : '';
  return `${base}${m.chain.map((c) => c.name).join(' ')}（新${UNIT_KIND_LABELS[m.chain[m.chain.length - 1].kind]}）`;
}

/** Several rosters previewed together: one plan, proposals pointing at the merged rows. */
export function mergeRosterPlans(plans: RosterPlan[]): RosterPlan {
  if (plans.length === 1) return plans[0];
  const offsets = plans.map((_, i) => plans.slice(0, i).reduce((n, p) => n + p.rows.length, 0));
  const shift = <T extends { id: string; row: number }>(list: (p: RosterPlan) => T[]) =>
    plans.flatMap((p, i) => list(p).map((x) => ({ ...x, id: `${i}:${x.id}`, row: x.row + offsets[i] })));
  return {
    ...mergePlans(plans),
    fileUnitId: plans[0].fileUnitId,
    mapping: plans[0].mapping,
    proposals: {
      roles: shift((p) => p.proposals.roles),
      incidents: shift((p) => p.proposals.incidents),
      annualResults: shift((p) => p.proposals.annualResults),
    },
  };
}
