import type { ParticipantRow, PeriodDetail, PeriodSummary } from '../../../shared/api/appraisal-schemas';
import {
  PERIOD_STATES,
  PERIOD_STATE_LABELS,
  periodId,
  periodRange,
  type Participant,
  type Period,
  type PeriodKind,
  type PeriodState,
} from '../../../shared/domain/period';
import type { UndeterminedReason } from '../../../shared/domain/grade';
import type { OrgData } from '../../../shared/domain/org';
import { superiorAppraisedIds } from '../../../shared/domain/superior';
import { unitLabel } from '../../../shared/domain/unit';
import { sortByStroke } from '../../../shared/text/stroke-order';
import { formatMonthLabel, formatPeriodLabel } from '../../../shared/text/ym-date';
import { EMPTY_GRADING } from '../../../shared/grading/record';
import { AppError, rejected } from '../app-error';
import type { ChangeContext, ReadContext } from '../context';
import type { AuditInput } from '../audit/audit-log';
import { regradeBeforePublishing } from '../grading/grading';
import { summarize } from '../store/doc/period-files';

export function listPeriods(ctx: ReadContext): PeriodSummary[] {
  return ctx.view.periods().slice().reverse();
}

/**
 * Opens a period: everyone in post (or seconded out) takes part, with the unit they are in now.
 * People seconded out are marked 不确定等次 (借调在外由借入单位考核) — the clerk can change it.
 */
export function openPeriod(ctx: ChangeContext, input: { kind: PeriodKind; year: number; index: number }): PeriodSummary {
  if (input.kind === 'quarter' && input.index > 4) throw rejected('季度应为1到4。');
  const org = ctx.view.org();
  const id = periodId(input.kind, input.year, input.index);
  const label =
    input.kind === 'quarter' ? formatPeriodLabel(input.year, input.index as 1 | 2 | 3 | 4) : formatMonthLabel(input.year, input.index);
  if (ctx.view.hasPeriod(id)) throw rejected(`${label}已经建立，不能重复建立。`);
  const overlapping = ctx.view
    .periods()
    .find((p) => p.kind !== input.kind && p.year === input.year && overlaps(p, periodRange(input.kind, input.year, input.index)));
  if (overlapping) throw rejected(`${label}与已建立的${overlapping.label}时间重叠，同一时间只能按季度或按月其中一种考核。`);
  const participants: Participant[] = sortByStroke(
    org.people.filter((p) => p.status === 'active' || p.status === 'seconded'),
    (p) => p.name,
  ).map((p) => ({
    personId: p.id,
    name: p.name,
    unitId: p.unitId,
    establishment: p.establishment,
    category: p.category,
    post: p.post,
    undetermined: p.status === 'seconded' ? { reason: '借调在外由借入单位考核', note: p.secondedTo } : null,
  }));
  if (participants.length === 0) throw rejected('花名册中还没有在职人员，不能建立考核周期。');
  const now = ctx.tx.now;
  const period: Period = {
    id,
    kind: input.kind,
    year: input.year,
    index: input.index,
    label,
    ...periodRange(input.kind, input.year, input.index),
    state: 'recording',
    openedAt: now,
    history: [{ from: null, to: 'recording', at: now, by: ctx.actor, reason: null }],
    participants,
    grading: { ...EMPTY_GRADING },
  };
  ctx.tx.createPeriod(period);
  ctx.tx.audit({
    action: 'period.open',
    target: id,
    summary: `建立考核周期 ${label}（${participants.length} 人参加）`,
    after: { state: 'recording' },
  });
  return summarize(period);
}

export async function getPeriod(ctx: ReadContext, id: string): Promise<PeriodDetail> {
  const period = await ctx.view.period(id);
  return { period: summarize(period), history: period.history, participants: await participantRows(ctx, period) };
}

async function participantRows(ctx: ReadContext, period: Period): Promise<ParticipantRow[]> {
  const org = ctx.view.org();
  const inputs = new Map<string, InputCounts>();
  for (const unitId of new Set(period.participants.map((p) => p.unitId))) {
    const data = await ctx.view.unit(period.id, unitId);
    const records = new Map<string, number>();
    for (const r of data.workRecords) records.set(r.personId, (records.get(r.personId) ?? 0) + 1);
    inputs.set(unitId, {
      records,
      summaries: new Set(data.summaries.map((s) => s.personId)),
      reviews: new Set(data.reviews.map((r) => r.personId)),
    });
  }
  const people = new Map(org.people.map((p) => [p.id, p]));
  const superior = superiorAppraisedIds(org.roles, org.settings.appraisal.superiorAppraised, period);
  return period.participants.map((p) =>
    participantRow(org, p, people.get(p.personId)?.unitId ?? null, inputs.get(p.unitId)!, superior.has(p.personId)),
  );
}

export interface InputCounts {
  records: Map<string, number>;
  summaries: Set<string>;
  reviews: Set<string>;
}

