import ExcelJS from 'exceljs';
import {
  IMPORT_KIND_LABELS,
  type FileInput,
  type FileOutput,
  type ImportIssue,
  type ImportKind,
  type ImportPreview,
  type ImportResult,
} from '../../../shared/api/contract';
import type { ImportPlan } from '../../../shared/import/plan';
import { AppError, rejected } from '../app-error';
import type { ChangeContext, DeskContext } from '../context';
import { fileBytes, fileOutput } from '../excel/file-input';
import { notInitialized } from '../store/folder/view';
import type { Expectation, ImportKindHandler, ReadFile } from './import-kind';
import { incidentsImport } from './incidents-kind';
import { recordsImport } from './records-kind';
import { reviewsImport } from './reviews-kind';
import { rosterImport } from './roster-kind';
import { rolesImport } from './roles-kind';
import { workbookBytes } from '../excel/workbook-bytes';

const KINDS: Record<ImportKind, ImportKindHandler> = {
  roster: rosterImport as ImportKindHandler,
  incidents: incidentsImport as ImportKindHandler,
  reviews: reviewsImport as ImportKindHandler,
  records: recordsImport as ImportKindHandler,
  roles: rolesImport as ImportKindHandler,
};

/**
 * file(s) → worker read → the kind's plan → preview. Nothing is written here; the preview is held
 * until the clerk confirms it (or not). The files are read without holding the data folder; the
 * plan is made under its read lock, remembering which data files it was made from.
 */
export async function previewImport(
  ctx: DeskContext,
  input: { kind: ImportKind; sources: FileInput[]; jobId?: string; expect: Expectation; mapping?: Expectation['mapping'] },
): Promise<ImportPreview> {
  if (!ctx.folder.initialized) throw notInitialized();
  const job = ctx.jobs.start(input.jobId);
  const files: ReadFile[] = [];
  for (const [i, source] of input.sources.entries()) {
    const share = 80 / input.sources.length;
    job.step(input.sources.length > 1 ? `读取第 ${i + 1}/${input.sources.length} 个文件` : '读取文件', 5 + share * i);
    const { fileName, bytes } = await fileBytes(source);
    files.push({ fileName, grid: await ctx.reader.read(bytes, fileName, job) });
  }
  job.step('识别表头并核对数据', 85);
  const expect = { ...input.expect, mapping: input.mapping };
  const { result: plan, versions } = await ctx.folder.readRecorded((view) => KINDS[input.kind].plan({ ...ctx, view }, files, expect));
  job.finish();
  const previewId = ctx.previews.add({ kind: input.kind, plan, versions, committed: false });
  return toPreview(previewId, input.kind, plan);
}

function toPreview(previewId: string, kind: ImportKind, plan: ImportPlan): ImportPreview {
  const extras = KINDS[kind].extras;
  const counts = { new: 0, changed: 0, unchanged: 0, invalid: 0, total: plan.rows.length };
  for (const r of plan.rows) counts[r.status]++;
  return {
    previewId,
    kind,
    fileName: plan.fileName,
    sheets: plan.sheets,
    counts,
    newUnits: plan.newUnits,
    rows: plan.rows.map((r) => ({
      sheet: r.sheet,
      row: r.row,
      status: r.status,
      name: r.name,
      unitLabel: r.unitLabel,
      changes: r.changes,
      errors: r.errors,
      warnings: r.warnings,
      unitSource: r.unitSource,
      notes: r.notes,
    })),
    fileErrors: plan.fileErrors,
    errors: allIssues(plan, 'errors'),
    warnings: allIssues(plan, 'warnings'),
    columns: plan.columns,
    skippedSheets: plan.skippedSheets,
    roster: extras ? extras(plan) : null,
  };
}

const allIssues = (plan: ImportPlan, kind: 'errors' | 'warnings'): ImportIssue[] => [
  ...(kind === 'errors' ? plan.fileErrors : plan.fileWarnings),
  ...plan.rows.flatMap((r) => r[kind]),
];

/**
 * Writes a previewed import in one go: all rows, or — only when the clerk asks — the valid rows.
 * A file with errors is otherwise refused whole and nothing is written.
 */
export async function commitImport(
  ctx: ChangeContext,
  input: { previewId: string; mode: 'all' | 'validOnly'; accept?: string[] },
): Promise<ImportResult> {
  const held = ctx.previews.get(input.previewId, true);
  if (!ctx.folder.unchangedSince(held.versions)) throw rejected('预览之后数据已有改动，请重新预览后再确认导入。');
  const { kind, plan } = held;
  const errors = allIssues(plan, 'errors');
  const warnings = allIssues(plan, 'warnings');
  if (plan.fileErrors.length) throw rejected(`${plan.fileErrors[0].message}没有写入任何数据。`);
  const invalid = plan.rows.filter((r) => r.status === 'invalid').length;
  if (invalid && input.mode === 'all') {
    throw new AppError(
      'REJECTED',
      `有 ${invalid} 行不能导入（如“${errors[0].sheet}”第${errors[0].row}行“${errors[0].column}”：${errors[0].message}）。请修改文件后重新导入，或选择“只导入无误的行”。没有写入任何数据。`,
    );
  }
  // Without a list (the CLI), every proposal of the preview is taken, as the dialog offers them ticked.
  const ticked = input.accept ? new Set(input.accept) : null;
  const counts = await KINDS[kind].apply(ctx, plan, (id) => !ticked || ticked.has(id));
  ctx.tx.onCommit(() => (held.committed = true));
  return { ok: true, ...counts, errors: input.mode === 'validOnly' ? errors : [], warnings };
}

/** The preview's problems as a workbook the clerk can print or send back to whoever filled the sheet. */
export async function importErrorReport(ctx: DeskContext, input: { previewId: string; file?: string }): Promise<FileOutput> {
  const { kind, plan } = ctx.previews.get(input.previewId, false);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导入问题', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [
    { header: '工作表', key: 'sheet', width: 16 },
    { header: '行号', key: 'row', width: 7 },
    { header: '列', key: 'column', width: 14 },
    { header: '姓名', key: 'name', width: 10 },
    { header: '级别', key: 'level', width: 7 },
    { header: '问题', key: 'message', width: 80 },
  ];
  ws.getRow(1).font = { name: '宋体', bold: true, charset: 134 };
  for (const f of plan.fileErrors) ws.addRow({ ...f, row: f.row || '', name: '', level: '错误' });
  for (const f of plan.fileWarnings) ws.addRow({ ...f, row: f.row || '', name: '', level: '提醒' });
  for (const r of plan.rows) {
    for (const e of r.errors) ws.addRow({ ...e, name: r.name, level: '错误' });
    for (const w of r.warnings) ws.addRow({ ...w, name: r.name, level: '提醒' });
  }
  ws.eachRow((row) => row.eachCell((c) => (c.alignment = { vertical: 'middle', wrapText: true })));
  const base = plan.fileName.replace(/\.(xlsx|xls|et)$/i, '');
  return fileOutput(`${base}-${IMPORT_KIND_LABELS[kind]}导入问题.xlsx`, await workbookBytes(wb), input.file);
}
