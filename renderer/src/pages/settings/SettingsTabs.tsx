import { Tabs } from 'antd';
import { FormSettingsCard } from './FormSettingsCard';
import { SettingsPage } from './SettingsPage';
import { TemplatesPage } from './templates/TemplatesPage';

/**
 * 考核设置: the grading rules, and 表格样式 — how the built-in forms print (each saved on its own)
 * and the clerk's own forms as templates.
 */
export function SettingsTabs() {
  return (
    <Tabs
      items={[
        { key: 'rules', label: '评定口径', children: <SettingsPage /> },
        {
          key: 'templates',
          label: '表格样式',
          children: (
            <div style={{ display: 'flex', flexDirection: 'column', gap: 12, maxWidth: 1100 }}>
              <FormSettingsCard />
              <TemplatesPage />
            </div>
          ),
        },
      ]}
    />
  );
}
