import { Button, Space, Tag, Tooltip, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import type { IncidentRow } from '@shared/api/appraisal-schemas';
import { DISTINCTIONS, TOLERANCE_LABELS } from '@shared/domain/incident';
import { dotted } from '../../lib/dates';
import { rowKeys } from '../../lib/row-keys';
import { awaitsClosing, effectState, impactText } from './incident-display';
import { VirtualTable } from '../../components/VirtualTable';
import { MaskedReason } from './MaskedReason';

export type IncidentAction = 'edit' | 'tolerance' | 'close' | 'delete';

interface Props {
  rows: IncidentRow[];
  loading: boolean;
  /** Height of the scrolling body in px. */
  height: number;
  onAction: (action: IncidentAction, row: IncidentRow) => void;
}

const ellipsis = { showTitle: true } as const;
const tag = { marginInlineEnd: 0 } as const;

function ToleranceTag({ row }: { row: IncidentRow }) {
  const t = row.tolerance;
  if (!t) return null;
  return (
    <Tooltip
      title={
        <>
          {t.body} {t.docNo}（{dotted(t.date)}）
          <br />
          {DISTINCTIONS[t.distinction]}
          {t.note && (
            <>
              <br />
              {t.note}
            </>
          )}
        </>
      }
    >
      <Tag color={t.decision === 'exempt' ? 'cyan' : 'gold'} style={tag}>
        {TOLERANCE_LABELS[t.decision]}
      </Tag>
    </Tooltip>
  );
}

/** 表现记录, newest first (the service's order): negative kinds in red, recognised work in green. */
export function IncidentsTable({ rows, loading, height, onAction }: Props) {
  const columns = useMemo<TableColumnsType<IncidentRow>>(() => {
    const today = dayjs().format('YYYY-MM-DD');
    const link = (action: IncidentAction, label: string, row: IncidentRow) => (
      <Button type="link" size="small" onClick={() => onAction(action, row)}>
        {label}
      </Button>
    );
    return [
      { title: '时间', dataIndex: 'date', width: 80, render: dotted },
      {
        title: '姓名',
        dataIndex: 'name',
        width: 72,
        ellipsis,
        render: (name: string | null) => name ?? <span className="muted">（单位）</span>,
      },
      { title: '单位', dataIndex: 'unitLabel', width: 150, ellipsis },
      {
        title: '类别',
        dataIndex: 'kind',
        width: 136,
        render: (kind: string, r) => (
          <Tag color={r.negative ? 'red' : 'green'} style={tag}>
            {kind}
          </Tag>
        ),
      },
      { title: '处理方式', dataIndex: 'handling', width: 86 },
      { title: '事由', dataIndex: 'reason', width: 220, ellipsis, render: (_: string, r) => <MaskedReason row={r} /> },
      { title: '文号', dataIndex: 'docNo', width: 150, ellipsis },
      {
        title: '影响期至',
        key: 'impact',
        width: 80,
        render: (_, r) => <span title={r.closedOn ? `已于 ${dotted(r.closedOn)} 结案` : undefined}>{impactText(r)}</span>,
      },
      { title: '容错', key: 'tolerance', width: 52, render: (_, r) => <ToleranceTag row={r} /> },
      {
        title: '状态',
        key: 'state',
        width: 74,
        render: (_, r) => {
          const s = effectState(r, today);
          return s ? (
            <Tag color={s.color} style={tag}>
              {s.label}
            </Tag>
          ) : (
            '—'
          );
        },
      },
      {
        title: '操作',
        key: 'actions',
        width: 150,
        fixed: 'right',
        render: (_, r) => (
          <Space size={0}>
            {link('edit', '编辑', r)}
            {r.negative && link('tolerance', '容错', r)}
            {awaitsClosing(r) && link('close', '结案', r)}
            {link('delete', '删除', r)}
          </Space>
        ),
      },
    ];
  }, [onAction]);

  return (
    <VirtualTable<IncidentRow>
      height={height}
      rowKey="id"
      loading={loading}
      columns={columns}
      dataSource={rows}
      onRow={(r) => ({ tabIndex: 0, onDoubleClick: () => onAction('edit', r), onKeyDown: rowKeys(() => onAction('edit', r)) })}
      locale={{ emptyText: '还没有表现记录' }}
    />
  );
}
