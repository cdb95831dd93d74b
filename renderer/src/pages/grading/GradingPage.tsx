import { Empty } from 'antd';

/** 等次评定 — placeholder until its screen lands (built in the same change). */
export function GradingPage() {
  return <Empty description="等次评定" />;
}
