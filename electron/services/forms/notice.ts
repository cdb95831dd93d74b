import { addDays } from '../../../shared/domain/dates';
import { GRADES, type Grade } from '../../../shared/domain/grade';
import { PERIOD_STATE_LABELS } from '../../../shared/domain/period';
import { unitLabel } from '../../../shared/domain/unit';
import { noticeForm, type NoticeRow } from '../../../shared/forms/notice-form';
import type { Outcome } from '../../../shared/grading/types';
import { rejected } from '../app-error';
import type { ReadContext } from '../context';
import { todayIso } from '../clock';
import type { BuiltForm } from './built-form';
import { gradedPeriod } from './graded-period';

export interface NoticeInput {
  periodId: string;
  /** 公示期; from today for 7 calendar days when not given. */
  start?: string;
  end?: string;
  phone?: string;
  /** The grades published; the bureau's usual practice is 好 only. */
  grades: Grade[];
}

/** 公示名单 of a published (or archived) period: the people of the chosen grades, by unit. */
export async function buildNotice(ctx: ReadContext, input: NoticeInput): Promise<BuiltForm> {
  const period = await ctx.view.period(input.periodId);
  if (period.state !== 'publicity' && period.state !== 'archived') {
    throw rejected(`${period.label}处于“${PERIOD_STATE_LABELS[period.state]}”阶段，等次尚未公示；公示名单在进入“公示”后才能导出。`);
  }
  const start = input.start ?? todayIso();
  const end = input.end ?? addDays(start, 6);
  if (end < start) throw rejected('公示期的结束日期不能早于开始日期。');
  const grades = GRADES.filter((g) => input.grades.includes(g));
  const { org, outcomes } = await gradedPeriod(ctx, input.periodId);

  // Outcomes come by unit in tree order: group them, then one row per grade within the unit.
  const byUnit = new Map<string, Outcome[]>();
  for (const o of outcomes) byUnit.set(o.unitId, [...(byUnit.get(o.unitId) ?? []), o]);
  const rows: NoticeRow[] = [];
  for (const [unitId, list] of byUnit) {
    for (const grade of grades) {
      const names = list.filter((o) => o.grade === grade).map((o) => o.name);
      if (names.length) rows.push({ unitLabel: unitLabel(org.units, unitId), grade, names });
    }
  }
  return {
    kind: 'table',
    copies: [
      {
        form: noticeForm(grades),
        rows,
        ctx: { organisation: org.organisation.name, periodLabel: period.label, grades, start, end, phone: input.phone?.trim() || null },
      },
    ],
    title: `公示名单（${period.label}）`,
    fileName: `公示名单-${period.label}-${start.replace(/-/g, '')}`,
  };
}
