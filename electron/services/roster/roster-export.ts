import type { FileOutput } from '../../../shared/api/contract';
import {
  ROSTER_PRINT_DEFAULT,
  rosterFormFor,
  rosterPrintForm,
  type RosterFormRow,
  type RosterPrintKey,
} from '../../../shared/forms/roster-form';
import { unitLabel } from '../../../shared/domain/unit';
import { type ReadContext } from '../context';
import { todayIso } from '../clock';
import { formOutput, type BuiltForm } from '../forms/built-form';
import { inFormOrder } from '../forms/form-scope';
import { Jobs } from '../jobs/jobs';
import { activeUnit } from './units';

/**
 * 花名册 of the people in post (and seconded out), by unit in tree order, then 姓氏笔画. For Excel
 * every field, in the layout the import reads back; to print the chosen columns (the request's,
 * else the settings', else the 干部名册's 15) under each unit's name.
 */
export function buildRoster(
  ctx: ReadContext,
  input: { unitId?: string | null; columns?: RosterPrintKey[] },
  purpose: 'print' | 'xlsx' = 'xlsx',
): Promise<BuiltForm> {
  const org = ctx.view.org();
  const scope = input.unitId ? activeUnit(org, input.unitId) : null;
  const people = org.people.filter((p) => p.status === 'active' || p.status === 'seconded');
  const rows: RosterFormRow[] = inFormOrder(org, people, { unitId: scope?.id }, (p) => ({
    unitId: p.unitId,
    personId: p.id,
    name: p.name,
  })).map((person) => ({
    person,
    unitLabel: unitLabel(org.units, person.unitId),
  }));
  const label = scope ? unitLabel(org.units, scope.id) : org.organisation.name;
  const form =
    purpose === 'xlsx'
      ? rosterFormFor(rows)
      : rosterPrintForm(input.columns ?? org.settings.forms.rosterPrintColumns ?? ROSTER_PRINT_DEFAULT);
  return Promise.resolve({
    kind: 'table',
    copies: [{ form, rows, ctx: { organisation: org.organisation.name, scope: label, asOf: todayIso() } }],
    title: `${org.organisation.name}花名册`,
    fileName: `${org.organisation.name}花名册${scope ? `-${scope.name}` : ''}-${todayIso().replace(/-/g, '')}`,
  });
}

/** The 花名册 workbook, in the layout the roster import reads back. */
export async function exportRoster(ctx: ReadContext, input: { unitId: string | null; file?: string }): Promise<FileOutput> {
  return formOutput(await buildRoster(ctx, input), 'xlsx', Jobs.untracked(), input.file, ctx.printer);
}
