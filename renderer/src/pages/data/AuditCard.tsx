import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table } from 'antd';
import type { AuditEntry } from '@shared/api/contract';
import { useQuery } from '../../hooks/useQuery';
import { localTime } from '../../lib/dates';

/** The most recent entries of the 操作日志, newest first. */
export function AuditCard() {
  const audit = useQuery('audit:recent', { limit: 200 });
  return (
    <Card
      title="操作日志"
      size="small"
      styles={{ body: { padding: 0 } }}
      extra={<Button size="small" type="text" icon={<ReloadOutlined />} onClick={audit.reload} aria-label="刷新操作日志" />}
    >
      {audit.error && <Alert type="error" showIcon title={audit.error} />}
      <Table<AuditEntry>
        size="small"
        rowKey="seq"
        loading={audit.loading}
        dataSource={audit.data}
        pagination={{ pageSize: 12, size: 'small', showSizeChanger: false, showTotal: (n) => `最近 ${n} 条` }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 150, render: localTime },
          { title: '操作人', dataIndex: 'actor', width: 90 },
          { title: '内容', dataIndex: 'summary', ellipsis: { showTitle: true } },
          { title: '原因', dataIndex: 'reason', width: 160, ellipsis: true, render: (r: string | null) => r ?? '' },
        ]}
      />
    </Card>
  );
}
