import { App as AntApp, Alert, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useMemo } from 'react';
import { useQuery } from './hooks/useQuery';
import { MainLayout } from './layout/MainLayout';
import { SetupPage } from './pages/setup/SetupPage';
import { AccessGate } from './state/access';
import { AppStatusProvider } from './state/app-status';
import './app.css';

dayjs.locale('zh-cn');

export function App() {
  return (
    <ConfigProvider
      locale={zhCN}
      componentSize="small"
      button={{ autoInsertSpace: false }}
      theme={{ token: { fontSize: 13, borderRadius: 4 }, components: { Form: { itemMarginBottom: 12, verticalLabelPadding: '0 0 2px' } } }}
    >
      <AntApp>
        <AccessGate>
          <StatusGate />
        </AccessGate>
      </AntApp>
    </ConfigProvider>
  );
}

/** First start → setup; otherwise the main layout. */
function StatusGate() {
  const { data: status, error, reload } = useQuery('app:status', {});
  const value = useMemo(() => (status ? { status, refresh: reload } : null), [status, reload]);
  if (error && !status) return <Alert type="error" showIcon title="无法读取数据" description={error} style={{ margin: 24 }} />;
  if (!value) return <Spin fullscreen description="正在打开数据…" />;
  return <AppStatusProvider value={value}>{value.status.initialized ? <MainLayout /> : <SetupPage />}</AppStatusProvider>;
}
