import { GRADE_LABELS, type Grade } from '../domain/grade';
import { HANDLINGS } from '../domain/incident';
import { TOLERANCE_LABELS } from '../domain/incident';
import { unitLabel } from '../domain/unit';
import { compareByStroke } from '../text/stroke-order';
import { accountabilityReason, managerAccountability, type AccountabilityResult } from './accountability';
import { CAP_LABELS, applyCap, capOf, covers, effectiveCap, heavier, type Cap } from './caps';
import { applyQuota, type PoolResult } from './quota';
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
}

const label = (g: GradeOrUndetermined | null) => (g === null ? '（无）' : g === 'undetermined' ? '不确定等次' : `“${GRADE_LABELS[g]}”`);

/**
 * Grades one period: base grade from the review (proposed grade, else score band) → 不确定等次 →
 * caps from incidents in their 影响期 (容错 applied, the heaviest wins) → manager accountability →
 * 好 quota per pool → clerk overrides. Each step leaves a one-sentence reason. Pure: the same
 * input gives the same result whatever the order of people.
 */
export function gradePeriod(input: GradingInput, decisions: GradingDecisions = { ties: {}, overrides: [] }): GradingResult {
  const s = input.settings;
  const reviews = new Map(input.reviews.map((r) => [r.personId, r]));
  const participants = [...input.participants].sort((a, b) => a.personId.localeCompare(b.personId));
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
    };
    if (p.undetermined) {
      o.grade = 'undetermined';
      o.undeterminedReason = p.undetermined.reason;
      o.steps.push({
        rule: 'undetermined',
        from: null,
        to: 'undetermined',
        reason: `本期不确定等次：${p.undetermined.reason}${p.undetermined.note ? `（${p.undetermined.note}）` : ''}`,
      });
      return o;
    }
    const r = reviews.get(p.personId);
    const base: Grade | null = r?.proposed ?? (r?.score != null ? band(r.score, s.scoreBands) : null);
    if (base === null) {
      openDecisions.push(`${p.name}还没有主管领导评鉴（分数或拟评等次），无法评定等次。`);
      return o;
    }
    o.grade = base;
    o.steps.push({
      rule: 'base',
      from: null,
      to: base,
      reason: r?.proposed
        ? `主管领导拟评${label(base)}${r.score != null ? `（${r.score}分）` : ''}`
        : `评鉴得分 ${r!.score} 分，按分数段为${label(base)}`,
    });
    applyCaps(o, incidentsOf.get(p.personId) ?? [], input);
    return o;
  });
  for (const o of outcomes) o.gradeBeforeAccountability = o.grade;

  const accountability = managerAccountability(input, outcomes);
  for (const a of accountability) {
    const o = outcomes.find((x) => x.personId === a.personId)!;
    if (o.grade === 'poor') continue;
    o.steps.push({ rule: 'accountability', from: o.grade, to: 'poor', reason: accountabilityReason(a) });
    o.grade = 'poor';
  }

  const pools: PoolResult[] = [];
  for (const [key, pool] of poolsOf(outcomes, input)) {
    const result = applyQuota(key, pool.label, pool.members, s, decisions.ties[key] ?? null);
    if (result.tie) {
      const names = result.tie.personIds
        .map((id) => outcomes.find((o) => o.personId === id)!.name)
        .sort(compareByStroke)
        .join('、');
      openDecisions.push(`${pool.label}“好”等次剩余 ${result.tie.seatsLeft} 个名额，${names} 同分，请决定由谁保留“好”。`);
    }
    pools.push(result);
  }

  for (const ov of decisions.overrides) {
    const o = outcomes.find((x) => x.personId === ov.personId);
    if (!o) continue;
    // Kept visible even when it now equals the computed grade, so it can be seen and withdrawn.
    o.steps.push({
      rule: 'override',
      from: o.grade,
      to: ov.grade,
      reason: `人工调整${o.grade === ov.grade ? '（与计算结果相同）' : ''}：${ov.reason}`,
    });
    o.grade = ov.grade;
  }
  return { outcomes, pools, accountability, openDecisions };
}

function band(score: number, b: { good: number; fair: number; average: number }): Grade {
  return score >= b.good ? 'good' : score >= b.fair ? 'fair' : score >= b.average ? 'average' : 'poor';
}

function applyCaps(o: Outcome, incidents: GradingInput['incidents'], input: GradingInput): void {
  let worst: Cap | null = null;
  const notes: string[] = [];
  for (const i of incidents) {
    if (!covers(i, input.period)) continue;
    const nominal = capOf(i.handling, input.settings.caps);
    if (!nominal) continue;
    const cap = effectiveCap(i, input.settings.caps);
    const tolerance = i.tolerance ? `，经${TOLERANCE_LABELS[i.tolerance.decision]}认定（${i.tolerance.body} ${i.tolerance.docNo}）` : '';
    notes.push(
      `${i.date} ${i.kind}（${i.handling}，影响期${HANDLINGS[i.handling] === null ? '至结案' : `至 ${i.impactUntil}`}）${tolerance}${cap ? `：${CAP_LABELS[cap]}` : '：不影响等次'}`,
    );
    worst = heavier(worst, cap);
  }
  if (!worst || o.grade === null) {
    if (notes.length) o.steps.push({ rule: 'cap', from: o.grade, to: o.grade, reason: `表现记录：${notes.join('；')}` });
    return;
  }
  const capped = applyCap(o.grade, worst);
  o.steps.push({ rule: 'cap', from: o.grade, to: capped, reason: `表现记录：${notes.join('；')}。按最重的一项，${CAP_LABELS[worst]}` });
  o.grade = capped;
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
