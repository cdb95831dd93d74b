import ExcelJS from 'exceljs';
import type { FileOutput } from '../../../shared/api/contract';
import { ROSTER_FORM, type RosterFormRow } from '../../../shared/forms/roster-form';
import { unitLabel, unitSubtree, unitsInTreeOrder } from '../../../shared/domain/unit';
import { sortByStroke } from '../../../shared/text/stroke-order';
import { todayIso, type DeskContext } from '../context';
import { fileOutput } from '../excel/file-input';
import { writeTableForm } from '../excel/write-table-form';
import { requireOrg } from '../store/data-folder';
import { activeUnit } from './units';
import { workbookBytes } from '../excel/workbook-bytes';

/** 花名册 of the people in post (and seconded out), by unit in tree order, then 姓氏笔画. */
export async function exportRoster(ctx: DeskContext, input: { unitId: string | null; file?: string }): Promise<FileOutput> {
  const org = requireOrg(ctx.folder).data;
  const scope = input.unitId ? activeUnit(org, input.unitId) : null;
  const inScope = scope ? unitSubtree(org.units, scope.id) : null;
  const order = new Map(unitsInTreeOrder(org.units).map((u, i) => [u.id, i]));
  const people = org.people.filter((p) => (p.status === 'active' || p.status === 'seconded') && (!inScope || inScope.has(p.unitId)));
  const rows: RosterFormRow[] = sortByStroke(people, (p) => p.name)
    .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0))
    .map((person) => ({ person, unitLabel: unitLabel(org.units, person.unitId) }));
  const wb = new ExcelJS.Workbook();
  wb.creator = '平时考核';
  writeTableForm(wb, ROSTER_FORM, rows, { organisation: org.organisation.name, scope: scope ? unitLabel(org.units, scope.id) : org.organisation.name, asOf: todayIso() });
  const name = `${org.organisation.name}花名册${scope ? `-${scope.name}` : ''}-${todayIso().replace(/-/g, '')}.xlsx`;
  return fileOutput(name, await workbookBytes(wb), input.file);
}
