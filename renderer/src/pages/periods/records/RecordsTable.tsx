import { Button, Popconfirm, Space, Table, type TableColumnsType } from 'antd';
import type { WorkRecordRow } from '@shared/api/appraisal-schemas';
import { dotted } from '../../../lib/dates';

interface Props {
  rows: WorkRecordRow[];
  loading: boolean;
  height: number;
  /** Edit and delete are offered only while the period's inputs are open. */
  editable: boolean;
  /** The row being changed in the entry line, and the one saved last (both highlighted). */
  editingId: string | null;
  savedId: string | null;
  onEdit: (r: WorkRecordRow) => void;
  onDelete: (r: WorkRecordRow) => void;
}

const text = (v: string | null) => v ?? '';

/** One person's 工作纪实 of the period, by date. */
export function RecordsTable({ rows, loading, height, editable, editingId, savedId, onEdit, onDelete }: Props) {
  const columns: TableColumnsType<WorkRecordRow> = [
    { title: '序号', key: 'seq', width: 44, align: 'right', render: (_, __, i) => i + 1 },
    { title: '时间', dataIndex: 'date', width: 90, render: dotted },
    { title: '工作内容（事项）', dataIndex: 'content' },
    { title: '完成情况（进度）', dataIndex: 'progress', width: 170, render: text },
    { title: '备注', dataIndex: 'note', width: 130, render: text },
    {
      title: '操作',
      key: 'actions',
      width: 92,
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" disabled={!editable} onClick={() => onEdit(r)}>
            修改
          </Button>
          <Popconfirm
            title="删除这条工作纪实？"
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            disabled={!editable}
            onConfirm={() => onDelete(r)}
          >
            <Button type="link" size="small" danger disabled={!editable}>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <Table<WorkRecordRow>
      className="dense-table"
      size="small"
      rowKey="id"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ y: height }}
      locale={{ emptyText: '还没有工作纪实' }}
      onRow={(r) => ({ style: r.id === editingId ? { background: '#fffbe6' } : r.id === savedId ? { background: '#f6ffed' } : undefined })}
    />
  );
}
