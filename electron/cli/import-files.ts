import { IMPORT_KIND_LABELS, type ImportPreview, type ImportResult } from '../../shared/api/contract';
import type { DeskContext } from '../services/context';
import { dispatch } from '../services/dispatch';
import type { Parsed } from './args';
import { exitCodeOf } from './exit-codes';
import { issuePlace } from '../../shared/import/issue-place';

/**
 * import KIND FILE…: preview, then (unless --dry-run) commit. A file with errors is refused whole
 * (exit 1) unless --skip-invalid. --json prints DESIGN.md's import object.
 */
export async function importFiles(
  ctx: DeskContext,
  session: string | null,
  preview: ImportPreview,
  p: Parsed,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const json = p.flags.has('json');
  const skipInvalid = p.flags.has('skip-invalid');
  const c = preview.counts;
  // Every column the file has and the import does not use, and the sheets it left aside.
  const unusedColumns = preview.columns.filter((c) => c.field === null).map(({ label, sample, sheets }) => ({ label, sample, sheets }));
  const report = (r: ImportResult) => {
    if (json) return out(JSON.stringify({ ...r, unusedColumns, skippedSheets: preview.skippedSheets }));
    const what = IMPORT_KIND_LABELS[preview.kind as keyof typeof IMPORT_KIND_LABELS];
    out(
      `${what}${p.flags.has('dry-run') ? '检查结果（未写入）' : r.ok ? '导入完成' : '未导入'}：新增 ${r.created} 行，更新 ${r.updated} 行，未变 ${r.unchanged} 行，跳过 ${r.skipped} 行。`,
    );
    if (r.newUnits.length) out(`新建单位：${r.newUnits.join('、')}`);
    if (r.also?.length) out(`一并写入：${r.also.join('，')}`);
    if (unusedColumns.length)
      out(
        `未使用的列：${unusedColumns.map((c) => `“${c.label}”${c.sample ? `（如“${c.sample}”）` : '（空）'}`).join('、')}；用 --map 表头=字段 导入`,
      );
    if (preview.skippedSheets.length) out(`未读取的工作表：${preview.skippedSheets.map((s) => `“${s.name}”（${s.reason}）`).join('、')}`);
    for (const e of r.errors) err(`错误 ${issuePlace(e)}：${e.message}`);
    for (const w of r.warnings) err(`提醒 ${w.row > 0 ? `${issuePlace(w)}：` : ''}${w.message}`);
  };
  const rejectedWhole = preview.errors.length > 0 && !(skipInvalid && c.invalid > 0 && preview.errors.every((e) => e.row > 0));
  if (p.flags.has('dry-run') || rejectedWhole) {
    report({
      ok: !rejectedWhole,
      created: rejectedWhole ? 0 : c.new,
      updated: rejectedWhole ? 0 : c.changed,
      unchanged: rejectedWhole ? 0 : c.unchanged,
      skipped: rejectedWhole ? c.total : c.invalid,
      newUnits: rejectedWhole ? [] : preview.newUnits,
      also: rejectedWhole
        ? []
        : (preview.roster?.proposals.length ?? 0) > 0
          ? [`可一并写入 ${preview.roster!.proposals.length} 项（管理职责、表现记录、年度考核结果）`]
          : [],
      errors: preview.errors,
      warnings: preview.warnings,
    });
    if (rejectedWhole && !json)
      err(
        c.invalid > 0
          ? `有 ${c.invalid} 行不能导入，没有写入任何数据。修改后重新导入，或加 --skip-invalid 只导入无误的行。`
          : '这份文件不能导入，没有写入任何数据。',
      );
    return rejectedWhole ? 1 : 0;
  }
  const committed = await dispatch(
    ctx,
    'import:commit',
    { previewId: preview.previewId, mode: skipInvalid ? 'validOnly' : 'all' },
    session,
  );
  if (!committed.ok) {
    if (json) out(JSON.stringify(committed));
    else err(committed.message);
    return exitCodeOf(committed.code);
  }
  report(committed.data as ImportResult);
  return 0;
}
