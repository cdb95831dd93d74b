import type { GradingView, PeriodDetail, PeriodSummary } from '../../shared/api/appraisal-schemas';
import type { AnnualResult } from '../../shared/grading/annual';
import { PERIOD_STATE_LABELS } from '../../shared/domain/period';

export const GRADE_SHORT = { good: '好', fair: '较好', average: '一般', poor: '较差', undetermined: '不确定' } as const;

/** What a single-channel command's answer says, as lines of text (--json prints the answer itself). */
export function describe(command: string, data: unknown): string {
  const d = data as Record<string, unknown>;
  switch (command) {
    case 'init':
    case 'demo':
    case 'status': {
      const s = d as {
        organisationName: string | null;
        dataDir: string;
        counts: { units: number; people: number; activePeople: number };
        notices: string[];
      };
      return [
        `单位：${s.organisationName ?? '（尚未建立）'}`,
        `数据文件夹：${s.dataDir}`,
        `单位数：${s.counts.units}，人员：${s.counts.people}（在职 ${s.counts.activePeople}）`,
        ...s.notices.map((n) => `注意：${n}`),
      ].join('\n');
    }
    case 'backup':
      return `已备份到 ${d.file}（${Math.ceil((d.bytes as number) / 1024)} KB）。`;
    case 'restore':
      return `已从 ${d.restoredFrom} 恢复。恢复前的数据已自动备份为 ${d.safetySnapshot}。`;
    case 'export':
    case 'audit':
      return `已导出到 ${d.file}（${Math.ceil((d.bytes as number) / 1024)} KB）。`;
    case 'annual': {
      const r = data as AnnualResult;
      const head = `${r.year}年度（${r.periods.map((x) => x.label.replace(/^\d+年/, '') + (x.published ? '' : '·未公示')).join('、')}）：参加 ${r.quota.participants} 人，优秀名额 ${r.quota.seats} 个（${Math.round(r.quota.ratio * 100)}%），符合评优条件 ${r.quota.eligible} 人`;
      const rows = r.rows.map(
        (x) =>
          `${x.name}  ${x.unitLabel}  ${x.grades.map((g) => (g ? GRADE_SHORT[g] : '—')).join(' ')}  ${x.eligible ? '可评优' : '不可评优'}：${x.eligibility}${x.renewal ? `；${x.renewal.reason}` : ''}`,
      );
      return [head, ...r.warnings.map((w) => `注意：${w}`), ...rows].join('\n');
    }
    case 'period': {
      if (data && typeof data === 'object' && 'outcomes' in (data as object)) return gradingText(data as GradingView);
      const line = (x: PeriodSummary) => `${x.id}  ${x.label}  ${PERIOD_STATE_LABELS[x.state]}  ${x.participantCount} 人`;
      if (Array.isArray(data)) return (data as PeriodSummary[]).map(line).join('\n') || '还没有考核周期。';
      const detail = data as PeriodDetail | PeriodSummary;
      if ('participants' in detail) {
        const history = detail.history.map(
          (h) =>
            `  ${h.at.slice(0, 16).replace('T', ' ')} ${h.by}：${h.from ? PERIOD_STATE_LABELS[h.from] : '建立'} → ${PERIOD_STATE_LABELS[h.to]}${h.reason ? `（${h.reason}）` : ''}`,
        );
        return [line(detail.period), ...history].join('\n');
      }
      return line(detail);
    }
    case 'verify': {
      const r = d as { ok: boolean; checks: { name: string; ok: boolean; detail: string }[] };
      return [...r.checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.name}：${c.detail}`), r.ok ? '校验通过。' : '校验发现问题。'].join('\n');
    }
    default:
      return JSON.stringify(data);
  }
}

/**
 * A period's grading as text: the pools, each person's grade with every step's reason, the
 * accountability results with their confirmation (or the command that confirms them), what is
 * still open, and earlier periods changed under it.
 */
export function gradingText(v: GradingView): string {
  const rows = v.outcomes.map(
    (o) =>
      `${o.name}  ${o.superior ? '由上级党组织考核' : o.grade ? GRADE_SHORT[o.grade] : '未评'}  ${o.steps.map((st) => st.reason).join('；')}`,
  );
  const pools = v.pools.map((pl) => `${pl.label}：“好”名额 ${pl.seats}，已用 ${pl.used}（参评 ${pl.graded} 人）`);
  const results = v.accountability.map(
    (a) =>
      `管理责任：${a.name}（${a.role}，${a.scope}）${a.superior ? '建议上级党组织评为“较差”' : '评为“较差”'}——${
        a.confirmation
          ? `已确认（${a.confirmation.by}${a.confirmation.note ? `：${a.confirmation.note}` : ''}）`
          : a.superior
            ? '报上级党组织（不影响公示）'
            : `待确认：period confirm ${v.periodId} --person ${a.name}`
      }`,
  );
  return [
    ...v.stale.warnings.map((w) => `注意：${w.message}${v.stale.order.includes(v.periodId) ? `（period regrade ${v.periodId}）` : ''}`),
    ...pools,
    ...rows,
    ...results,
    ...v.openDecisions.map((d) => `待决定：${d}`),
  ].join('\n');
}
