import { Empty } from 'antd';

/** 考核周期 — placeholder until the periods screens land (built in the same change). */
export function PeriodsPage() {
  return <Empty description="考核周期" />;
}
