import { Empty } from 'antd';

/** 年度汇总 — placeholder until its screen lands (built in the same change). */
export function AnnualPage() {
  return <Empty description="年度汇总" />;
}
