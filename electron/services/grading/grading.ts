import { GRADE_LABELS } from '../../../shared/domain/grade';
import type { Period } from '../../../shared/domain/period';
import type { GradingView } from '../../../shared/api/appraisal-schemas';
import { unconfirmed } from '../../../shared/grading/confirmations';
import { gradePeriod, type GradingResult } from '../../../shared/grading/engine';
import { feedbackText } from '../../../shared/grading/grade-change';
import type { GradeOrUndetermined } from '../../../shared/grading/types';
import { unitLabel, unitSubtree, unitsInTreeOrder } from '../../../shared/domain/unit';
import { sortByStroke } from '../../../shared/text/stroke-order';
import { rejected } from '../app-error';
import type { ChangeContext, ReadContext } from '../context';
import { CommittedRefusal } from '../store/folder/data-folder';
import { inputFor } from './input';
import { staleCheck } from './stale-check';
import { gradingView } from './view';

const gradeName = (g: GradeOrUndetermined | null) => (g === null ? '未评' : g === 'undetermined' ? '不确定等次' : GRADE_LABELS[g]);

export async function getGrading(ctx: ReadContext, periodId: string): Promise<GradingView> {
  return gradingView(ctx, await ctx.view.period(periodId));
}

/** What a re-run staged: the result, who moved since the last run, a line for the audit entry. */
interface Regraded {
  result: GradingResult;
  moved: GradingView['moved'];
  summary: string;
  after: unknown;
}

/**
 * Runs the engine on the period as it stands and stages the result (评定 only); answers the result
 * and a line for the audit entry of whatever the clerk did that made it run.
 */
export async function regrade(ctx: ChangeContext, periodId: string): Promise<Regraded> {
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
  return { result, moved, summary, after: { moved, openDecisions: result.openDecisions } };
}

/** The view after a change: the period as the transaction now has it. */
const viewAfter = async (ctx: ChangeContext, periodId: string, moved: GradingView['moved'] = []) =>
  gradingView(ctx, await ctx.view.period(periodId), moved);

/**
 * 按顺序重新评定 (issue 16 §3): the earlier periods in 评定 whose inputs changed since they were
 * graded, oldest first, then this one, so each is graded on the grades before it as they are
 * now. One action, one audit entry.
 */
export async function regradeInOrder(ctx: ChangeContext, periodId: string): Promise<GradingView> {
  const period = await ctx.view.period(periodId);
  const { order } = await staleCheck(ctx, period);
  const ids = order.length ? order : [periodId];
  const done: string[] = [];
  let moved: GradingView['moved'] = [];
  for (const id of ids) {
    const r = await regrade(ctx, id);
    done.push(`${(await ctx.view.period(id)).label}（${r.summary}）`);
    moved = r.moved;
  }
  ctx.tx.audit({ action: 'grading.run', target: periodId, summary: `按顺序重新评定：${done.join('；')}`, after: { order: ids } });
  return viewAfter(ctx, periodId, moved);
}

/** 运行评定: the engine on the period as it stands, the result kept. */
export async function runGrading(ctx: ChangeContext, periodId: string): Promise<GradingView> {
  const { moved, summary, after } = await regrade(ctx, periodId);
  const period = await ctx.view.period(periodId);
  ctx.tx.audit({ action: 'grading.run', target: periodId, summary: `${period.label} 运行评定：${summary}`, after });
  return viewAfter(ctx, periodId, moved);
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
  const { moved, summary } = await regrade(ctx, input.periodId);
  ctx.tx.audit({
    action: 'grading.tie',
    target: `${input.periodId}/${input.poolKey}`,
    summary: `${period.label} 同分决定：${names} 保留“好”；重新评定：${summary}`,
    after: { keep: input.keep, among },
  });
  return viewAfter(ctx, input.periodId, moved);
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
  const { moved, summary } = await regrade(ctx, input.periodId);
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
  return viewAfter(ctx, input.periodId, moved);
}

/**
 * Before a period goes to 公示: the grading is re-run on the current data, and nothing may be
 * left open — ties decided, everyone reviewed, accountability results acknowledged. Answers a
 * line for the publishing's audit entry; when something is open the re-run is kept (the clerk
 * sees what is open) and publishing is refused.
 */
export async function regradeBeforePublishing(ctx: ChangeContext, periodId: string): Promise<string> {
  const { result, summary, after } = await regrade(ctx, periodId);
  const problems = [...result.openDecisions];
  const open = unconfirmed(result.accountability, (await ctx.view.period(periodId)).grading.confirmations);
  if (open.length)
    problems.push(
      `管理责任规则的结果（${open.map((a) => `${a.name}，${a.scope}`).join('；')}）尚未确认；确认后结果的人员、范围、周期或事项有变化的，须重新确认。`,
    );
  if (problems.length) {
    const period = await ctx.view.period(periodId);
    ctx.tx.audit({ action: 'grading.run', target: periodId, summary: `${period.label} 公示前重新评定：${summary}（未能公示）`, after });
    throw new CommittedRefusal(rejected(`还不能公示：${problems.join(' ')}`));
  }
  return `（公示前重新评定：${summary}）`;
}

/** 反馈: each person's grade, why it differs from the 评鉴 proposal, and the supervisor's comment, ready to print and hand out. */
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
