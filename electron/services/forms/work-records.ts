import { unitLabel } from '../../../shared/domain/unit';
import { reviewKeys } from '../../../shared/domain/review-keys';
import { BLANK_LINES, WORK_RECORD_FORM, type WorkRecordContext, type WorkRecordRow } from '../../../shared/forms/work-record-form';
import { formatChineseDate } from '../../../shared/text/ym-date';
import { rejected } from '../app-error';
import type { ReadContext } from '../context';
import type { BuiltForm } from './built-form';
import { postAndRank } from '../../../shared/forms/person-text';
import { inFormOrder, type FormScope } from './form-scope';

const blankRows = (n: number): WorkRecordRow[] =>
  Array.from({ length: n }, () => ({ date: null, content: null, progress: null, note: null }));

/**
 * 工作纪实表 to print: for each person in scope, one table per week (or month) of the period with
 * the records kept and the 审核意见 written on it; weeks without records are left out. Blank: one
 * empty table to copy and fill by hand.
 */
export async function buildWorkRecords(
  ctx: ReadContext,
  input: { periodId: string; cadence: 'week' | 'month'; blank: boolean } & FormScope,
): Promise<BuiltForm> {
  const name = `工作纪实表（${input.cadence === 'week' ? '周' : '月'}）`;
  if (input.blank) {
    const heading = input.cadence === 'week' ? '　　　　年第　　周　　月　　日—　　月　　日' : '　　　　年　　月';
    const ctxBlank: WorkRecordContext = { cadence: input.cadence, unit: null, name: null, post: null, heading, review: null };
    return {
      kind: 'table',
      copies: [{ form: WORK_RECORD_FORM, rows: blankRows(BLANK_LINES[input.cadence]), ctx: ctxBlank }],
      title: name,
      fileName: `${name}-空白`,
    };
  }
  const org = ctx.view.org();
  const period = await ctx.view.period(input.periodId);
  const participants = inFormOrder(org, period.participants, input, (p) => p);
  const keys = reviewKeys(period).filter((k) => k.cadence === input.cadence);
  const people = new Map(org.people.map((p) => [p.id, p]));
  const copies: Extract<BuiltForm, { kind: 'table' }>['copies'] = [];
  for (const p of participants) {
    const inputs = await ctx.view.unit(period.id, p.unitId);
    const own = inputs.workRecords.filter((r) => r.personId === p.personId).sort((a, b) => a.date.localeCompare(b.date));
    for (const k of keys) {
      const records = own.filter((r) => r.date >= k.from && r.date <= k.to);
      if (records.length === 0) continue;
      const review = inputs.recordReviews.find((r) => r.personId === p.personId && r.key === k.key);
      copies.push({
        form: WORK_RECORD_FORM,
        rows: records.map((r) => ({
          date: formatChineseDate(r.date).replace(/^\d+年/, ''),
          content: r.content,
          progress: r.progress,
          note: r.note,
        })),
        ctx: {
          cadence: input.cadence,
          unit: unitLabel(org.units, p.unitId),
          name: p.name,
          post: postAndRank(p.post, people.get(p.personId)?.rank ?? null),
          heading: k.cadence === 'week' ? `${k.key.slice(0, 4)}年${k.label.replace(/（(.*)）/, ' $1')}` : k.label,
          review: review?.comment || null,
        } satisfies WorkRecordContext,
        sheetName: `${p.name}-${k.cadence === 'week' ? k.key.slice(5) : `${Number(k.key.slice(5))}月`}`,
      });
    }
  }
  if (copies.length === 0) throw rejected(`${period.label}在所选范围内还没有工作纪实记录；需要空白表时请选择“空白表”。`);
  const scope = input.personId ? participants[0].name : input.unitId ? unitLabel(org.units, input.unitId).replace(/\s+/g, '') : null;
  return {
    kind: 'table',
    copies,
    title: `${name}${period.label}`,
    fileName: `${name}-${period.label}${scope ? `-${scope}` : ''}`,
  };
}
