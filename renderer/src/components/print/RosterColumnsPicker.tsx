import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space, Typography } from 'antd';
import { ROSTER_PRINT_DEFAULT, ROSTER_PRINT_KEYS, ROSTER_PRINT_LABELS, type RosterPrintKey } from '@shared/forms/roster-form';

interface Props {
  value: RosterPrintKey[];
  onChange: (columns: RosterPrintKey[]) => void;
  /** Keeps the choice for every later print (the bureau's setting); absent where it cannot be saved. */
  onSaveDefault?: (columns: RosterPrintKey[]) => void;
  saving?: boolean;
}

/**
 * 打印列: which 花名册 columns go on paper (they print in a fixed order, as the 干部名册 has them).
 * The Excel export is always the full list.
 */
export function RosterColumnsPicker({ value, onChange, onSaveDefault, saving }: Props) {
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
        {onSaveDefault && (
          <Button size="small" type="primary" loading={saving} onClick={() => onSaveDefault(value)}>
            以后都按这些列打印
          </Button>
        )}
      </Space>
    </div>
  );
  return (
    <Popover trigger="click" placement="topLeft" title="打印哪些列" content={content}>
      <Button icon={<SettingOutlined />}>打印列（{value.length}）</Button>
    </Popover>
  );
}
