import { Alert, Button, Card, Table } from 'antd';
import type { Snapshot } from '@shared/api/contract';
import { useQuery } from '../../hooks/useQuery';
import { fileSize } from '../../lib/backup-files';
import { localTime } from '../../lib/dates';

/** The automatic snapshots (each start, before a restore …), newest first. */
export function SnapshotsCard({ onRestore }: { onRestore: (file: string) => void }) {
  const snaps = useQuery('data:snapshots', {});
  return (
    <Card title="自动备份" size="small" styles={{ body: { padding: 0 } }}>
      {snaps.error && <Alert type="error" showIcon title={snaps.error} />}
      <Table<Snapshot>
        size="small"
        rowKey="file"
        loading={snaps.loading}
        dataSource={snaps.data}
        pagination={false}
        scroll={{ y: 220 }}
        locale={{ emptyText: '还没有自动备份' }}
        columns={[
          { title: '时间', dataIndex: 'createdAt', width: 160, render: localTime },
          { title: '原因', dataIndex: 'reason', width: 110 },
          { title: '大小', dataIndex: 'bytes', width: 80, align: 'right', render: fileSize },
          {
            title: '文件',
            dataIndex: 'file',
            ellipsis: true,
            render: (f: string) => <span title={f}>{f.split(/[\\/]/).pop()}</span>,
          },
          {
            title: '',
            key: 'restore',
            width: 64,
            render: (_, s) => (
              <Button type="link" size="small" onClick={() => onRestore(s.file)}>
                恢复
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
