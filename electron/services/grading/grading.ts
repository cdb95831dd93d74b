import { GRADE_LABELS } from '../../../shared/domain/grade';
import type { Period } from '../../../shared/domain/period';
import type { GradingView } from '../../../shared/api/appraisal-schemas';
import { gradePeriod, type GradingResult } from '../../../shared/grading/engine';
import { feedbackText } from '../../../shared/grading/grade-change';
import type { EarlierPeriod, GradeOrUndetermined, GradingInput } from '../../../shared/grading/types';
import { unitLabel, unitSubtree, unitsInTreeOrder } from '../../../shared/domain/unit';
import { sortByStroke } from '../../../shared/text/stroke-order';
import { rejected } from '../app-error';
import type { DeskContext } from '../context';
import { requireIncidents, requireOrg, requirePeriods } from '../store/data-folder';
import { nowIso } from '../clock';

const gradeName = (g: GradeOrUndetermined | null) => (g === null ? '未评' : g === 'undetermined' ? '不确定等次' : GRADE_LABELS[g]);

/** The engine's input for a period as it stands (also used by the benchmark). */
export async function gradingInput(ctx: DeskContext, periodId: string): Promise<GradingInput> {
  return inputFor(ctx, (await requirePeriods(ctx.folder).period(periodId)).data, true);
}

/** Everything the engine needs about one period, read from the stores. */
async function inputFor(ctx: DeskContext, period: Period, withEarlier: boolean): Promise<GradingInput> {
  const org = requireOrg(ctx.folder).data;
  const files = requirePeriods(ctx.folder);
  const reviews = [];
  for (const unitId of new Set(period.participants.map((p) => p.unitId)))
    reviews.push(...(await files.unit(period.id, unitId)).data.reviews);
  const earlier: EarlierPeriod[] = [];
  if (withEarlier) {
    const before = files
      .list()
      .filter((p) => p.kind === period.kind && p.end < period.start)
      .slice(-(org.settings.appraisal.accountabilityWindow - 1));
    for (const summary of before.reverse()) earlier.push(await earlierOutcomes(ctx, (await files.period(summary.id)).data));
  }
  return {
    period: { id: period.id, label: period.label, start: period.start, end: period.end },
    participants: period.participants,
    reviews: reviews.map((r) => ({ personId: r.personId, score: r.score, proposed: r.proposed })),
    incidents: requireIncidents(ctx.folder).data.incidents,
    roles: org.roles,
    units: org.units,
    settings: org.settings.appraisal,
    earlier,
  };
}

/** An earlier period's grades before the accountability rule: its stored result, or worked out now. */
async function earlierOutcomes(ctx: DeskContext, period: Period): Promise<EarlierPeriod> {
  const stored = period.grading.result;
  const outcomes = stored ? stored.outcomes : gradePeriod(await inputFor(ctx, period, false)).outcomes;
  return { period: { id: period.id, label: period.label, start: period.start, end: period.end }, outcomes };
}

function view(period: Period, moved: GradingView['moved'] = []): GradingView {
  const record = period.grading;
  const result = record.result ?? { ranAt: '', outcomes: [], pools: [], accountability: [], openDecisions: [] };
  const acknowledged = new Set(record.acknowledged?.personIds ?? []);
  return {
    periodId: period.id,
    state: period.state,
    ranAt: record.result?.ranAt ?? null,
    outcomes: result.outcomes,
    pools: result.pools,
    accountability: result.accountability,
    openDecisions: result.openDecisions,
    unacknowledged: result.accountability.filter((a) => !acknowledged.has(a.personId)).map((a) => a.personId),
    overrides: record.overrides,
    moved,
  };
}

export async function getGrading(ctx: DeskContext, periodId: string): Promise<GradingView> {
  const period = (await requirePeriods(ctx.folder).period(periodId)).data;
  return view(period);
}

