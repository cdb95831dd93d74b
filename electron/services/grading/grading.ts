import { GRADE_LABELS } from '../../../shared/domain/grade';
import type { Period } from '../../../shared/domain/period';
import type { GradingView } from '../../../shared/api/appraisal-schemas';
import { gradePeriod, type GradingResult } from '../../../shared/grading/engine';
import type { EarlierPeriod, GradeOrUndetermined, GradingInput } from '../../../shared/grading/types';
import { unitLabel, unitSubtree, unitsInTreeOrder } from '../../../shared/domain/unit';
import { sortByStroke } from '../../../shared/text/stroke-order';
import { rejected } from '../app-error';
import type { AuditInput } from '../audit/audit-log';
import type { ChangeContext, ReadContext } from '../context';
import { CommittedRefusal } from '../store/folder/data-folder';

const gradeName = (g: GradeOrUndetermined | null) => (g === null ? '未评' : g === 'undetermined' ? '不确定等次' : GRADE_LABELS[g]);

/** The engine's input for a period as it stands (also used by the benchmark). */
export async function gradingInput(ctx: ReadContext, periodId: string): Promise<GradingInput> {
  return inputFor(ctx, await ctx.view.period(periodId), true);
}

/** Everything the engine needs about one period, read from the stores. */
async function inputFor(ctx: ReadContext, period: Period, withEarlier: boolean): Promise<GradingInput> {
  const org = ctx.view.org();
  const reviews = [];
  for (const unitId of new Set(period.participants.map((p) => p.unitId))) reviews.push(...(await ctx.view.unit(period.id, unitId)).reviews);
  const earlier: EarlierPeriod[] = [];
  if (withEarlier) {
    const before = ctx.view
      .periods()
      .filter((p) => p.kind === period.kind && p.end < period.start)
      .slice(-(org.settings.appraisal.accountabilityWindow - 1));
    for (const summary of before.reverse()) earlier.push(await earlierOutcomes(ctx, await ctx.view.period(summary.id)));
  }
  return {
    period: { id: period.id, label: period.label, start: period.start, end: period.end },
    participants: period.participants,
    reviews: reviews.map((r) => ({ personId: r.personId, score: r.score, proposed: r.proposed })),
    incidents: ctx.view.incidents(),
    roles: org.roles,
    units: org.units,
    settings: org.settings.appraisal,
    earlier,
  };
}

