import dayjs from 'dayjs';
import { useMemo } from 'react';
import type { IncidentRow } from '@shared/api/appraisal-schemas';
import { DISTINCTIONS, TOLERANCE_LABELS } from '@shared/domain/incident';
import { DataGrid, type GridColumn } from '../../components/grid/DataGrid';
import { RowButton } from '../../components/RowButton';
import { dotted } from '../../lib/dates';
import { awaitsClosing, effectState, impactText } from './incident-display';
import { MaskedReason } from './MaskedReason';

export type IncidentAction = 'edit' | 'tolerance' | 'close' | 'delete';

interface Props {
  rows: IncidentRow[];
  loading: boolean;
  onAction: (action: IncidentAction, row: IncidentRow) => void;
}

function toleranceText(r: IncidentRow): string | undefined {
  const t = r.tolerance;
  if (!t) return undefined;
  return `${TOLERANCE_LABELS[t.decision]}：${t.body} ${t.docNo}（${dotted(t.date)}）\n${DISTINCTIONS[t.distinction]}${t.note ? `\n${t.note}` : ''}`;
}

/** 表现记录, newest first (the service's order): negative kinds in red, recognised work in green. Enter edits. */
export function IncidentsTable({ rows, loading, onAction }: Props) {
  const columns = useMemo<GridColumn<IncidentRow>[]>(() => {
    const today = dayjs().format('YYYY-MM-DD');
    return [
      { key: 'date', title: '时间', width: 82, text: (r) => dotted(r.date), compare: (a, b) => a.date.localeCompare(b.date) },
      { key: 'name', title: '姓名', width: 64, text: (r) => r.name ?? '（单位）' },
      { key: 'unit', title: '单位', width: 140, text: (r) => r.unitLabel },
      {
        key: 'kind',
        title: '类别',
        width: 142,
        text: (r) => r.kind,
        render: (r) => <span className={`row-tag ${r.negative ? 'tag-red' : 'tag-green'}`}>{r.kind}</span>,
      },
      { key: 'handling', title: '处理方式', width: 72, text: (r) => r.handling },
      { key: 'reason', title: '事由', width: 170, grow: true, sortable: false, render: (r) => <MaskedReason row={r} /> },
      { key: 'docNo', title: '文号', width: 130, optional: true, text: (r) => r.docNo },
      {
        key: 'impact',
        title: '影响期至',
        width: 82,
        text: (r) => impactText(r),
        hover: (r) => (r.closedOn ? `已于 ${dotted(r.closedOn)} 结案` : undefined),
      },
      {
        key: 'tolerance',
        title: '容错',
        width: 50,
        text: (r) => (r.tolerance ? TOLERANCE_LABELS[r.tolerance.decision] : ''),
        hover: toleranceText,
        render: (r) =>
          r.tolerance && (
            <span className={`row-tag ${r.tolerance.decision === 'exempt' ? 'tag-cyan' : 'tag-gold'}`}>
              {TOLERANCE_LABELS[r.tolerance.decision]}
            </span>
          ),
      },
      {
        key: 'state',
        title: '状态',
        width: 76,
        text: (r) => effectState(r, today)?.label ?? '',
        render: (r) => {
          const s = effectState(r, today);
          return s ? <span className={`row-tag tag-${s.color}`}>{s.label}</span> : '—';
        },
      },
      {
        key: 'actions',
        title: '操作',
        width: 132,
        sortable: false,
        render: (r) => (
          <span style={{ whiteSpace: 'nowrap' }}>
            <RowButton onClick={() => onAction('edit', r)}>编辑</RowButton>
            {r.negative && <RowButton onClick={() => onAction('tolerance', r)}>容错</RowButton>}
            {awaitsClosing(r) && <RowButton onClick={() => onAction('close', r)}>结案</RowButton>}
            <RowButton className="danger" onClick={() => onAction('delete', r)}>
              删除
            </RowButton>
          </span>
        ),
      },
    ];
  }, [onAction]);

  return (
    <DataGrid<IncidentRow>
      storageKey="incidents"
      ariaLabel="表现记录"
      testId="incidents"
      rowKey={(r) => r.id}
      loading={loading}
      columns={columns}
      rows={rows}
      onOpen={(r) => onAction('edit', r)}
      emptyText="还没有表现记录"
    />
  );
}
