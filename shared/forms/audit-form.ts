import type { AuditEntry } from '../api/contract';
import { AUDIT_KIND_LABELS, auditKind } from '../api/trust-schemas';
import type { TableForm } from './table-form';

export interface AuditFormContext {
  organisation: string;
  /** What the list holds, e.g. “2026-01-01 至 2026-03-31，操作人 张三”. */
  scope: string;
}

const body = { name: '宋体', size: 10 };
/** before/after as one readable line; long values are cut (the log itself keeps them whole). */
const shown = (v: unknown) => (v === null || v === undefined ? '' : (typeof v === 'string' ? v : JSON.stringify(v)).slice(0, 500));

/** 操作日志 as an A4 landscape list, newest first, one row per entry. */
export const AUDIT_FORM: TableForm<AuditEntry, AuditFormContext> = {
  sheetName: '操作日志',
  title: (c) => `${c.organisation}平时考核操作日志`,
  subtitle: { text: (c) => `（${c.scope}）`, font: { name: '楷体_GB2312', size: 12 } },
  columns: [
    { key: 'seq', group: null, label: '序号', width: 7, value: (r) => String(r.seq), align: 'center' },
    { key: 'at', group: null, label: '时间', width: 19, value: (r) => r.at },
    { key: 'actor', group: null, label: '操作人', width: 10, value: (r) => r.actor },
    { key: 'kind', group: null, label: '类别', width: 11, value: (r) => AUDIT_KIND_LABELS[auditKind(r.action)] ?? auditKind(r.action) },
    { key: 'summary', group: null, label: '内容', width: 40, value: (r) => r.summary },
    { key: 'reason', group: null, label: '理由', width: 18, value: (r) => r.reason ?? '' },
    { key: 'before', group: null, label: '修改前', width: 24, value: (r) => shown(r.before) },
    { key: 'after', group: null, label: '修改后', width: 24, value: (r) => shown(r.after) },
  ],
  closing: (rows) => [{ label: '合计', text: `${rows.length} 条` }],
  page: { orientation: 'landscape', margins: { left: 1.5, right: 1.5, top: 1.8, bottom: 1.5 }, footer: '&C— &P —' },
  fonts: { title: { name: '方正小标宋简体', size: 18 }, info: body, header: { ...body, bold: true }, body },
  rowHeight: 20,
};

/** The form with times in the office's local time (the log stores UTC). */
export function auditForm(time: (iso: string) => string): TableForm<AuditEntry, AuditFormContext> {
  return { ...AUDIT_FORM, columns: AUDIT_FORM.columns.map((c) => (c.key === 'at' ? { ...c, value: (r: AuditEntry) => time(r.at) } : c)) };
}
