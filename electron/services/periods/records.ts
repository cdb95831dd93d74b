import type { WorkRecordRow } from '../../../shared/api/appraisal-schemas';
import { addDays } from '../../../shared/domain/dates';
import type { Period } from '../../../shared/domain/period';
import { WorkRecordSchema, type RecordReview, type WorkRecord } from '../../../shared/domain/period-inputs';
import { unitLabel, unitSubtree } from '../../../shared/domain/unit';
import { notFound, rejected } from '../app-error';
import { newId, type ChangeContext, type ReadContext } from '../context';
import { todayIso } from '../clock';
import { inputsFor } from './inputs';

const row = (r: WorkRecord, name: string, periodId: string): WorkRecordRow => ({ ...r, name, periodId });

export async function listRecords(
  ctx: ReadContext,
  input: { periodId: string; personId?: string; unitId?: string },
): Promise<WorkRecordRow[]> {
  const period = await ctx.view.period(input.periodId);
  const org = ctx.view.org();
  const units = input.unitId ? unitSubtree(org.units, input.unitId) : null;
  const people = period.participants.filter((p) => (!input.personId || p.personId === input.personId) && (!units || units.has(p.unitId)));
  const names = new Map(people.map((p) => [p.personId, p.name]));
  const out: WorkRecordRow[] = [];
  for (const unitId of new Set(people.map((p) => p.unitId))) {
    for (const r of (await ctx.view.unit(period.id, unitId)).workRecords)
      if (names.has(r.personId)) out.push(row(r, names.get(r.personId)!, period.id));
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

/** Adds or edits one 工作纪实 entry; its date must fall inside the period. */
export async function saveRecord(
  ctx: ChangeContext,
  input: { periodId: string; personId: string; id?: string; date: string; content: string; progress: string | null; note: string | null },
): Promise<WorkRecordRow> {
  const { period, name, unitId } = await inputsFor(ctx, input.periodId, input.personId, true);
  assertInPeriod(period, input.date);
  const now = ctx.tx.now;
  const { saved, before } = await ctx.tx.changeUnit(
    period.id,
    unitId,
    (d) => {
      if (input.id) {
        const i = d.workRecords.findIndex((x) => x.id === input.id && x.personId === input.personId);
        if (i < 0) throw notFound('这条工作纪实');
        const before = recordView(d.workRecords[i]);
        d.workRecords[i] = WorkRecordSchema.parse({
          ...d.workRecords[i],
          date: input.date,
          content: input.content,
          progress: input.progress,
          note: input.note,
          updatedAt: now,
        });
        return { saved: d.workRecords[i], before };
      }
      const r = WorkRecordSchema.parse({
        id: newId('w'),
        personId: input.personId,
        date: input.date,
        content: input.content,
        progress: input.progress,
        note: input.note,
        createdAt: now,
        updatedAt: now,
      });
      d.workRecords.push(r);
      return { saved: r, before: null };
    },
    'lists',
  );
  ctx.tx.audit({
    action: before ? 'records.update' : 'records.create',
    target: `${period.id}/${input.personId}/${saved.id}`,
    summary: `${before ? '修改' : '新增'} ${name} ${saved.date} 的工作纪实`,
    before,
    after: recordView(saved),
  });
  return row(saved, name, period.id);
}

export async function deleteRecord(
  ctx: ChangeContext,
  input: { periodId: string; personId: string; id: string },
): Promise<{ deleted: boolean }> {
  const { name, unitId } = await inputsFor(ctx, input.periodId, input.personId, true);
  const removed = await ctx.tx.changeUnit(input.periodId, unitId, (d) => {
    const i = d.workRecords.findIndex((x) => x.id === input.id && x.personId === input.personId);
    if (i < 0) throw notFound('这条工作纪实');
    return d.workRecords.splice(i, 1)[0];
  });
  ctx.tx.audit({
    action: 'records.delete',
    target: `${input.periodId}/${input.personId}/${input.id}`,
    summary: `删除 ${name} ${removed.date} 的工作纪实`,
    before: recordView(removed),
  });
  return { deleted: true };
}

/** 审核意见 of the 科室负责人 on one week's or month's records. */
export async function reviewRecords(
  ctx: ChangeContext,
  input: { periodId: string; personId: string; key: string; comment: string },
): Promise<RecordReview> {
  const { name, unitId } = await inputsFor(ctx, input.periodId, input.personId, true);
  const review: RecordReview = {
    personId: input.personId,
    key: input.key,
    comment: input.comment,
    by: ctx.actor,
    at: ctx.tx.now,
  };
  await ctx.tx.changeUnit(input.periodId, unitId, (d) => {
    d.recordReviews = d.recordReviews.filter((r) => !(r.personId === input.personId && r.key === input.key));
    if (input.comment) d.recordReviews.push(review);
  });
  ctx.tx.audit({
    action: 'records.review',
    target: `${input.periodId}/${input.personId}`,
    summary: `${name} ${input.key} 工作纪实审核意见`,
    after: input.comment,
  });
  return review;
}

/** The 审核意见 written so far on a person's records, by month or week. */
export async function listRecordReviews(ctx: ReadContext, input: { periodId: string; personId: string }): Promise<RecordReview[]> {
  const { inputs } = await inputsFor(ctx, input.periodId, input.personId, false);
  return inputs.recordReviews.filter((r) => r.personId === input.personId).sort((a, b) => a.key.localeCompare(b.key));
}

/** Who has recorded nothing in the last `weeks` weeks of the period so far (the clerk's reminder list). */
export async function recordCoverage(ctx: ReadContext, input: { periodId: string; weeks: number; unitId?: string }) {
  const org = ctx.view.org();
  const period = await ctx.view.period(input.periodId);
  const today = todayIso();
  const until = today < period.end ? today : period.end;
  const since = addDays(until, -7 * input.weeks + 1);
  const units = input.unitId ? unitSubtree(org.units, input.unitId) : null;
  const out = [];
  for (const unitId of new Set(period.participants.map((p) => p.unitId))) {
    if (units && !units.has(unitId)) continue;
    const records = (await ctx.view.unit(period.id, unitId)).workRecords;
    for (const p of period.participants.filter((x) => x.unitId === unitId && !x.undetermined)) {
      const mine = records.filter((r) => r.personId === p.personId);
      const last = mine.reduce<string | null>((m, r) => (m === null || r.date > m ? r.date : m), null);
      if (last === null || last < since)
        out.push({ personId: p.personId, name: p.name, unitLabel: unitLabel(org.units, unitId), count: mine.length, lastDate: last });
    }
  }
  return out;
}

const recordView = (r: WorkRecord) => ({ date: r.date, content: r.content, progress: r.progress, note: r.note });

export function assertInPeriod(period: Period, date: string): void {
  if (date < period.start || date > period.end)
    throw rejected(`日期 ${date} 不在${period.label}（${period.start} 至 ${period.end}）之内。`);
}
