import { ApartmentOutlined, ArrowDownOutlined, ArrowUpOutlined, BankOutlined, FolderOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import type { UnitRow } from '@shared/api/contract';
import { UNIT_KIND_LABELS, type UnitKind } from '@shared/domain/unit';
import { useAction } from '../../hooks/useAction';
import { unitTotals } from '../../lib/unit-tree';
import { UnitNameModal, type UnitEdit } from './UnitNameModal';

const ICONS: Record<UnitKind, ReactNode> = { bureau: <BankOutlined />, subunit: <ApartmentOutlined />, department: <FolderOutlined /> };
const COLORS: Record<UnitKind, string> = { bureau: 'blue', subunit: 'purple', department: 'default' };

/** The unit tree as an indented list: add, rename, reorder among siblings, close. */
export function UnitsCard({ units, loading, onChanged }: { units: UnitRow[]; loading: boolean; onChanged: () => void }) {
  const [edit, setEdit] = useState<UnitEdit | null>(null);
  // Headcounts including the units below, as in the roster's tree.
  const totals = useMemo(() => unitTotals(units), [units]);
  const { run, busy } = useAction();
  const change = async (done: Promise<unknown>) => {
    if (await done) onChanged();
  };
  const link = (label: string, onClick: () => void) => (
    <Button type="link" size="small" onClick={onClick} disabled={busy}>
      {label}
    </Button>
  );
  // 上移 / 下移 as arrows (named for the keyboard and screen readers), so long 科室 names keep their width at 1366×768.
  const move = (u: UnitRow, direction: 'up' | 'down') => (
    <Button
      type="link"
      size="small"
      aria-label={direction === 'up' ? '上移' : '下移'}
      title={direction === 'up' ? '上移' : '下移'}
      icon={direction === 'up' ? <ArrowUpOutlined /> : <ArrowDownOutlined />}
      onClick={() => void change(run('units:move', { id: u.id, direction }))}
      disabled={busy}
    />
  );

  return (
    <Card title="单位" size="small" styles={{ body: { padding: 0 } }}>
      <Table<UnitRow>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={units}
        pagination={false}
        scroll={{ y: 'calc(100vh - 190px)' }}
        columns={[
          {
            title: '名称',
            key: 'name',
            render: (_, u) => (
              <span
                title={u.name}
                style={{ display: 'block', paddingLeft: u.depth * 20, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
              >
                {ICONS[u.kind]} {u.name}
              </span>
            ),
          },
          { title: '类型', dataIndex: 'kind', width: 80, render: (k: UnitKind) => <Tag color={COLORS[k]}>{UNIT_KIND_LABELS[k]}</Tag> },
          { title: '在职', key: 'total', width: 56, align: 'right', render: (_, u) => totals.get(u.id) },
          {
            title: '操作',
            key: 'actions',
            width: 216,
            render: (_, u) => (
              <Space size={0}>
                {u.kind !== 'department' && link('新增科室', () => setEdit({ mode: 'add', parent: u, kind: 'department' }))}
                {u.kind === 'bureau' && link('新增二层单位', () => setEdit({ mode: 'add', parent: u, kind: 'subunit' }))}
                {link('改名', () => setEdit({ mode: 'rename', unit: u }))}
                {u.parentId && move(u, 'up')}
                {u.parentId && move(u, 'down')}
                {u.parentId && (
                  <Popconfirm
                    title={`撤销“${u.name}”？`}
                    description="撤销后不再出现在选择列表中；人员的历史记录保留。单位里还有人员时不能撤销。"
                    okText="撤销"
                    okButtonProps={{ danger: true }}
                    onConfirm={() => change(run('units:deactivate', { id: u.id }, { success: `已撤销“${u.name}”` }))}
                  >
                    <Button type="link" size="small" danger disabled={busy}>
                      撤销
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {edit && (
        <UnitNameModal
          edit={edit}
          onCancel={() => setEdit(null)}
          onDone={() => {
            setEdit(null);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
