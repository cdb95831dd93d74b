import type { GradingView } from '../../../shared/api/appraisal-schemas';
import type { AuditInput } from '../audit/audit-log';
import { rejected } from '../app-error';
import type { ChangeContext } from '../context';
import { gradingView } from './view';

/**
 * Stages the clerk's confirmation of accountability results (DOMAIN.md §4.4), each bound to the
 * result as it stands (its fingerprint), with the clerk's note. `fingerprints` null confirms
 * every result of the period (确认全部: the screen lists the names and asks once more first).
 * Answers the audit entry, which names each person, role, reading and scope.
 */
export async function confirmResults(
  ctx: ChangeContext,
  input: { periodId: string; fingerprints: string[] | null; note: string | null },
): Promise<AuditInput> {
  const period = await ctx.view.period(input.periodId);
  if (period.state !== 'grading') throw rejected(`${period.label}已不在“评定”阶段，不能再确认管理责任规则的结果。`);
  const results = period.grading.result?.accountability ?? [];
  if (results.length === 0) throw rejected(`${period.label}没有管理责任规则的结果需要确认。`);
  const chosen = input.fingerprints === null ? results : results.filter((r) => input.fingerprints!.includes(r.fingerprint));
  const missing = (input.fingerprints ?? []).filter((f) => !results.some((r) => r.fingerprint === f));
  if (missing.length)
    throw rejected('要确认的结果已经不是现在的评定结果（评定重新运行过，依据或结果有了变化）。请刷新后按现在的结果确认。');
  if (chosen.some((r) => r.fingerprint === '')) throw rejected('这一结果是旧版本程序评定的，无法确认它的依据。请先重新运行评定，再确认。');
  const note = input.note?.trim() || null;
  await ctx.tx.changePeriod(input.periodId, (d) => {
    const kept = d.grading.confirmations.filter((c) => !chosen.some((r) => r.fingerprint === c.fingerprint));
    d.grading.confirmations = [
      ...kept,
      ...chosen.map((r) => ({
        fingerprint: r.fingerprint,
        personId: r.personId,
        name: r.name,
        role: r.role,
        scope: r.scope,
        note,
        at: ctx.tx.now,
        by: ctx.actor,
      })),
    ];
  });
  const what = (r: (typeof results)[number]) =>
    `${r.name}（${r.role}，${r.scope}）${r.superior ? '建议上级党组织评为“较差”' : '评为“较差”'}`;
  return {
    action: 'grading.confirm',
    target: input.periodId,
    summary: `${period.label} 确认管理责任规则结果${input.fingerprints === null ? '（全部）' : ''}：${chosen.map(what).join('、')}`,
    after: chosen.map((r) => ({
      personId: r.personId,
      reading: r.reading,
      scope: r.scope,
      periods: r.periodIds,
      incidents: r.incidents.map((i) => i.id),
      fingerprint: r.fingerprint,
    })),
    reason: note,
  };
}

/** grading:confirm: one confirmation (or all), one audit entry. */
export async function confirmAccountability(
  ctx: ChangeContext,
  input: { periodId: string; fingerprints: string[] | null; note: string | null },
): Promise<GradingView> {
  ctx.tx.audit(await confirmResults(ctx, input));
  return gradingView(ctx, await ctx.view.period(input.periodId));
}
