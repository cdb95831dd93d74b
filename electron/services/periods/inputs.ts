import type { Period } from '../../../shared/domain/period';
import type { UnitInputs } from '../../../shared/domain/period-inputs';
import type { ReadContext } from '../context';
import { assertInputsOpen, participant } from './periods';

/** The period, the participant and their unit's inputs, checked for editing when `forEdit`. */
export async function inputsFor(
  ctx: ReadContext,
  periodId: string,
  personId: string,
  forEdit: boolean,
): Promise<{ period: Period; name: string; unitId: string; inputs: UnitInputs }> {
  const period = await ctx.view.period(periodId);
  if (forEdit) assertInputsOpen(period);
  const p = participant(period, personId);
  return { period, name: p.name, unitId: p.unitId, inputs: await ctx.view.unit(periodId, p.unitId) };
}
