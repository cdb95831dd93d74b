import { Segmented, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { ImportIssue, ImportPreviewRow } from '@shared/api/contract';
import { UNIT_SOURCE_LABELS } from '@shared/import/unit-resolve';
import { STATUS_COLORS, STATUS_LABELS, STATUS_ORDER, visibleRows, type KeyedRow, type RowFilter } from './preview-rows';
import './import.css';

const FILTERS: { value: RowFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  ...STATUS_ORDER.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
];
const EMPTY = '（空）';

const issueLine = (i: ImportIssue) => (i.column ? `${i.column}：${i.message}` : i.message);

function Problems({ row }: { row: ImportPreviewRow }) {
  return (
    <>
      {row.errors.map((e, i) => (
        <Typography.Text key={`e${i}`} type="danger" style={{ display: 'block' }}>
          {issueLine(e)}
        </Typography.Text>
      ))}
      {row.warnings.map((w, i) => (
        <Typography.Text key={`w${i}`} type="warning" style={{ display: 'block' }}>
          提醒 · {issueLine(w)}
        </Typography.Text>
      ))}
      {row.notes?.map((n, i) => (
        <Typography.Text key={`n${i}`} type="secondary" style={{ display: 'block' }}>
          推定 · {n}
        </Typography.Text>
      ))}
    </>
  );
}

const COLUMNS: TableColumnsType<KeyedRow> = [
  { title: '工作表', dataIndex: 'sheet', width: 96, ellipsis: { showTitle: true } },
  { title: '行号', dataIndex: 'row', width: 46, align: 'right' },
  { title: '姓名', dataIndex: 'name', width: 76, ellipsis: { showTitle: true } },
  {
    title: '单位',
    dataIndex: 'unitLabel',
    width: 212,
    ellipsis: { showTitle: true },
    render: (label: string, r) => (
      <>
        {label}
        {r.unitSource && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' '}
            ← {UNIT_SOURCE_LABELS[r.unitSource]}
          </Typography.Text>
        )}
      </>
    ),
  },
  {
    title: '状态',
    dataIndex: 'status',
    width: 66,
    render: (s: KeyedRow['status']) => (
      <Tag color={STATUS_COLORS[s]} style={{ marginInlineEnd: 0 }}>
        {STATUS_LABELS[s]}
      </Tag>
    ),
  },
  {
    title: '变化',
    key: 'changes',
    width: 224,
    render: (_, r) =>
      r.changes.map((c) => (
        <div key={c.field}>
          {c.label}：{c.before ?? EMPTY} → {c.after ?? EMPTY}
        </div>
      )),
  },
  { title: '问题', key: 'problems', width: 324, render: (_, r) => <Problems row={r} /> },
];
const WIDTH = COLUMNS.reduce((s, c) => s + Number(c.width ?? 0), 0);

/** Every previewed row (virtual: a 5,000-row roster stays fast), problems first, rows with errors in red. */
export function PreviewTable({ rows, height }: { rows: readonly ImportPreviewRow[]; height: number }) {
  const [filter, setFilter] = useState<RowFilter>('all');
  const shown = useMemo(() => visibleRows(rows, filter), [rows, filter]);
  return (
    <div data-testid="import-preview">
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 6 }}>
        <Typography.Text type="secondary">显示</Typography.Text>
        <Segmented<RowFilter> size="small" value={filter} onChange={setFilter} options={FILTERS} aria-label="按状态显示" />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {shown.length} 行；有错误的行排在前面
        </Typography.Text>
      </div>
      <Table<KeyedRow>
        className="dense-table import-preview"
        virtual
        size="small"
        rowKey="key"
        columns={COLUMNS}
        dataSource={shown}
        pagination={false}
        scroll={{ x: WIDTH, y: height }}
        rowClassName={(r) => (r.status === 'invalid' ? 'import-row-invalid' : '')}
        locale={{ emptyText: '没有这种状态的行' }}
      />
    </div>
  );
}
