import { CloudDownloadOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { BACKUP_FILTERS } from '@shared/api/bridge';
import { canPickFiles, pickFile } from '../../api';
import { useAction } from '../../hooks/useAction';
import { backupFileName, defaultBackupPath, fileSize } from '../../lib/backup-files';

/**
 * 备份到文件 / 从备份恢复. The desktop app uses the system file dialog; browser mode has none,
 * so the clerk types the full path.
 */
interface Props {
  dataDir: string;
  onBackedUp: () => void;
  onRestore: (file: string) => void;
}

export function BackupCard({ dataDir, onBackedUp, onRestore }: Props) {
  const { run, busy } = useAction();
  const [path, setPath] = useState(() => defaultBackupPath(dataDir));
  const dialogs = canPickFiles();

  const backup = async () => {
    const file = dialogs
      ? await pickFile({ mode: 'save', title: '备份到文件', defaultName: backupFileName(), filters: BACKUP_FILTERS })
      : path.trim();
    if (!file) return;
    if (await run('data:backup', { file }, { success: (r) => `已备份到 ${r.file}（${fileSize(r.bytes)}）` })) onBackedUp();
  };
  const restore = async () => {
    const file = dialogs ? await pickFile({ mode: 'open', title: '选择备份文件', filters: BACKUP_FILTERS }) : path.trim();
    if (file) onRestore(file);
  };

  return (
    <Card title="备份与恢复" size="small">
      <Typography.Paragraph type="secondary">
        备份文件包含全部单位、人员、管理职责和操作日志。请定期备份到U盘或其他电脑。
      </Typography.Paragraph>
      {!dialogs && (
        <Form layout="vertical">
          <Form.Item label="备份文件（完整路径）" htmlFor="backup-path" extra="浏览器模式下不能打开系统的文件对话框，请填写完整路径。">
            <Input id="backup-path" value={path} onChange={(e) => setPath(e.target.value)} className="id-number" />
          </Form.Item>
        </Form>
      )}
      <Space>
        <Button
          type="primary"
          icon={<CloudDownloadOutlined />}
          loading={busy}
          onClick={() => void backup()}
          disabled={!dialogs && !path.trim()}
        >
          备份到文件…
        </Button>
        <Button icon={<CloudUploadOutlined />} onClick={() => void restore()} disabled={!dialogs && !path.trim()}>
          从备份恢复…
        </Button>
      </Space>
    </Card>
  );
}
