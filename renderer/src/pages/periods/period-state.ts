import type { PeriodSummary } from '@shared/api/appraisal-schemas';
import { INPUTS_OPEN, PERIOD_STATES, PERIOD_STATE_LABELS, type PeriodState } from '@shared/domain/period';

export const STATE_COLORS: Record<PeriodState, string> = {
  recording: 'blue',
  reviewing: 'cyan',
  grading: 'purple',
  publicity: 'orange',
  archived: 'default',
};

/** The state a period moves on to, or null once archived. */
export const nextState = (s: PeriodState): PeriodState | null => PERIOD_STATES[PERIOD_STATES.indexOf(s) + 1] ?? null;

/** The states a period can be sent back to (each needs a reason). */
export const earlierStates = (s: PeriodState): PeriodState[] => PERIOD_STATES.slice(0, PERIOD_STATES.indexOf(s));

/** Why the inputs of this period cannot be changed, or null while they can. */
export function lockedReason(p: Pick<PeriodSummary, 'label' | 'state'>): string | null {
  if (INPUTS_OPEN.includes(p.state)) return null;
  return p.state === 'archived'
    ? `${p.label}已归档，考核材料只能查看。如确需修改，请先“重新打开”（须写明理由）。`
    : `${p.label}已进入${PERIOD_STATE_LABELS.publicity}，考核材料只能查看。如确需修改，请先退回“${PERIOD_STATE_LABELS.grading}”（须写明理由）。`;
}
