import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, List, Typography } from 'antd';
import { useState } from 'react';
import type { VerifyReport } from '@shared/api/contract';
import { useAction } from '../../hooks/useAction';

/** 校验数据: the files on disk, references between them, the audit chain. */
export function VerifyCard() {
  const { run, busy } = useAction();
  const [report, setReport] = useState<VerifyReport | null>(null);
  const verify = async () => setReport((await run('data:verify', {})) ?? null);
  return (
    <Card
      title="校验数据"
      size="small"
      extra={
        <Button size="small" icon={<SafetyCertificateOutlined />} loading={busy} onClick={() => void verify()}>
          校验数据
        </Button>
      }
    >
      {!report && <Typography.Text type="secondary">检查数据文件是否完整、人员与单位是否对得上、操作日志是否被改动过。</Typography.Text>}
      {report && (
        <>
          <Alert
            type={report.ok ? 'success' : 'error'}
            showIcon
            title={report.ok ? '全部检查通过' : '有检查未通过，请看下面的说明；必要时从备份恢复。'}
            style={{ marginBottom: 8 }}
          />
          <List
            size="small"
            dataSource={report.checks}
            renderItem={(c) => (
              <List.Item>
                <span>
                  <span style={{ color: c.ok ? '#389e0d' : '#cf1322', fontWeight: 600 }}>{c.ok ? '✓' : '✗'}</span>{' '}
                  <Typography.Text strong>{c.name}</Typography.Text> <Typography.Text type="secondary">{c.detail}</Typography.Text>
                </span>
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
