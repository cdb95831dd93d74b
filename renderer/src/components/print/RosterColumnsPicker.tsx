import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space, Typography } from 'antd';
import { ROSTER_PRINT_DEFAULT, ROSTER_PRINT_KEYS, ROSTER_PRINT_LABELS, type RosterPrintKey } from '@shared/forms/roster-form';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';

interface Props {
  /** The print's own choice; none: the bureau's saved columns (else the 干部名册's 15). */
  columns: RosterPrintKey[] | undefined;
  onChange: (columns: RosterPrintKey[]) => void;
}

/**
 * 打印列: which 花名册 columns go on paper (they print in a fixed order, as the 干部名册 has them),
 * for this print or, saved in the 表格设置, for every later one. The Excel export is always the
 * full list.
 */
export function RosterColumnsPicker({ columns, onChange }: Props) {
  const settings = useQuery('formSettings:get', {});
  const { run, busy } = useAction();
  const value = columns ?? settings.data?.rosterPrintColumns ?? ROSTER_PRINT_DEFAULT;
  const saveDefault = async () => {
    if (!settings.data) return;
    const saved = await run(
      'formSettings:save',
      { ...settings.data, rosterPrintColumns: value },
      { success: '已保存：以后花名册都按这些列打印' },
    );
    if (saved) settings.reload();
  };
  const chosen = new Set(value);
  const content = (
    <div style={{ width: 420 }}>
      <Checkbox.Group
        value={value}
        onChange={(v) => v.length && onChange(ROSTER_PRINT_KEYS.filter((k) => (v as string[]).includes(k)))}
        style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', rowGap: 4 }}
        options={ROSTER_PRINT_KEYS.map((k) => ({ value: k, label: ROSTER_PRINT_LABELS[k], disabled: chosen.size === 1 && chosen.has(k) }))}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
        已选 {value.length} 列；列多时字号随之缩小。身份证号、联系电话印在纸上请谨慎。
      </Typography.Paragraph>
      <Space>
        <Button size="small" onClick={() => onChange([...ROSTER_PRINT_DEFAULT])}>
          恢复干部名册的 15 列
        </Button>
        <Button size="small" type="primary" loading={busy} disabled={!settings.data} onClick={() => void saveDefault()}>
          以后都按这些列打印
        </Button>
      </Space>
    </div>
  );
  return (
    <Popover trigger="click" placement="topLeft" title="打印哪些列" content={content}>
      <Button icon={<SettingOutlined />}>打印列（{value.length}）</Button>
    </Popover>
  );
}