/** Runs the engine on the period as it stands and keeps the result (评定 only). */
export async function runGrading(ctx: DeskContext, periodId: string, why = '运行评定'): Promise<GradingView> {
  const files = requirePeriods(ctx.folder);
  const period = (await files.period(periodId)).data;
  if (period.state !== 'grading') throw rejected(`${period.label}处于“${stateLabel(period)}”状态，只有在“评定”阶段才能评定等次。`);
  const input = await inputFor(ctx, period, true);
  const result = gradePeriod(input, { ties: period.grading.ties, overrides: period.grading.overrides });
  const before = new Map((period.grading.result?.outcomes ?? []).map((o) => [o.personId, o.grade]));
  const moved = period.grading.result
    ? result.outcomes
        .filter((o) => before.get(o.personId) !== o.grade)
        .map((o) => ({ personId: o.personId, name: o.name, from: gradeName(before.get(o.personId) ?? null), to: gradeName(o.grade) }))
    : [];
  const ranAt = nowIso();
  await files.updatePeriod(periodId, (d) => {
    d.grading.result = { ranAt, settings: input.settings, ...result };
  });
  const counts = countGrades(result);
  await ctx.folder.audit.append(ctx.actor, {
    action: 'grading.run',
    target: periodId,
    summary: `${period.label} ${why}：${counts}${moved.length ? `；与上次相比 ${moved.length} 人等次变化` : ''}${result.openDecisions.length ? `；待决定 ${result.openDecisions.length} 项` : ''}`,
    after: { moved, openDecisions: result.openDecisions },
  });
  const saved = (await files.period(periodId)).data;
  return view(saved, moved);
}

function countGrades(r: GradingResult): string {
  const n = (g: GradeOrUndetermined) => r.outcomes.filter((o) => o.grade === g).length;
  return `好 ${n('good')}、较好 ${n('fair')}、一般 ${n('average')}、较差 ${n('poor')}、不确定等次 ${n('undetermined')}`;
}

const stateLabel = (p: Period) =>
  ({ recording: '进行中', reviewing: '评鉴', grading: '评定', publicity: '公示', archived: '已归档' })[p.state];

/** The clerk decides a tie at the cut: who keeps 好. */
export async function resolveTie(ctx: DeskContext, input: { periodId: string; poolKey: string; keep: string[] }): Promise<GradingView> {
  const files = requirePeriods(ctx.folder);
  const period = (await files.period(input.periodId)).data;
  const tie = period.grading.result?.pools.find((p) => p.key === input.poolKey)?.tie;
  if (!tie) throw rejected('这个名额池目前没有需要决定的同分情况，请先重新运行评定。');
  if (input.keep.length !== tie.seatsLeft || !input.keep.every((id) => tie.personIds.includes(id))) {
    throw rejected(`请从同分的 ${tie.personIds.length} 人中选出 ${tie.seatsLeft} 人保留“好”。`);
  }
  await files.updatePeriod(input.periodId, (d) => {
    d.grading.ties[input.poolKey] = input.keep;
  });
  const names = input.keep.map((id) => period.participants.find((p) => p.personId === id)?.name ?? id).join('、');
  await ctx.folder.audit.append(ctx.actor, {
    action: 'grading.tie',
    target: `${input.periodId}/${input.poolKey}`,
    summary: `${period.label} 同分决定：${names} 保留“好”`,
    after: { keep: input.keep, among: tie.personIds },
  });
  return runGrading(ctx, input.periodId, '同分决定后重新评定');
}

