import { HANDLINGS, TOLERANCE_LABELS } from '../domain/incident';
import type { AccountabilityResult } from './accountability';
import { CAP_LABELS, applyCap, capOf, covers, effectiveCap, heavier, type Cap } from './caps';
import type { GradingInput, Outcome } from './types';

/**
 * Every 表现记录 whose 影响期 covers the period goes into its person's own reasons (DOMAIN.md
 * §4.2): with its cap, its 容错 decision, or “列出，不影响等次” (提醒谈话, 批评教育, positive records).
 * The heaviest cap applies to a computed grade; someone not graded here only sees the list.
 */
export function applyEvents(o: Outcome, incidents: GradingInput['incidents'], input: GradingInput): void {
  let worst: Cap | null = null;
  const notes: string[] = [];
  for (const i of [...incidents].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))) {
    if (!covers(i, input.period)) continue;
    const nominal = capOf(i.handling, input.settings.caps);
    const cap = effectiveCap(i, input.settings.caps);
    const tolerance = i.tolerance ? `，经${TOLERANCE_LABELS[i.tolerance.decision]}认定（${i.tolerance.body} ${i.tolerance.docNo}）` : '';
    const window = HANDLINGS[i.handling] === 0 ? '' : `，影响期${HANDLINGS[i.handling] === null ? '至结案' : `至 ${i.impactUntil}`}`;
    const effect = !nominal ? '列出，不影响等次' : cap ? CAP_LABELS[cap] : '不影响等次';
    notes.push(`${i.date} ${i.kind}（${i.handling}${window}）${tolerance}：${effect}`);
    worst = heavier(worst, cap);
  }
  if (notes.length === 0) return;
  const graded = o.grade !== null && o.grade !== 'undetermined';
  if (!worst || !graded) {
    o.steps.push({ rule: 'cap', from: o.grade, to: o.grade, reason: `表现记录：${notes.join('；')}` });
    return;
  }
  const capped = applyCap(o.grade!, worst);
  o.steps.push({ rule: 'cap', from: o.grade, to: capped, reason: `表现记录：${notes.join('；')}。按最重的一项，${CAP_LABELS[worst]}` });
  o.grade = capped;
}

/**
 * A person whose record is evidence for someone else's accountability result sees it in their own
 * reasons too: which result, and that it does not change their own grade.
 */
export function noteEvidence(outcomes: Map<string, Outcome>, results: AccountabilityResult[]): void {
  for (const r of results) {
    const byPerson = new Map<string, string[]>();
    for (const i of r.incidents) {
      if (!i.personId || i.personId === r.personId || !outcomes.has(i.personId)) continue;
      byPerson.set(i.personId, [...(byPerson.get(i.personId) ?? []), `${i.date} ${i.kind}`]);
    }
    for (const [personId, events] of byPerson) {
      const o = outcomes.get(personId)!;
      const verdict = r.superior ? '建议上级党组织评为“较差”' : '评为“较差”';
      o.steps.push({
        rule: 'accountability',
        from: o.grade,
        to: o.grade,
        reason: `本人的表现记录（${events.join('、')}）是管理责任规则结果的依据：${r.name}（${r.role}，${r.scope}）${verdict}；不影响本人等次`,
      });
    }
  }
}
