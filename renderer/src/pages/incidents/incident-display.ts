import type { IncidentRow } from '@shared/api/appraisal-schemas';
import { dotted } from '../../lib/dates';

/** “赵杰敏 2025.02.14 工作推进不理想” — the incident in dialog titles and confirmations. */
export const incidentTitle = (r: IncidentRow) => `${r.name ?? r.unitLabel} ${dotted(r.date)} ${r.kind}`;

/** 影响期至: the last day, 至结案 while a 立案审查 is open, — when the handling has no window. */
export function impactText(r: IncidentRow): string {
  if (r.impactMonths === 0) return '—';
  return r.impactUntil ? dotted(r.impactUntil) : '至结案';
}

/** 影响期内 / 未开始 / 已过, or null when the handling has no window. */
export function effectState(r: IncidentRow, today: string): { label: string; color: string } | null {
  if (r.impactMonths === 0) return null;
  if (r.inEffect) return { label: '影响期内', color: 'orange' };
  if (r.date > today) return { label: '未开始', color: 'default' };
  return { label: '已过', color: 'default' };
}

/** An open 立案审查 waits for its 结案. */
export const awaitsClosing = (r: IncidentRow) => r.handling === '立案审查' && r.closedOn === null;
