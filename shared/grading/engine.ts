import { superiorAppraisedIds, SUPERIOR_LABEL } from '../domain/superior';
import { unitLabel } from '../domain/unit';
import { compareByStroke } from '../text/stroke-order';
import { accountabilityReason, managerAccountability, type AccountabilityResult } from './accountability';
import { baseGrade } from './base';
import { applyEvents, noteEvidence } from './events';
import { applyQuota, type PoolResult } from './quota';
import { basisOf, type GradingBasis } from './stale';
import type { GradeOrUndetermined, GradingInput, Outcome } from './types';
import { heldDuring } from '../domain/dates';

export interface GradingDecisions {
  /** Tie resolutions: pool key → the people the clerk keeps at 好. */
  ties: Record<string, string[]>;
  overrides: { personId: string; grade: GradeOrUndetermined; reason: string }[];
}

export interface GradingResult {
  outcomes: Outcome[];
  pools: PoolResult[];
  accountability: AccountabilityResult[];
  /** What the clerk must still do before publishing (ties, people without a review). */
  openDecisions: string[];
  /** The earlier periods' grades this result was computed on (see stale.ts). */
  basis: GradingBasis[];
}

/**
 * Grades one period: base grade from the review (proposed grade, else score band; a 分管领导's
 * 审核 when that step is on) → 不确定等次 / 由上级党组织考核 → the period's 表现记录 (caps, 容错
 * applied, the heaviest wins; the others listed) → manager accountability → 好 quota per pool →
 * clerk overrides. Each step leaves a one-sentence reason. Pure: the same input gives the same
 * result whatever the order of people.
 */
export function gradePeriod(input: GradingInput, decisions: GradingDecisions = { ties: {}, overrides: [] }): GradingResult {
  const s = input.settings;
  const reviews = new Map(input.reviews.map((r) => [r.personId, r]));
  const participants = [...input.participants].sort((a, b) => a.personId.localeCompare(b.personId));
  const superior = superiorAppraisedIds(input.roles, s.superiorAppraised, input.period);
  const openDecisions: string[] = [];
  const incidentsOf = new Map<string, GradingInput['incidents']>();
  for (const i of input.incidents) if (i.personId) incidentsOf.set(i.personId, [...(incidentsOf.get(i.personId) ?? []), i]);
  const outcomes: Outcome[] = participants.map((p) => {
    const o: Outcome = {
      personId: p.personId,
      name: p.name,
      unitId: p.unitId,
      grade: null,
      gradeBeforeAccountability: null,
      score: reviews.get(p.personId)?.score ?? null,
      steps: [],
      undeterminedReason: null,
      superior: superior.has(p.personId),
    };
    const r = reviews.get(p.personId);
    const base = baseGrade(r, s);
    if (o.superior) {
      o.steps.push({ rule: 'superior', from: null, to: null, reason: `${SUPERIOR_LABEL}，不参加本局评定，不占名额` });
    } else if (p.undetermined) {
      o.grade = 'undetermined';
      o.undeterminedReason = p.undetermined.reason;
      o.steps.push({
        rule: 'undetermined',
        from: null,
        to: 'undetermined',
        reason: `本期不确定等次：${p.undetermined.reason}${p.undetermined.note ? `（${p.undetermined.note}）` : ''}`,
      });
    } else if (base === null) {
      openDecisions.push(`${p.name}还没有主管领导评鉴（分数或拟评等次），无法评定等次。`);
    } else {
      o.grade = base.grade;
      o.steps.push({ rule: 'base', from: null, to: base.grade, reason: base.reason });
      if (s.reviewers.secondStep && r?.needsCheck && !r.check) openDecisions.push(`${p.name}的评鉴还没有经分管领导审核。`);
    }
    applyEvents(o, incidentsOf.get(p.personId) ?? [], input);
    return o;
  });
  for (const o of outcomes) o.gradeBeforeAccountability = o.grade;

  const byId = new Map(outcomes.map((o) => [o.personId, o]));
  const accountability = managerAccountability(input, outcomes);
  for (const a of accountability) {
    const o = byId.get(a.personId)!;
    if (o.superior) {
      o.steps.push({ rule: 'accountability', from: null, to: null, reason: accountabilityReason(a) });
      continue;
    }
    if (o.grade === 'poor') continue;
    o.steps.push({ rule: 'accountability', from: o.grade, to: 'poor', reason: accountabilityReason(a) });
    o.grade = 'poor';
  }
  noteEvidence(byId, accountability);

  const pools: PoolResult[] = [];
  for (const [key, pool] of poolsOf(
    outcomes.filter((o) => !o.superior),
    input,
  )) {
    const result = applyQuota(key, pool.label, pool.members, s, decisions.ties[key] ?? null);
    if (result.tie) {
      const names = result.tie.personIds
        .map((id) => byId.get(id)!.name)
        .sort(compareByStroke)
        .join('、');
      openDecisions.push(`${pool.label}“好”等次剩余 ${result.tie.seatsLeft} 个名额，${names} 同分，请决定由谁保留“好”。`);
    }
    pools.push(result);
  }

  for (const ov of decisions.overrides) {
    const o = byId.get(ov.personId);
    if (!o || o.superior) continue;
    // Kept visible even when it now equals the computed grade, so it can be seen and withdrawn.
    o.steps.push({
      rule: 'override',
      from: o.grade,
      to: ov.grade,
      reason: `人工调整${o.grade === ov.grade ? '（与计算结果相同）' : ''}：${ov.reason}`,
    });
    o.grade = ov.grade;
  }
  return { outcomes, pools, accountability, openDecisions, basis: basisOf(input) };
}

/** People grouped into 好 pools by the settings (whole bureau by default). */
function poolsOf(outcomes: Outcome[], input: GradingInput): Map<string, { label: string; members: Outcome[] }> {
  const { by, separateLeaders, separateContract } = input.settings.pools;
  const leaders = new Set(input.roles.filter((r) => heldDuring(r, input.period.start, input.period.end)).map((r) => r.personId));
  const contract = new Set(input.participants.filter((p) => p.establishment === '编外聘用').map((p) => p.personId));
  const pools = new Map<string, { label: string; members: Outcome[] }>();
  for (const o of outcomes) {
    const [key, poolLabel] =
      separateLeaders && leaders.has(o.personId)
        ? ['leaders', '领导干部']
        : separateContract && contract.has(o.personId)
          ? ['contract', '编外聘用人员']
          : by === 'unit'
            ? [`unit:${o.unitId}`, unitLabel(input.units, o.unitId)]
            : ['bureau', '全局'];
    const pool = pools.get(key) ?? { label: poolLabel, members: [] };
    pool.members.push(o);
    pools.set(key, pool);
  }
  return pools;
}
