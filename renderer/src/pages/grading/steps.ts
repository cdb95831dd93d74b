import type { GradingView } from '@shared/api/appraisal-schemas';

export type Outcome = GradingView['outcomes'][number];
export type Step = Outcome['steps'][number];
export type Rule = Step['rule'];

/** What each rule is called where its step is listed. */
export const RULE_LABELS: Record<Rule, string> = {
  base: '评鉴',
  undetermined: '不确定等次',
  superior: '上级考核',
  cap: '表现记录',
  accountability: '管理责任',
  quota: '名额',
  override: '人工调整',
};

/** The rules that can move a grade after the review, as markers in the results table. */
export const MARKERS: { rule: Rule; label: string; color: string }[] = [
  { rule: 'cap', label: '封顶', color: 'orange' },
  { rule: 'accountability', label: '管理责任', color: 'red' },
  { rule: 'quota', label: '名额调整', color: 'gold' },
  { rule: 'override', label: '人工调整', color: 'purple' },
];

/** The marked rules that changed this person's grade. */
export const markersOf = (o: Outcome) => MARKERS.filter((m) => o.steps.some((s) => s.rule === m.rule && s.from !== s.to));

/** The clerk's override of this person, if any. */
export const overrideOf = (o: Outcome) => o.steps.find((s) => s.rule === 'override') ?? null;

/** The grade the rules produced, before any override. */
export const computedGrade = (o: Outcome) => overrideOf(o)?.from ?? o.grade;
