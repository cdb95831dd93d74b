import { DownOutlined } from '@ant-design/icons';
import { Dropdown, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { PersonRow } from '@shared/api/contract';
import { PERSON_STATUSES, type PersonStatus } from '@shared/domain/codes';
import { StatusTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { IdCell } from './IdCell';
import { statusActionLabel } from './StatusModal';
import { rowKeys } from '../../lib/row-keys';
import { VirtualTable } from '../../components/VirtualTable';
import { RowButton } from '../../components/RowButton';

interface Props {
  rows: PersonRow[];
  loading: boolean;
  /** Height of the scrolling body in px. */
  height: number;
  onEdit: (row: PersonRow) => void;
  onTransfer: (row: PersonRow) => void;
  onStatus: (row: PersonRow, status: PersonStatus) => void;
}

const text = (v: string | null) => v ?? '';
const NONE_REVEALED: Record<string, string> = {};
const ellipsis = { showTitle: true } as const;

/**
 * The roster: virtual rows (thousands stay fast), server order (姓氏笔画). A revealed 身份证号
 * belongs to the rows it was revealed in: the next load of the list masks it again.
 */
export function RosterTable({ rows, loading, height, onEdit, onTransfer, onStatus }: Props) {
  const [revealed, setRevealed] = useState<{ rows: PersonRow[]; ids: Record<string, string> }>({ rows, ids: {} });
  const ids = revealed.rows === rows ? revealed.ids : NONE_REVEALED;
  const { run } = useAction();

  const columns = useMemo<TableColumnsType<PersonRow>>(() => {
    const reveal = async (p: PersonRow) => {
      const r = await run('people:revealId', { id: p.id });
      if (r?.idNumber) setRevealed({ rows, ids: { ...ids, [p.id]: r.idNumber } });
    };
    const hide = (p: PersonRow) => {
      const { [p.id]: _, ...rest } = ids;
      setRevealed({ rows, ids: rest });
    };
    return [
      { title: '序号', key: 'seq', width: 40, fixed: 'left', align: 'right', render: (_, __, i) => i + 1 },
      { title: '姓名', dataIndex: 'name', width: 68, fixed: 'left' },
      { title: '性别', dataIndex: 'gender', width: 38, align: 'center', render: text },
      { title: '出生年月', dataIndex: 'birth', width: 66, render: text },
      { title: '单位', dataIndex: 'unitLabel', width: 104, ellipsis },
      { title: '职务', dataIndex: 'post', width: 84, ellipsis, render: text },
      { title: '职级', dataIndex: 'rank', width: 80, ellipsis, render: text },
      { title: '编制类型', dataIndex: 'establishment', width: 88, ellipsis, render: text },
      { title: '人员类别', dataIndex: 'category', width: 92, ellipsis, render: text },
      { title: '状态', dataIndex: 'status', width: 50, render: (s: PersonStatus, p) => <StatusTag status={s} secondedTo={p.secondedTo} /> },
      {
        title: '身份证号',
        key: 'id',
        width: 174,
        render: (_, p) => <IdCell masked={p.idMasked} full={ids[p.id]} onReveal={() => void reveal(p)} onHide={() => hide(p)} />,
      },
      {
        title: '管理职责',
        dataIndex: 'roles',
        width: 70,
        ellipsis,
        render: (roles: string[]) =>
          roles.map((r) => (
            <span key={r} className="row-tag">
              {r}
            </span>
          )),
      },
      {
        title: '操作',
        key: 'actions',
        width: 118,
        fixed: 'right',
        render: (_, p) => (
          <span style={{ whiteSpace: 'nowrap' }}>
            <RowButton onClick={() => onEdit(p)}>编辑</RowButton>
            <RowButton disabled={p.status === 'left' || p.status === 'retired'} onClick={() => onTransfer(p)}>
              调动
            </RowButton>
            <Dropdown
              trigger={['click']}
              menu={{
                items: PERSON_STATUSES.filter((s) => s !== p.status).map((s) => ({ key: s, label: statusActionLabel(s) })),
                onClick: ({ key }) => onStatus(p, key as PersonStatus),
              }}
            >
              <RowButton>
                状态 <DownOutlined />
              </RowButton>
            </Dropdown>
          </span>
        ),
      },
    ];
  }, [rows, ids, run, onEdit, onTransfer, onStatus]);

  return (
    <VirtualTable<PersonRow>
      height={height}
      rowKey="id"
      loading={loading}
      columns={columns}
      dataSource={rows}
      onRow={(p) => ({ tabIndex: 0, onDoubleClick: () => onEdit(p), onKeyDown: rowKeys(() => onEdit(p)) })}
    />
  );
}
