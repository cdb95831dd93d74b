import { Progress, Typography } from 'antd';

/** The files being read and the service's phase (polled from jobs:progress). */
export function ImportProgress({ files, phase, percent }: { files: string[]; phase: string; percent: number }) {
  return (
    <div style={{ padding: '24px 8px' }} aria-live="polite">
      <Typography.Text ellipsis title={files.join('\n')} style={{ display: 'block' }}>
        {files.length > 1 ? `${files.length} 个文件：${files.join('、')}` : files[0]}
      </Typography.Text>
      <Progress percent={percent} status="active" aria-label="预览进度" />
      <Typography.Text type="secondary">{phase}…</Typography.Text>
    </div>
  );
}
