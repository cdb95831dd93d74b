import type { Period } from '../../../shared/domain/period';
import type { UnitInputs } from '../../../shared/domain/period-inputs';
import type { DeskContext } from '../context';
import { requirePeriods } from '../store/data-folder';
import type { Store } from '../store/store';
import { assertInputsOpen, participant } from './periods';

/** The period, the participant and the unit file holding their inputs, checked for editing. */
export async function inputsFor(
  ctx: DeskContext,
  periodId: string,
  personId: string,
  forEdit: boolean,
): Promise<{ period: Period; name: string; unit: Store<UnitInputs> }> {
  const files = requirePeriods(ctx.folder);
  const period = (await files.period(periodId)).data;
  if (forEdit) assertInputsOpen(period);
  const p = participant(period, personId);
  return { period, name: p.name, unit: await files.unit(periodId, p.unitId) };
}
