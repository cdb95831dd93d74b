import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { RoleRow, UnitRow } from '@shared/api/contract';
import { ROLE_LABELS, type RoleKind } from '@shared/domain/role';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { dotted } from '../../lib/dates';
import { RoleModal } from './RoleModal';
import { ImportDialog } from '../../components/import/ImportDialog';
import { useFileExport } from '../../hooks/useFileExport';

const ROLES_IMPORT_HINT = (
  <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
    每行一项管理职责：姓名、身份证号（同名时必填）、职责、范围（科室负责人填科室，二层单位班子成员填二层单位）、
    分管单位（党组班子成员，用顿号分隔）、起始日期。先点“下载导入模板”，模板中已填好现有的管理职责。
  </Typography.Paragraph>
);

/** 管理职责: who answers for which unit, from when. */
/**
 * A 科室 of a 二层单位 by its own name first, the 二层单位 after it: in a narrow column the part that
 * tells two scopes apart stays in view (not “医疗保障事业管…” twice). The full label is on hover.
 */
function scopeText(units: readonly UnitRow[], unitId: string, label: string): string {
  const unit = units.find((u) => u.id === unitId);
  const parent = unit?.parentId ? units.find((u) => u.id === unit.parentId) : undefined;
  return unit && parent?.kind === 'subunit' ? `${unit.name}（${parent.name}）` : label;
}

/** A row's link buttons with less side padding than antd's small size, so 编辑 删除 fit a narrow column. */
const TIGHT = { paddingInline: 4 };

export function RolesCard({ units }: { units: UnitRow[] }) {
  const roles = useQuery('roles:list', {});
  const [editing, setEditing] = useState<RoleRow | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const template = useFileExport();
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
        <Space size={4}>
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增管理职责
          </Button>
          <Button size="small" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            导入管理职责
          </Button>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            loading={template.busy}
            onClick={() => void template.exportFile('roles:template', {}, '管理职责导入表.xlsx', '保存管理职责导入模板')}
          >
            下载导入模板
          </Button>
        </Space>
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
          { title: '姓名', dataIndex: 'personName', width: 76 },
          {
            title: '职责',
            dataIndex: 'kind',
            width: 122,
            render: (k: RoleKind) => <span style={{ whiteSpace: 'nowrap' }}>{ROLE_LABELS[k]}</span>,
          },
          {
            title: '范围',
            dataIndex: 'unitLabel',
            ellipsis: { showTitle: false },
            render: (label: string, r) => <span title={label}>{scopeText(units, r.unitId, label)}</span>,
          },
          { title: '分管单位', dataIndex: 'supervisedLabels', ellipsis: true, render: (l: string[]) => l.join('、') },
          {
            title: '任职时间',
            key: 'term',
            width: 118,
            render: (_, r) => (
              <>
                {dotted(r.from)}–{r.until ? dotted(r.until) : '今'} {!r.current && <Tag>不在任</Tag>}
              </>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            // Two tight link buttons (2 × 36 px) and the cell's padding: at 84 删除 ran into the card's edge.
            width: 92,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" style={TIGHT} onClick={() => setEditing(r)}>
                  编辑
                </Button>
                <Popconfirm
                  title={`删除 ${r.personName} 的“${ROLE_LABELS[r.kind]}”？`}
                  description="删除只用于登记错误；已卸任的请编辑并填写结束日期。"
                  okText="删除"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(r)}
                >
                  <Button type="link" size="small" danger style={TIGHT}>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <ImportDialog
        kind="roles"
        title="导入管理职责"
        open={importing}
        onClose={() => setImporting(false)}
        onImported={roles.reload}
        hint={ROLES_IMPORT_HINT}
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
