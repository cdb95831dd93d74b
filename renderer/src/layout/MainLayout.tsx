import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  DatabaseOutlined,
  FlagOutlined,
  HomeOutlined,
  LockOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Tag, Typography } from 'antd';
import { ROLE_LABELS } from '@shared/api/trust-schemas';
import { useMemo, useState, type ReactNode } from 'react';
import { AuditPage } from '../pages/audit/AuditPage';
import { DataPage } from '../pages/data/DataPage';
import { AnnualPage } from '../pages/annual/AnnualPage';
import { HomePage } from '../pages/home/HomePage';
import { GradingPage } from '../pages/grading/GradingPage';
import { IncidentsPage } from '../pages/incidents/IncidentsPage';
import { SettingsTabs } from '../pages/settings/SettingsTabs';
import { StatsPage } from '../pages/stats/StatsPage';
import { PeriodsPage } from '../pages/periods/PeriodsPage';
import { RosterPage } from '../pages/roster/RosterPage';
import { UnitsPage } from '../pages/units/UnitsPage';
import { useAccess } from '../state/access';
import { useAppStatus } from '../state/app-status';
import { NavigationProvider, type NavIntent, type PageKey } from '../state/navigation';
import { NoticeBar } from './NoticeBar';

const PAGES: { key: PageKey; label: string; icon: ReactNode; render: () => ReactNode }[] = [
  { key: 'home', label: '首页待办', icon: <HomeOutlined />, render: () => <HomePage /> },
  { key: 'roster', label: '花名册', icon: <TeamOutlined />, render: () => <RosterPage /> },
  { key: 'units', label: '单位与职责', icon: <ApartmentOutlined />, render: () => <UnitsPage /> },
  { key: 'periods', label: '考核周期', icon: <CalendarOutlined />, render: () => <PeriodsPage /> },
  { key: 'grading', label: '等次评定', icon: <CheckSquareOutlined />, render: () => <GradingPage /> },
  { key: 'incidents', label: '表现记录', icon: <FlagOutlined />, render: () => <IncidentsPage /> },
  { key: 'annual', label: '年度汇总', icon: <TrophyOutlined />, render: () => <AnnualPage /> },
  { key: 'stats', label: '统计', icon: <BarChartOutlined />, render: () => <StatsPage /> },
  { key: 'settings', label: '考核设置', icon: <SettingOutlined />, render: () => <SettingsTabs /> },
  { key: 'data', label: '数据与备份', icon: <DatabaseOutlined />, render: () => <DataPage /> },
  { key: 'audit', label: '操作日志', icon: <AuditOutlined />, render: () => <AuditPage /> },
];

const HEADER_HEIGHT = 44;

export function MainLayout() {
  const { status } = useAppStatus();
  const access = useAccess();
  const session = access.status.session;
  // The 待办 page first: what the period needs next, one click from each screen.
  const [{ page, intent, visit }, setShown] = useState<{ page: PageKey; intent: NavIntent; visit: number }>({
    page: 'home',
    intent: {},
    visit: 0,
  });
  const current = PAGES.find((p) => p.key === page)!;
  const navigation = useMemo(
    () => ({ go: (to: PageKey, next: NavIntent = {}) => setShown((s) => ({ page: to, intent: next, visit: s.visit + 1 })), intent }),
    [intent],
  );
  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Header
        style={{
          height: HEADER_HEIGHT,
          lineHeight: `${HEADER_HEIGHT}px`,
          padding: '0 16px',
          display: 'flex',
          alignItems: 'center',
          gap: 16,
        }}
      >
        <Typography.Text strong style={{ color: '#fff', fontSize: 15 }}>
          平时考核
        </Typography.Text>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.85)' }}>{status.organisationName}</Typography.Text>
        <span style={{ flex: 1 }} />
        {access.readOnly && <Tag color="gold">查看（只读）</Tag>}
        <Typography.Text style={{ color: 'rgba(255,255,255,0.75)' }} data-testid="current-user">
          <UserOutlined /> {session ? `${session.user}（${ROLE_LABELS[session.role]}）` : status.user}
        </Typography.Text>
        {access.status.enabled && (
          <Button size="small" ghost icon={<LockOutlined />} onClick={access.lock}>
            锁定
          </Button>
        )}
      </Layout.Header>
      <Layout>
        <Layout.Sider width={136} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <Menu
            mode="inline"
            inlineIndent={12}
            selectedKeys={[page]}
            items={PAGES.map(({ key, label, icon }) => ({ key, label, icon }))}
            onClick={(e) => navigation.go(e.key as PageKey)}
            style={{ borderInlineEnd: 'none' }}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 12, display: 'flex', flexDirection: 'column', minHeight: 0, overflow: 'auto' }}>
          <NoticeBar notices={status.notices} />
          <NavigationProvider value={navigation}>
            <div key={`${current.key}:${visit}`} style={{ flex: 1, minHeight: 0 }}>
              {current.render()}
            </div>
          </NavigationProvider>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
