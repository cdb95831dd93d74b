import { Typography } from 'antd';
import { CreateOrgCard } from './CreateOrgCard';
import { DemoCard } from './DemoCard';

/** First start: no organisation in this data folder yet. */
export function SetupPage() {
  return (
    <div style={{ maxWidth: 880, margin: '40px auto', padding: '0 16px' }}>
      <Typography.Title level={3} style={{ marginBottom: 4 }}>
        平时考核 · 首次使用
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        这个数据文件夹里还没有单位信息。请填写本单位的名称和组织架构，或先载入演示数据熟悉操作。以后可以在“单位与职责”中增减科室和二层单位。
      </Typography.Paragraph>
      <div style={{ display: 'grid', gridTemplateColumns: '3fr 2fr', gap: 16, alignItems: 'start' }}>
        <CreateOrgCard />
        <DemoCard />
      </div>
    </div>
  );
}
