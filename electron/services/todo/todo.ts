import type { Todo } from '../../../shared/api/capabilities/todo';
import { gapsBefore, unitProgress } from '../../../shared/domain/completeness';
import { heldDuring } from '../../../shared/domain/dates';
import { publicityEnds } from '../../../shared/domain/deadlines';
import type { OrgData } from '../../../shared/domain/org';
import { PERIOD_STATES, type Period } from '../../../shared/domain/period';
import { awaitingTolerance, currentPeriod, publicityStart, todoSummary } from '../../../shared/domain/todo';
import { unitLabel, unitsInTreeOrder } from '../../../shared/domain/unit';
import { superiorAppraisedIds } from '../../../shared/domain/superior';
import { ratedElsewhere, unratedPeople } from '../../../shared/domain/unrated';
import { reviewerFor } from '../../../shared/domain/reviewer';
import { compareByStroke } from '../../../shared/text/stroke-order';
import { todayIso } from '../clock';
import type { ReadContext } from '../context';
import { getGrading } from '../grading/grading';
import { summarize } from '../store/doc/period-files';

/**
 * 首页（待办）: what the clerk should do now — the roster and who rates whom, then the period
 * (the one asked for, or the newest not archived): its deadline, per unit the 工作纪实 week by
 * week, 小结, 评鉴 and 容错 still open, the grading's ties and results to confirm, and what the
 * next step would find missing. One reading of the folder, the settings and the desk's clock.
 */
export async function getTodo(ctx: ReadContext, input: { periodId?: string }): Promise<Todo> {
  const org = ctx.view.org();
  const today = todayIso();
  const preparation = preparationOf(org, today);
  const chosen = input.periodId ?? currentPeriod(ctx.view.periods())?.id;
  if (!chosen) return { today, preparation, period: null, summary: null, next: null };

  const period = await ctx.view.period(chosen);
  const deadlines = org.settings.appraisal.deadlines;
  const inputs = [];
  for (const unitId of new Set(period.participants.map((p) => p.unitId))) inputs.push(await ctx.view.unit(period.id, unitId));
  const bySuperior = appraisedAbove(org, period);
  const progress = unitProgress({
    period,
    inputs,
    today,
    cadence: deadlines.recordCadence,
    needsReview: (p) => !bySuperior.has(p.personId),
  });
  // Units in the tree's order (局机关 and its 科室, then each 二层单位), as the roster lists them.
  const treeOrder = new Map(unitsInTreeOrder(org.units).map((u, i) => [u.id, i]));
  progress.sort((a, b) => (treeOrder.get(a.unitId) ?? treeOrder.size) - (treeOrder.get(b.unitId) ?? treeOrder.size));
  const { ties, unconfirmed, graded } = await gradingMatters(ctx, period);
  const unitOf = new Map(period.participants.map((p) => [p.personId, p.unitId]));
  const waiting = awaitingTolerance(ctx.view.incidents(), period).map((i) => ({
    unitId: (i.personId && unitOf.get(i.personId)) || i.unitId,
  }));
  const summary = todoSummary({
    period,
    progress,
    unitLabel: (id) => unitLabel(org.units, id),
    deadlines,
    today,
    awaitingTolerance: waiting,
    ties: ties.map((t) => t.text),
    unconfirmed,
    graded,
  });

  const to = PERIOD_STATES[PERIOD_STATES.indexOf(period.state) + 1];
  const started = publicityStart(period);
  const next = to
    ? {
        to,
        gaps: gapsBefore(to, {
          progress,
          ties: ties.length,
          unconfirmed,
          publicityEnd: started ? publicityEnds(started, deadlines) : null,
          today,
          cadence: deadlines.recordCadence,
        }),
      }
    : null;
  return { today, preparation, period: summarize(period), summary, next };
}

