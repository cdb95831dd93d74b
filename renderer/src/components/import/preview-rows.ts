import { IMPORT_KIND_LABELS, type ImportIssue, type ImportKind, type ImportPreview, type ImportPreviewRow } from '@shared/api/contract';

export type RowStatus = ImportPreviewRow['status'];
/** The table's filter: one status, or every row. */
export type RowFilter = RowStatus | 'all';

/** Problems first, then what the import changes, then what it leaves alone. */
export const STATUS_ORDER: readonly RowStatus[] = ['invalid', 'changed', 'new', 'unchanged'];

export const STATUS_LABELS: Record<RowStatus, string> = { invalid: '有错误', changed: '有变化', new: '新增', unchanged: '无变化' };
export const STATUS_COLORS: Record<RowStatus, string> = { invalid: 'error', changed: 'processing', new: 'success', unchanged: 'default' };

export interface KeyedRow extends ImportPreviewRow {
  key: number;
}

/** The rows to show, in STATUS_ORDER and then in file order; keyed by their place in the preview. */
export function visibleRows(rows: readonly ImportPreviewRow[], filter: RowFilter): KeyedRow[] {
  const rank = (r: ImportPreviewRow) => STATUS_ORDER.indexOf(r.status);
  return rows
    .map((r, key) => ({ ...r, key }))
    .filter((r) => filter === 'all' || r.status === filter)
    .sort((a, b) => rank(a) - rank(b) || a.key - b.key);
}

const issueKey = (i: ImportIssue) => `${i.sheet}\u0000${i.row}\u0000${i.column}\u0000${i.message}`;

/** Errors about the file as a whole (no header found, another period's sheet …), not about one row. */
export function fileErrors(preview: ImportPreview): ImportIssue[] {
  const ofRows = new Set(preview.rows.flatMap((r) => r.errors.map(issueKey)));
  return preview.errors.filter((e) => !ofRows.has(issueKey(e)));
}

/** Notices about the file as a whole (no 身份证号 column, rows of a sheet that match nobody …). */
export function fileWarnings(preview: ImportPreview): ImportIssue[] {
  const ofRows = new Set(preview.rows.flatMap((r) => r.warnings.map(issueKey)));
  return preview.warnings.filter((w) => !ofRows.has(issueKey(w)));
}

/** What a row is counted as in sentences: people for a roster or 评鉴表, entries otherwise. */
export const ROW_NOUN: Record<ImportKind, string> = { roster: '人', incidents: '条', reviews: '人', records: '条', roles: '项' };

/** The save dialog's suggestion for the problem list (the service names the downloaded file itself). */
export const errorReportName = (preview: ImportPreview, kind: ImportKind) =>
  `${preview.fileName.replace(/\.(xlsx|xls|et)$/i, '')}-${IMPORT_KIND_LABELS[kind]}导入问题.xlsx`;