/** An earlier period's grades before the accountability rule: its stored result, or worked out now. */
async function earlierOutcomes(ctx: ReadContext, period: Period): Promise<EarlierPeriod> {
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

export async function getGrading(ctx: ReadContext, periodId: string): Promise<GradingView> {
  const period = await ctx.view.period(periodId);
  return view(period);
}

/**
 * Runs the engine on the period as it stands and stages the result (评定 only); answers the view
 * and a line for the audit entry of whatever the clerk did that made it run.
 */
export async function regrade(ctx: ChangeContext, periodId: string): Promise<{ view: GradingView; summary: string; after: unknown }> {
  const period = await ctx.view.period(periodId);
  if (period.state !== 'grading') throw rejected(`${period.label}处于“${stateLabel(period)}”状态，只有在“评定”阶段才能评定等次。`);
  const input = await inputFor(ctx, period, true);
  const result = gradePeriod(input, { ties: period.grading.ties, overrides: period.grading.overrides });
  const before = new Map((period.grading.result?.outcomes ?? []).map((o) => [o.personId, o.grade]));
  const moved = period.grading.result
    ? result.outcomes
        .filter((o) => before.get(o.personId) !== o.grade)
        .map((o) => ({ personId: o.personId, name: o.name, from: gradeName(before.get(o.personId) ?? null), to: gradeName(o.grade) }))
    : [];
  await ctx.tx.changePeriod(periodId, (d) => {
    d.grading.result = { ranAt: ctx.tx.now, settings: input.settings, ...result };
  });
  const summary = `${countGrades(result)}${moved.length ? `；与上次相比 ${moved.length} 人等次变化` : ''}${result.openDecisions.length ? `；待决定 ${result.openDecisions.length} 项` : ''}`;
  return { view: view(await ctx.view.period(periodId), moved), summary, after: { moved, openDecisions: result.openDecisions } };
}

/** 运行评定: the engine on the period as it stands, the result kept. */
export async function runGrading(ctx: ChangeContext, periodId: string): Promise<GradingView> {
  const { view, summary, after } = await regrade(ctx, periodId);
  const period = await ctx.view.period(periodId);
  ctx.tx.audit({ action: 'grading.run', target: periodId, summary: `${period.label} 运行评定：${summary}`, after });
  return view;
}

function countGrades(r: GradingResult): string {
  const n = (g: GradeOrUndetermined) => r.outcomes.filter((o) => o.grade === g).length;
  return `好 ${n('good')}、较好 ${n('fair')}、一般 ${n('average')}、较差 ${n('poor')}、不确定等次 ${n('undetermined')}`;
}

const stateLabel = (p: Period) =>
  ({ recording: '进行中', reviewing: '评鉴', grading: '评定', publicity: '公示', archived: '已归档' })[p.state];

/** Stages the clerk's decision of a tie at the cut (who keeps 好); answers the names. */
export async function decideTie(ctx: ChangeContext, input: { periodId: string; poolKey: string; keep: string[] }): Promise<string> {
  const period = await ctx.view.period(input.periodId);
  const tie = period.grading.result?.pools.find((p) => p.key === input.poolKey)?.tie;
  if (!tie) throw rejected('这个名额池目前没有需要决定的同分情况，请先重新运行评定。');
  if (input.keep.length !== tie.seatsLeft || !input.keep.every((id) => tie.personIds.includes(id))) {
    throw rejected(`请从同分的 ${tie.personIds.length} 人中选出 ${tie.seatsLeft} 人保留“好”。`);
  }
  await ctx.tx.changePeriod(input.periodId, (d) => {
    d.grading.ties[input.poolKey] = input.keep;
  });
  return input.keep.map((id) => period.participants.find((p) => p.personId === id)?.name ?? id).join('、');
}

/** The clerk decides a tie at the cut; the grading runs again with it. */
export async function resolveTie(ctx: ChangeContext, input: { periodId: string; poolKey: string; keep: string[] }): Promise<GradingView> {
  const period = await ctx.view.period(input.periodId);
  const among = period.grading.result?.pools.find((p) => p.key === input.poolKey)?.tie?.personIds ?? [];
  const names = await decideTie(ctx, input);
  const { view, summary } = await regrade(ctx, input.periodId);
  ctx.tx.audit({
    action: 'grading.tie',
    target: `${input.periodId}/${input.poolKey}`,
    summary: `${period.label} 同分决定：${names} 保留“好”；重新评定：${summary}`,
    after: { keep: input.keep, among },
  });
  return view;
}

/** A clerk's change of a computed grade: only before publishing, with a reason, logged with before/after. */
export async function overrideGrade(
  ctx: ChangeContext,
  input: { periodId: string; personId: string; grade: GradeOrUndetermined | null; reason: string },
): Promise<GradingView> {
  const period = await ctx.view.period(input.periodId);
  if (period.state !== 'grading') throw rejected(`${period.label}已不在“评定”阶段，不能调整等次。`);
  const outcome = period.grading.result?.outcomes.find((o) => o.personId === input.personId);
  if (!outcome) throw rejected('请先运行评定，再调整个人等次。');
  if (input.reason.trim().length < 4) throw rejected('调整等次须写明理由（至少4个字）。');
  await ctx.tx.changePeriod(input.periodId, (d) => {
    d.grading.overrides = d.grading.overrides.filter((o) => o.personId !== input.personId);
    if (input.grade !== null)
      d.grading.overrides.push({ personId: input.personId, grade: input.grade, reason: input.reason, by: ctx.actor, at: ctx.tx.now });
  });
  const { view, summary } = await regrade(ctx, input.periodId);
  ctx.tx.audit({
    action: 'grading.override',
    target: `${input.periodId}/${input.personId}`,
    summary: `${
      input.grade === null
        ? `${period.label} ${outcome.name} 取消人工调整`
        : `${period.label} ${outcome.name} 等次由“${gradeName(outcome.grade)}”调整为“${gradeName(input.grade)}”`
    }；重新评定：${summary}`,
    before: { grade: outcome.grade },
    after: { grade: input.grade },
    reason: input.reason,
  });
  return view;
}

/** Stages the clerk's acknowledgement of the accountability results; answers what the audit entry says. */
export async function acknowledgeResults(ctx: ChangeContext, periodId: string): Promise<AuditInput> {
  const period = await ctx.view.period(periodId);
  const results = period.grading.result?.accountability ?? [];
  if (results.length === 0) throw rejected('本期没有管理责任规则的结果需要确认。');
  await ctx.tx.changePeriod(periodId, (d) => {
    d.grading.acknowledged = { personIds: results.map((r) => r.personId), at: ctx.tx.now, by: ctx.actor };
  });
  return {
    action: 'grading.acknowledge',
    target: periodId,
    summary: `${period.label} 确认管理责任规则结果：${results.map((r) => `${r.name}（${r.role}）评为“较差”`).join('、')}`,
    after: results.map((r) => ({ personId: r.personId, scope: r.scope, incidents: r.incidents.map((i) => i.id) })),
  };
}

/** The clerk has read the accountability results (required before publishing). */
export async function acknowledgeAccountability(ctx: ChangeContext, periodId: string): Promise<GradingView> {
  ctx.tx.audit(await acknowledgeResults(ctx, periodId));
  return view(await ctx.view.period(periodId));
}

/**
 * Before a period goes to 公示: the grading is re-run on the current data, and nothing may be
 * left open — ties decided, everyone reviewed, accountability results acknowledged. Answers a
 * line for the publishing's audit entry; when something is open the re-run is kept (the clerk
 * sees what is open) and publishing is refused.
 */
export async function regradeBeforePublishing(ctx: ChangeContext, periodId: string): Promise<string> {
  const { view: v, summary, after } = await regrade(ctx, periodId);
  const problems = [...v.openDecisions];
  if (v.unacknowledged.length)
    problems.push(
      `管理责任规则的结果（${v.accountability
        .filter((a) => v.unacknowledged.includes(a.personId))
        .map((a) => a.name)
        .join('、')}）尚未确认。`,
    );
  if (problems.length) {
    const period = await ctx.view.period(periodId);
    ctx.tx.audit({ action: 'grading.run', target: periodId, summary: `${period.label} 公示前重新评定：${summary}（未能公示）`, after });
    throw new CommittedRefusal(rejected(`还不能公示：${problems.join(' ')}`));
  }
  return `（公示前重新评定：${summary}）`;
}

/** 反馈: each person's grade with the supervisor's comment, ready to print and hand out. */
export async function gradingFeedback(ctx: ReadContext, input: { periodId: string; unitId?: string }) {
  const org = ctx.view.org();
  const period = await ctx.view.period(input.periodId);
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
    const review = (await ctx.view.unit(period.id, o.unitId)).reviews.find((r) => r.personId === o.personId);
    const grade =
      o.grade === 'undetermined' ? `不确定等次（${o.undeterminedReason ?? ''}）` : o.grade ? `“${GRADE_LABELS[o.grade]}”` : '尚未评定';
    out.push({
      personId: o.personId,
      name: o.name,
      unitLabel: unitLabel(org.units, o.unitId),
      grade: o.grade,
      text: `${o.name}同志：经评定，您在${period.label}平时考核中的等次为${grade}。${review?.comment ? `主管领导评鉴意见：${review.comment}${/[。！？.!?]$/.test(review.comment) ? '' : '。'}` : ''}`,
    });
  }
  return out;
}
