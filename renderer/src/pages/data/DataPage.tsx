import { Card, Descriptions, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useAppStatus } from '../../state/app-status';
import { AccessCard } from './AccessCard';
import { AuditCard } from './AuditCard';
import { BackupCard } from './BackupCard';
import { SnapshotsCard } from './SnapshotsCard';
import { VerifyCard } from './VerifyCard';
import { useRestore } from './useRestore';

/** 数据与备份: where the data lives, backups both ways, automatic snapshots, checks and the 操作日志. */
export function DataPage() {
  const { status, refresh } = useAppStatus();
  // Lists that a backup or restore changes are reloaded by remounting them.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  // The counts shown here change on other pages.
  useEffect(refresh, [refresh]);
  const restore = useRestore(() => {
    refresh();
    changed();
  });

  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(420px, 2fr) 3fr', gap: 12, alignItems: 'start' }}>
      <div style={{ display: 'grid', gap: 12 }}>
        <Card title="数据文件夹" size="small">
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'dir',
                label: '位置',
                children: (
                  <Typography.Text copyable className="id-number">
                    {status.dataDir}
                  </Typography.Text>
                ),
              },
              { key: 'org', label: '单位', children: status.organisationName },
              {
                key: 'counts',
                label: '数据',
                children: `${status.counts.units} 个单位，${status.counts.people} 人（在职 ${status.counts.activePeople} 人）`,
              },
            ]}
          />
        </Card>
        <BackupCard dataDir={status.dataDir} onBackedUp={changed} onRestore={restore} />
        <VerifyCard key={`verify-${version}`} />
        <AccessCard />
      </div>
      <div style={{ display: 'grid', gap: 12 }}>
        <SnapshotsCard key={`snaps-${version}`} onRestore={restore} />
        <AuditCard key={`audit-${version}`} />
      </div>
    </div>
  );
}
