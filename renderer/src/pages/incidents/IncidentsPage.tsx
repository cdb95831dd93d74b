import { Empty } from 'antd';

/** 表现记录 — placeholder until the incidents screens land (built in the same change). */
export function IncidentsPage() {
  return <Empty description="表现记录" />;
}