/** A clerk's change of a computed grade: only before publishing, with a reason, logged with before/after. */
export async function overrideGrade(
  ctx: DeskContext,
  input: { periodId: string; personId: string; grade: GradeOrUndetermined | null; reason: string },
): Promise<GradingView> {
  const files = requirePeriods(ctx.folder);
  const period = (await files.period(input.periodId)).data;
  if (period.state !== 'grading') throw rejected(`${period.label}已不在“评定”阶段，不能调整等次。`);
  const outcome = period.grading.result?.outcomes.find((o) => o.personId === input.personId);
  if (!outcome) throw rejected('请先运行评定，再调整个人等次。');
  if (input.reason.trim().length < 4) throw rejected('调整等次须写明理由（至少4个字）。');
  await files.updatePeriod(input.periodId, (d) => {
    d.grading.overrides = d.grading.overrides.filter((o) => o.personId !== input.personId);
    if (input.grade !== null)
      d.grading.overrides.push({
        personId: input.personId,
        grade: input.grade,
        reason: input.reason,
        by: ctx.actor,
        at: nowIso(),
      });
  });
  await ctx.folder.audit.append(ctx.actor, {
    action: 'grading.override',
    target: `${input.periodId}/${input.personId}`,
    summary:
      input.grade === null
        ? `${period.label} ${outcome.name} 取消人工调整`
        : `${period.label} ${outcome.name} 等次由“${gradeName(outcome.grade)}”调整为“${gradeName(input.grade)}”`,
    before: { grade: outcome.grade },
    after: { grade: input.grade },
    reason: input.reason,
  });
  return runGrading(ctx, input.periodId, '人工调整后重新评定');
}

/** The clerk has read the accountability results (required before publishing). */
export async function acknowledgeAccountability(ctx: DeskContext, periodId: string): Promise<GradingView> {
  const files = requirePeriods(ctx.folder);
  const period = (await files.period(periodId)).data;
  const results = period.grading.result?.accountability ?? [];
  if (results.length === 0) throw rejected('本期没有管理责任规则的结果需要确认。');
  await files.updatePeriod(periodId, (d) => {
    d.grading.acknowledged = { personIds: results.map((r) => r.personId), at: nowIso(), by: ctx.actor };
  });
  await ctx.folder.audit.append(ctx.actor, {
    action: 'grading.acknowledge',
    target: periodId,
    summary: `${period.label} 确认管理责任规则结果：${results.map((r) => `${r.name}（${r.role}）评为“较差”`).join('、')}`,
    after: results.map((r) => ({ personId: r.personId, scope: r.scope, incidents: r.incidents.map((i) => i.id) })),
  });
  return getGrading(ctx, periodId);
}

/**
 * Before a period goes to 公示: the grading is re-run on the current data, and nothing may be
 * left open — ties decided, everyone reviewed, accountability results acknowledged.
 */
export async function assertReadyToPublish(ctx: DeskContext, periodId: string): Promise<void> {
  const v = await runGrading(ctx, periodId, '公示前重新评定');
  const problems = [...v.openDecisions];
  if (v.unacknowledged.length)
    problems.push(
      `管理责任规则的结果（${v.accountability
        .filter((a) => v.unacknowledged.includes(a.personId))
        .map((a) => a.name)
        .join('、')}）尚未确认。`,
    );
  if (problems.length) throw rejected(`还不能公示：${problems.join(' ')}`);
}

/** 反馈: each person's grade, why it differs from the 评鉴 proposal, and the supervisor's comment, ready to print and hand out. */
export async function gradingFeedback(ctx: DeskContext, input: { periodId: string; unitId?: string }) {
  const org = requireOrg(ctx.folder).data;
  const files = requirePeriods(ctx.folder);
  const period = (await files.period(input.periodId)).data;
  const result = period.grading.result;
  if (!result) throw rejected(`${period.label}还没有评定结果。`);
  const units = input.unitId ? unitSubtree(org.units, input.unitId) : null;
  const out = [];
  const order = new Map(unitsInTreeOrder(org.units).map((u, i) => [u.id, i]));
  const people = sortByStroke(
    result.outcomes.filter((x) => !units || units.has(x.unitId)),
    (o) => o.name,
  ).sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
  for (const o of people) {
    const review = (await files.unit(period.id, o.unitId)).data.reviews.find((r) => r.personId === o.personId);
    out.push({
      personId: o.personId,
      name: o.name,
      unitLabel: unitLabel(org.units, o.unitId),
      grade: o.grade,
      text: feedbackText(o, period.label, review?.comment ?? null),
    });
  }
  return out;
}
