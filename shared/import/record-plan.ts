import type { ImportIssue } from '../api/contract';
import type { Period } from '../domain/period';
import { INPUTS_OPEN, PERIOD_STATE_LABELS } from '../domain/period';
import type { WorkRecord } from '../domain/period-inputs';
import { cellText, type WorkbookGrid } from '../excel/cells';
import { readDate, readName, readText } from './cell-values';
import { emptyPlan, forEachDataRow, noTableError, type ImportPlan, type ImportRowBase } from './plan';
import { RECORD_FIELD_MAP, RECORD_META_MARK, RECORD_META_SHEET, type RecordColumn } from './record-sheet';

export interface RecordRowPlan extends ImportRowBase {
  periodId: string;
  personId: string | null;
  unitId: string | null;
  record: Pick<WorkRecord, 'date' | 'content' | 'progress' | 'note'> | null;
}

/** The period and the sheet → person map stamped into an exported 工作纪实表. */
export function readRecordStamp(grid: WorkbookGrid): { periodId: string; people: Map<string, string> } | null {
  const meta = grid.sheets.find((s) => s.name === RECORD_META_SHEET);
  const cell = (r: number, c: number) => cellText(meta?.rows[r]?.[c] ?? null);
  if (!meta || cell(0, 0) !== RECORD_META_MARK) return null;
  const people = new Map<string, string>();
  for (let r = 2; r < meta.rows.length; r++) if (cell(r, 0)) people.set(cell(r, 0), cell(r, 1));
  return { periodId: cell(1, 1), people };
}

/**
 * 工作纪实 from one file: the app's template (a sheet per person, known by the hidden stamp) or a
 * combined list with a 姓名 column. Every entry must be dated inside the period and belong to a
 * participant; an unknown name is reported, never invented. Entries already recorded are unchanged.
 */
export function planRecordImport(
  grid: WorkbookGrid,
  fileName: string,
  period: Period | null,
  existing: (unitId: string) => readonly WorkRecord[],
): ImportPlan<RecordRowPlan> {
  const plan = emptyPlan<RecordRowPlan>(fileName);
  const stamp = readRecordStamp(grid);
  const first = grid.sheets.find((s) => !s.hidden)?.name ?? '';
  const fileError = (message: string) => plan.fileErrors.push({ sheet: first, row: 0, column: '', message });
  if (!period) {
    fileError(stamp ? `工作纪实表所属的考核周期 ${stamp.periodId} 不存在。` : '请先选择这些工作纪实所属的考核周期。');
    return plan;
  }
  if (stamp && stamp.periodId !== period.id) {
    fileError(`这份工作纪实表属于考核周期 ${stamp.periodId}，不是当前的${period.label}，已拒绝导入。`);
    return plan;
  }
  if (!INPUTS_OPEN.includes(period.state)) {
    fileError(`${period.label}已处于“${PERIOD_STATE_LABELS[period.state]}”状态，不能再导入工作纪实。`);
    return plan;
  }
  const byName = new Map<string, string[]>();
  for (const p of period.participants) byName.set(p.name, [...(byName.get(p.name) ?? []), p.personId]);
  const seen = new Set<string>();
  forEachDataRow(grid, RECORD_FIELD_MAP, plan, (r) => {
    const content = readText(r.cell('content'));
    const dateCell = r.cell('date');
    if (!content && !dateCell) return; // the template's blank lines
    const seq = readText(r.cell('seq'));
    if (seq && !/^\d+$/.test(seq)) return; // 本期小结 / 审核意见 boxes under the table
    const errors: ImportIssue[] = [];
    const issue = (k: RecordColumn, message: string) => errors.push(r.issue(k, message));
    const name = readName(r.cell('name'));
    let personId = stamp?.people.get(r.sheet) ?? null;
    if (!personId) {
      const ids = name ? (byName.get(name) ?? []) : [];
      if (!name) issue('name', '姓名为空');
      else if (ids.length === 0) issue('name', `“${name}”不在${period.label}的考核名单中（导入不会自动新增人员）`);
      else if (ids.length > 1) issue('name', `${period.label}的名单中有 ${ids.length} 个“${name}”，请改用本程序导出的个人工作纪实表`);
      else personId = ids[0];
    }
    const who = period.participants.find((p) => p.personId === personId);
    const date = readDate(dateCell);
    if (!date.ok) issue('date', date.message);
    else if (!date.value) issue('date', '时间为空');
    else if (date.value < period.start || date.value > period.end)
      issue('date', `日期 ${date.value} 不在${period.label}（${period.start} 至 ${period.end}）之内`);
    if (!content) issue('content', '工作内容为空');
    const row: RecordRowPlan = {
      sheet: r.sheet,
      row: r.row,
      name: who?.name ?? name ?? '',
      status: 'invalid',
      unitLabel: '',
      changes: [],
      errors,
      warnings: [],
      periodId: period.id,
      personId: who?.personId ?? null,
      unitId: who?.unitId ?? null,
      record: null,
    };
    plan.rows.push(row);
    if (errors.length || !who || !date.ok || !date.value || !content) return;
    row.record = { date: date.value, content, progress: readText(r.cell('progress')), note: readText(r.cell('note')) };
    const key = `${who.personId}|${date.value}|${content}`;
    const known =
      seen.has(key) || existing(who.unitId).some((x) => x.personId === who.personId && x.date === date.value && x.content === content);
    seen.add(key);
    row.status = known ? 'unchanged' : 'new';
  });
  if (plan.rows.length === 0 && plan.fileErrors.length === 0) {
    plan.fileErrors.push(
      noTableError(
        grid.sheets.filter((s) => !s.hidden).map((s) => s.name),
        plan.sheets,
        '工作纪实',
        '表头至少要有“时间”和“工作内容”两列。',
      ),
    );
  }
  return plan;
}