function preparationOf(org: OrgData, today: string): Todo['preparation'] {
  const inPost = org.people.filter((p) => p.status === 'active' || p.status === 'seconded');
  const current = org.roles.filter((r) => heldDuring(r, today));
  const unrated = unratedPeople(org, today);
  return {
    activePeople: inPost.length,
    roles: current.length,
    ...headlessDepartments(org, today, unrated),
    withoutReviewer: unrated.size,
  };
}

/**
 * 科室 in use with no 科室负责人, split by what it means (who rates whom, DOMAIN.md §1): where some
 * of its people have no 评鉴人 at all, something must be registered; where a 分管领导 (or the
 * 二层单位's leader) rates them all, it is only worth knowing.
 */
function headlessDepartments(
  org: OrgData,
  today: string,
  unrated: ReadonlySet<string>,
): Pick<Todo['preparation'], 'headless' | 'ratedAbove'> {
  const current = { ...org, roles: org.roles.filter((r) => heldDuring(r, today)) };
  const heads = new Set(current.roles.filter((r) => r.kind === 'departmentHead').map((r) => r.unitId));
  const names = new Map(org.people.map((p) => [p.id, p.name]));
  const headless: Todo['preparation']['headless'] = [];
  const ratedAbove: Todo['preparation']['ratedAbove'] = [];
  for (const unit of unitsInTreeOrder(org.units)) {
    if (!unit.active || unit.kind !== 'department' || heads.has(unit.id)) continue;
    // Only those this bureau rates: the 党组主要负责人 sitting in a 科室 does not need its head.
    const rated = org.people.filter((p) => p.unitId === unit.id && p.status === 'active' && !ratedElsewhere(current, p.id, today));
    if (rated.length === 0) continue;
    const label = unitLabel(org.units, unit.id);
    const nobody = rated.filter((p) => unrated.has(p.id)).length;
    if (nobody > 0) {
      headless.push({ unitId: unit.id, label, unrated: nobody });
      continue;
    }
    const by = new Set<string>();
    for (const p of rated) {
      const r = reviewerFor(current, p.id, p.unitId, today)!;
      by.add(`${REVIEWER_TITLE[r.relation] ?? ''}${names.get(r.reviewerId) ?? ''}`);
    }
    ratedAbove.push({ unitId: unit.id, label, ratedBy: [...by].sort(compareByStroke) });
  }
  return { headless, ratedAbove };
}

/** How the 待办 names whoever rates a 科室 without a head; a “科室负责人” there is the 二层单位's leader. */
const REVIEWER_TITLE: Record<string, string> = { 分管领导评鉴: '分管领导', 主要负责人评鉴: '主要负责人', 科室负责人评鉴: '单位负责人' };

/**
 * Appraised by the superior organisation (DOMAIN.md §1): the 党组主要负责人 during the period and
 * those named in 考核设置 — no 评鉴 is asked of them here.
 */
function appraisedAbove(org: OrgData, period: Period): Set<string> {
  return superiorAppraisedIds(org.roles, org.settings.appraisal.superiorAppraised, period);
}

/** From the period's stored grading: each undecided tie, the accountability results not yet confirmed, whether it has run. */
async function gradingMatters(ctx: ReadContext, period: Period) {
  if (period.state !== 'grading') return { ties: [], unconfirmed: [], graded: period.grading.result !== null };
  const view = await getGrading(ctx, period.id);
  const names = new Map(view.outcomes.map((o) => [o.personId, o.name]));
  const ties = view.pools
    .filter((p) => p.tie)
    .map((p) => ({
      text: `${p.label}“好”等次剩 ${p.tie!.seatsLeft} 个名额，${p
        .tie!.personIds.map((id) => names.get(id) ?? id)
        .sort(compareByStroke)
        .join('、')} 同分`,
    }));
  // Each result is confirmed as it stands (its fingerprint); a recommendation to the superior organisation never holds up 公示.
  const unconfirmed = view.accountability
    .filter((a) => view.unconfirmed.includes(a.fingerprint))
    .map((a) => `${a.name}（${a.role}，${a.scope}）`);
  return { ties, unconfirmed, graded: view.ranAt !== null };
}
