import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import type { FileInput, FileOutput, ImportIssue, ImportResult, RosterPreview } from '../../../shared/api/contract';
import { applyRosterPlan } from '../../../shared/import/roster-apply';
import { planRosterImport, type RosterPlan } from '../../../shared/import/roster-plan';
import { AppError, rejected } from '../app-error';
import { changeOrg, newId, todayIso, type DeskContext } from '../context';
import { fileBytes, fileOutput } from '../excel/file-input';
import { readWorkbookInWorker } from '../excel/read-in-worker';
import { startJob } from '../jobs';
import { requireOrg } from '../store/data-folder';

interface HeldPreview {
  plan: RosterPlan;
  /** The data version the preview was computed against. */
  version: number;
}

/** Previews waiting for the clerk's confirmation (the last few; a restart drops them). */
const previews = new Map<string, HeldPreview>();
const KEEP = 5;

export async function previewRosterImport(ctx: DeskContext, input: FileInput): Promise<RosterPreview> {
  const store = requireOrg(ctx.folder);
  const job = startJob(input.jobId);
  job.step('读取文件', 5);
  const { fileName, bytes } = await fileBytes(input);
  job.step('解析表格', 15);
  const grid = await readWorkbookInWorker(bytes, fileName, job);
  job.step('识别表头并核对数据', 70);
  const plan = planRosterImport(grid, store.data, fileName);
  job.finish();
  const previewId = randomUUID();
  previews.set(previewId, { plan, version: store.version });
  while (previews.size > KEEP) previews.delete(previews.keys().next().value!);
  return toPreview(previewId, plan);
}

function toPreview(previewId: string, plan: RosterPlan): RosterPreview {
  const counts = { new: 0, changed: 0, unchanged: 0, invalid: 0, total: plan.rows.length };
  for (const r of plan.rows) counts[r.status]++;
  return {
    previewId,
    fileName: plan.fileName,
    sheets: plan.sheets,
    counts,
    newUnits: plan.newUnits,
    rows: plan.rows.map((r) => ({ sheet: r.sheet, row: r.row, status: r.status, name: r.name, unitLabel: r.unitLabel, changes: r.changes, errors: r.errors, warnings: r.warnings })),
    errors: allIssues(plan, 'errors'),
    warnings: allIssues(plan, 'warnings'),
  };
}

const allIssues = (plan: RosterPlan, kind: 'errors' | 'warnings'): ImportIssue[] => [...(kind === 'errors' ? plan.fileErrors : []), ...plan.rows.flatMap((r) => r[kind])];

function heldPreview(ctx: DeskContext, previewId: string): HeldPreview {
  const held = previews.get(previewId);
  if (!held) throw rejected('这次导入的预览已失效（可能程序重启过），请重新选择文件预览。');
  if (held.version !== requireOrg(ctx.folder).version) throw rejected('预览之后花名册已有改动，请重新预览后再确认导入。');
  return held;
}

/**
 * Writes a previewed import in one go: all rows, or — only when the clerk asks — the valid rows.
 * A file with errors is otherwise refused whole and nothing is written. One audit entry.
 */
export async function commitRosterImport(ctx: DeskContext, input: { previewId: string; mode: 'all' | 'validOnly' }): Promise<ImportResult> {
  const { plan } = heldPreview(ctx, input.previewId);
  const errors = allIssues(plan, 'errors');
  const warnings = allIssues(plan, 'warnings');
  if (plan.fileErrors.length) throw rejected(plan.fileErrors[0].message);
  const invalid = plan.rows.filter((r) => r.status === 'invalid').length;
  if (invalid && input.mode === 'all') {
    throw new AppError('REJECTED', `有 ${invalid} 行不能导入（如“${errors[0].sheet}”第${errors[0].row}行“${errors[0].column}”：${errors[0].message}）。请修改文件后重新导入，或选择“只导入无误的行”。没有写入任何数据。`);
  }
  const counts = await changeOrg(ctx, (draft) => {
    const c = applyRosterPlan(draft, plan, { today: todayIso(), now: new Date().toISOString(), newId });
    const parts = [`新增 ${c.created} 人`, `更新 ${c.updated} 人`, `未变 ${c.unchanged} 人`, c.skipped ? `跳过 ${c.skipped} 行有误的行` : '', c.newUnits.length ? `新建单位 ${c.newUnits.join('、')}` : ''];
    return { result: c, audit: { action: 'import.roster', target: 'roster', summary: `导入花名册“${plan.fileName}”：${parts.filter(Boolean).join('，')}`, after: c } };
  });
  previews.delete(input.previewId);
  return { ok: true, ...counts, errors: input.mode === 'validOnly' ? errors : [], warnings };
}

/** The preview's problems as a workbook the clerk can print or send back to whoever filled the sheet. */
export async function rosterErrorReport(ctx: DeskContext, input: { previewId: string; file?: string }): Promise<FileOutput> {
  const { plan } = heldPreview(ctx, input.previewId);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导入问题', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [
    { header: '工作表', key: 'sheet', width: 14 },
    { header: '行号', key: 'row', width: 7 },
    { header: '列', key: 'column', width: 14 },
    { header: '姓名', key: 'name', width: 10 },
    { header: '级别', key: 'level', width: 7 },
    { header: '问题', key: 'message', width: 80 },
  ];
  ws.getRow(1).font = { name: '宋体', bold: true, charset: 134 };
  for (const f of plan.fileErrors) ws.addRow({ ...f, row: f.row || '', name: '', level: '错误' });
  for (const r of plan.rows) {
    for (const e of r.errors) ws.addRow({ ...e, name: r.name, level: '错误' });
    for (const w of r.warnings) ws.addRow({ ...w, name: r.name, level: '提醒' });
  }
  ws.eachRow((row) => row.eachCell((c) => (c.alignment = { vertical: 'middle', wrapText: true })));
  const base = plan.fileName.replace(/\.(xlsx|xls|et)$/i, '');
  return fileOutput(`${base}-导入问题.xlsx`, new Uint8Array(await wb.xlsx.writeBuffer()), input.file);
}
