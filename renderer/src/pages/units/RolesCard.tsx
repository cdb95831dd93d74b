import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { RoleRow, UnitRow } from '@shared/api/contract';
import { ROLE_LABELS, type RoleKind } from '@shared/domain/role';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { dotted } from '../../lib/dates';
import { RoleModal } from './RoleModal';

/** 管理职责: who answers for which unit, from when. */
export function RolesCard({ units }: { units: UnitRow[] }) {
  const roles = useQuery('roles:list', {});
  const [editing, setEditing] = useState<RoleRow | 'new' | null>(null);
  const { run } = useAction();
  const remove = async (r: RoleRow) => {
    if (await run('roles:remove', { id: r.id }, { success: '已删除' })) roles.reload();
  };

  return (
    <Card
      title="管理职责"
      size="small"
      styles={{ body: { padding: 0 } }}
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增管理职责
        </Button>
      }
    >
      {roles.error && <Alert type="error" showIcon title={roles.error} />}
      <Table<RoleRow>
        size="small"
        rowKey="id"
        loading={roles.loading}
        dataSource={roles.data}
        pagination={false}
        scroll={{ y: 'calc(100vh - 190px)' }}
        locale={{ emptyText: '还没有登记管理职责' }}
        columns={[
          { title: '姓名', dataIndex: 'personName', width: 64 },
          {
            title: '职责',
            dataIndex: 'kind',
            width: 122,
            render: (k: RoleKind) => <span style={{ whiteSpace: 'nowrap' }}>{ROLE_LABELS[k]}</span>,
          },
          { title: '范围', dataIndex: 'unitLabel', ellipsis: true },
          { title: '分管单位', dataIndex: 'supervisedLabels', ellipsis: true, render: (l: string[]) => l.join('、') },
          {
            title: '任职时间',
            key: 'term',
            width: 124,
            render: (_, r) => (
              <>
                {dotted(r.from)}–{r.until ? dotted(r.until) : '今'} {!r.current && <Tag>不在任</Tag>}
              </>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 84,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(r)}>
                  编辑
                </Button>
                <Popconfirm
                  title={`删除 ${r.personName} 的“${ROLE_LABELS[r.kind]}”？`}
                  description="删除只用于登记错误；已卸任的请编辑并填写结束日期。"
                  okText="删除"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(r)}
                >
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <RoleModal
          role={editing === 'new' ? undefined : editing}
          units={units}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            roles.reload();
          }}
        />
      )}
    </Card>
  );
}
