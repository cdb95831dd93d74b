import ExcelJS from 'exceljs';
import type { AuditEntry, FileOutput } from '../../../shared/api/contract';
import type { z } from 'zod';
import { AUDIT_KIND_LABELS, auditKind, type AuditFilterSchema } from '../../../shared/api/trust-schemas';
import { auditForm } from '../../../shared/forms/audit-form';
import { rejected } from '../app-error';
import type { ChangeContext, DeskContext } from '../context';
import { todayIso } from '../clock';
import { fileOutput } from '../excel/file-input';
import { writeTableForm } from '../excel/write-table-form';
import { workbookBytes } from '../excel/workbook-bytes';

/** A filter as the contract hands it over (defaults applied). */
export type AuditFilter = z.output<typeof AuditFilterSchema>;

/** Local 'YYYY-MM-DD HH:mm:ss' of a stored UTC time: the office reads its own clock. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${todayIso(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** The entries matching the filter, newest first. */
async function matching(ctx: DeskContext, f: AuditFilter): Promise<{ all: readonly AuditEntry[]; hits: AuditEntry[] }> {
  if (f.from && f.to && f.to < f.from) throw rejected('结束日期不能早于开始日期。');
  const all = await ctx.folder.audit.all();
  const kinds = new Set(f.kinds);
  const keyword = f.keyword.toLowerCase();
  const hits: AuditEntry[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const e = all[i];
    const day = todayIso(new Date(e.at));
    if ((f.from && day < f.from) || (f.to && day > f.to)) continue;
    if (f.actor && e.actor !== f.actor) continue;
    if (kinds.size && !kinds.has(auditKind(e.action))) continue;
    if (
      keyword &&
      !`${e.summary}\n${e.target}\n${e.reason ?? ''}\n${JSON.stringify(e.before ?? '')}\n${JSON.stringify(e.after ?? '')}`
        .toLowerCase()
        .includes(keyword)
    )
      continue;
    hits.push(e);
  }
  return { all, hits };
}

/** One page of the 操作日志 screen, with who and which kinds occur (for the filter lists). */
export async function queryAudit(ctx: DeskContext, input: AuditFilter & { offset: number; limit: number }) {
  const { all, hits } = await matching(ctx, input);
  const actors = [...new Set(all.map((e) => e.actor))].sort();
  const kinds = [...new Set(all.map((e) => auditKind(e.action)))].sort((a, b) => order(a) - order(b));
  return { total: hits.length, entries: hits.slice(input.offset, input.offset + input.limit), actors, kinds };
}

const KIND_ORDER = Object.keys(AUDIT_KIND_LABELS);
const order = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);

/** The filtered log as an Excel list (A4 landscape); the export itself is logged. */
export async function exportAudit(ctx: ChangeContext, input: AuditFilter & { file?: string }): Promise<FileOutput> {
  const { hits } = await matching(ctx, input);
  const scope = [
    input.from || input.to ? `${input.from ?? '最早'} 至 ${input.to ?? '今天'}` : '全部时间',
    input.actor ? `操作人 ${input.actor}` : '',
    input.kinds.length ? input.kinds.map((k) => AUDIT_KIND_LABELS[k] ?? k).join('、') : '',
    input.keyword ? `含“${input.keyword}”` : '',
  ]
    .filter(Boolean)
    .join('，');
  const organisation = ctx.view.orgOrNull()?.organisation.name ?? '';
  const wb = new ExcelJS.Workbook();
  wb.creator = '平时考核';
  writeTableForm(wb, auditForm(localTime), hits, { organisation, scope });
  const out = await fileOutput(`操作日志-${todayIso().replace(/-/g, '')}.xlsx`, await workbookBytes(wb), input.file);
  ctx.tx.audit({
    action: 'audit.export',
    target: 'audit',
    summary: `导出操作日志 ${hits.length} 条（${scope}）`,
    after: { file: out.file ?? out.fileName },
  });
  return out;
}
