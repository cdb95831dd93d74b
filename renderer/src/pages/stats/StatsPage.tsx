import { Empty } from 'antd';

/** 统计 — placeholder until its screen lands (built in the same change). */
export function StatsPage() {
  return <Empty description="统计" />;
}