export function participantRow(
  org: OrgData,
  p: Participant,
  currentUnitId: string | null,
  inputs: InputCounts,
  superior: boolean,
): ParticipantRow {
  return {
    personId: p.personId,
    name: p.name,
    unitId: p.unitId,
    unitLabel: unitLabel(org.units, p.unitId),
    movedTo: currentUnitId && currentUnitId !== p.unitId ? unitLabel(org.units, currentUnitId) : null,
    post: p.post,
    establishment: p.establishment,
    category: p.category,
    undetermined: p.undetermined,
    superior,
    records: inputs.records.get(p.personId) ?? 0,
    hasSummary: inputs.summaries.has(p.personId),
    hasReview: inputs.reviews.has(p.personId),
  };
}

/**
 * Moves a period through 进行中 → 评鉴 → 评定 → 公示 → 已归档. Forward one step at a time;
 * going back, and reopening an archived period, needs a written reason (logged and shown); going
 * on despite missing material carries the clerk's reason the same way.
 */
export async function setPeriodState(
  ctx: ChangeContext,
  input: { id: string; to: PeriodState; reason: string | null },
): Promise<PeriodSummary> {
  ctx.tx.audit(await moveToState(ctx, input));
  return summarize(await ctx.view.period(input.id));
}

/** The step itself (checked, with the period's history); answers the audit entry that describes it. */
export async function moveToState(ctx: ChangeContext, input: { id: string; to: PeriodState; reason: string | null }): Promise<AuditInput> {
  const current = await ctx.view.period(input.id);
  const from = current.state;
  const step = PERIOD_STATES.indexOf(input.to) - PERIOD_STATES.indexOf(from);
  if (step === 0) throw rejected(`${current.label}已经是“${PERIOD_STATE_LABELS[from]}”状态。`);
  if (step > 1)
    throw rejected(
      `请按顺序推进：${current.label}现在是“${PERIOD_STATE_LABELS[from]}”，下一步是“${PERIOD_STATE_LABELS[PERIOD_STATES[PERIOD_STATES.indexOf(from) + 1]]}”。`,
    );
  const back = step < 0;
  if (back && (!input.reason || input.reason.trim().length < 4)) {
    throw rejected(
      from === 'archived'
        ? `重新打开已归档的${current.label}须写明理由（至少4个字）。`
        : `退回到“${PERIOD_STATE_LABELS[input.to]}”须写明理由（至少4个字）。`,
    );
  }
  const regraded = input.to === 'publicity' && from === 'grading' ? await regradeBeforePublishing(ctx, input.id) : '';
  // Forward, a reason is optional: why the clerk went on although material was missing (issue 15).
  const reason = input.reason?.trim() || null;
  await ctx.tx.changePeriod(input.id, (d) => {
    d.state = input.to;
    d.history.push({ from, to: input.to, at: ctx.tx.now, by: ctx.actor, reason });
  });
  return {
    action: from === 'archived' ? 'period.reopen' : back ? 'period.back' : 'period.advance',
    target: input.id,
    summary: `${current.label}：${PERIOD_STATE_LABELS[from]} → ${PERIOD_STATE_LABELS[input.to]}${regraded}`,
    before: { state: from },
    after: { state: input.to },
    reason,
  };
}

/** One step forward (进行中 → 评鉴 → 评定 → 公示 → 已归档). */
export async function advancePeriod(ctx: ChangeContext, id: string): Promise<PeriodSummary> {
  const period = await ctx.view.period(id);
  const next = PERIOD_STATES[PERIOD_STATES.indexOf(period.state) + 1];
  if (!next) throw rejected(`${period.label}已归档，没有下一步了。`);
  return setPeriodState(ctx, { id, to: next, reason: null });
}

export async function setUndetermined(
  ctx: ChangeContext,
  input: { periodId: string; personId: string; reason: UndeterminedReason | null; note: string | null },
): Promise<ParticipantRow> {
  const period = await ctx.view.period(input.periodId);
  assertInputsOpen(period);
  const p = participant(period, input.personId);
  if (input.reason === '其他' && !input.note) throw rejected('选择“其他”时请写明不确定等次的原因。');
  const before = p.undetermined;
  await ctx.tx.changePeriod(input.periodId, (d) => {
    participant(d, input.personId).undetermined = input.reason ? { reason: input.reason, note: input.note } : null;
  });
  ctx.tx.audit({
    action: 'period.undetermined',
    target: `${input.periodId}/${input.personId}`,
    summary: input.reason ? `${period.label} ${p.name} 定为不确定等次（${input.reason}）` : `${period.label} ${p.name} 取消不确定等次`,
    before,
    after: input.reason ? { reason: input.reason, note: input.note } : null,
  });
  const detail = await getPeriod(ctx, input.periodId);
  return detail.participants.find((x) => x.personId === input.personId)!;
}

export function participant(period: Period, personId: string): Participant {
  const p = period.participants.find((x) => x.personId === personId);
  if (!p) {
    throw new AppError('REJECTED', `此人不在${period.label}的考核名单中（名单在建立周期时确定）。`);
  }
  return p;
}

/** Inputs close when the results are published (公示) and stay closed once archived. */
export function assertInputsOpen(period: Period): void {
  if (period.state === 'archived') throw rejected(`${period.label}已归档，不能修改。如确需修改，请先重新打开（须写明理由）。`);
  if (period.state === 'publicity')
    throw rejected(`${period.label}已进入公示，不能再修改考核材料。如确需修改，请先退回“评定”（须写明理由）。`);
}

function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}
