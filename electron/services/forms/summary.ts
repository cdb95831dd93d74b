import { unitLabel } from '../../../shared/domain/unit';
import { postAndRank } from '../../../shared/forms/person-text';
import { STAFF_GROUP_LABELS, STAFF_GROUPS, staffGroup, type StaffGroup } from '../../../shared/forms/staff-group';
import { rankByScore, summaryForm, summaryNote, type SummaryContext, type SummaryRow } from '../../../shared/forms/summary-form';
import type { TableCopy } from '../../../shared/forms/table-form';
import { proposedGrade } from '../../../shared/grading/grade-change';
import type { ReadContext } from '../context';
import { todayIso } from '../clock';
import type { BuiltForm } from './built-form';
import { gradedPeriod } from './graded-period';

const FORMS = { scores: summaryForm({ scores: true }), plain: summaryForm({ scores: false }) };
/** Sheet names of the sections (Excel allows 31 characters; these say which group at a glance). */
const SHEET_NAMES: Record<StaffGroup, string> = {
  civil: '公务员',
  referenced: '参公人员',
  institution: '事业单位人员',
  worker: '工勤人员',
  contract: '编外聘用人员',
  coLocated: '合署办公人员',
  other: '其他人员',
};

/**
 * 平时考核结果汇总表 of a period's stored grades, for a unit (and the units below it) or the whole
 * bureau: a section (a sheet, new pages) per staff group — 公务员, 参公, 事业, 工勤, 编外 … — each
 * with score and 排名 when the 评鉴 gave scores, the 评鉴 proposal and the grade decided, and in
 * 说明 why the two differ.
 */
export async function buildSummary(ctx: ReadContext, input: { periodId: string; unitId?: string }): Promise<BuiltForm> {
  const { org, period, outcomes } = await gradedPeriod(ctx, input.periodId, input.unitId);
  const participants = new Map(period.participants.map((p) => [p.personId, p]));
  const people = new Map(org.people.map((p) => [p.id, p]));
  const groups = new Map<StaffGroup, SummaryRow[]>();
  for (const o of outcomes) {
    const participant = participants.get(o.personId);
    const person = people.get(o.personId);
    const group = staffGroup(participant?.category ?? null, participant?.establishment ?? null);
    const row: SummaryRow = {
      name: o.name,
      gender: person?.gender ?? null,
      unitLabel: unitLabel(org.units, o.unitId),
      post: postAndRank(participant?.post ?? null, person?.rank ?? null),
      score: o.score,
      rank: null,
      proposed: proposedGrade(o),
      grade: o.grade,
      note: summaryNote(o, participant?.undetermined ?? null),
    };
    groups.set(group, [...(groups.get(group) ?? []), row]);
  }
  const scope = input.unitId ? unitLabel(org.units, input.unitId) : null;
  const date = todayIso();
  const sections = STAFF_GROUPS.filter((g) => groups.has(g));
  const all = sections.flatMap((g) => groups.get(g)!);
  const copies: TableCopy<SummaryRow, SummaryContext>[] = sections.map((g, i) => {
    const rows = groups.get(g)!;
    const ranks = rankByScore(rows);
    return {
      form: rows.some((r) => r.score !== null) ? FORMS.scores : FORMS.plain,
      rows: rows.map((r, k) => ({ ...r, rank: ranks[k] })),
      ctx: {
        organisation: org.organisation.name,
        periodLabel: period.label,
        group: STAFF_GROUP_LABELS[g],
        filer: scope ?? org.organisation.name,
        date,
        goodRatio: org.settings.appraisal.goodRatio,
        overall: sections.length > 1 && i === sections.length - 1 ? all : null,
      },
      sheetName: SHEET_NAMES[g],
    };
  });
  return {
    kind: 'table',
    copies,
    title: `平时考核结果汇总表（${period.label}）`,
    fileName: `平时考核结果汇总表-${period.label}${scope ? `-${scope.replace(/\s+/g, '')}` : ''}-${date.replace(/-/g, '')}`,
  };
}
