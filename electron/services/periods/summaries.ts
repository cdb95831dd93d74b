import type { Attendance, SelfSummary } from '../../../shared/domain/period-inputs';
import type { ChangeContext, ReadContext } from '../context';
import { inputsFor } from './inputs';

export async function getSummary(ctx: ReadContext, input: { periodId: string; personId: string }): Promise<SelfSummary | null> {
  const { inputs } = await inputsFor(ctx, input.periodId, input.personId, false);
  return inputs.summaries.find((s) => s.personId === input.personId) ?? null;
}

/** 个人小结 and the attendance the 登记表 prints (旷工, 病事假, 迟到早退). */
export async function saveSummary(
  ctx: ChangeContext,
  input: { periodId: string; personId: string; text: string; attendance: Attendance },
): Promise<SelfSummary> {
  const { unitId, name, period } = await inputsFor(ctx, input.periodId, input.personId, true);
  const summary: SelfSummary = { personId: input.personId, text: input.text, attendance: input.attendance, updatedAt: ctx.tx.now };
  const before = await ctx.tx.changeUnit(period.id, unitId, (d) => {
    const i = d.summaries.findIndex((s) => s.personId === input.personId);
    const old = i >= 0 ? d.summaries[i] : null;
    if (i >= 0) d.summaries[i] = summary;
    else d.summaries.push(summary);
    return old;
  });
  ctx.tx.audit({
    action: 'summary.save',
    target: `${input.periodId}/${input.personId}`,
    summary: `${period.label} ${name} 个人小结（${input.text.length} 字）与出勤`,
    before: before?.attendance ?? null,
    after: input.attendance,
  });
  return summary;
}
