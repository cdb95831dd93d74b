import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover } from 'antd';
import type { ColumnPrefs } from './grid-layout';
import type { GridColumn } from './types';

interface Props<T> {
  columns: readonly GridColumn<T>[];
  prefs: ColumnPrefs;
  onShown: (key: string, shown: boolean) => void;
  onReset: () => void;
}

/** “列”: which optional columns the list shows; 恢复默认 also resets dragged widths. */
export function ColumnChooser<T>({ columns, prefs, onShown, onReset }: Props<T>) {
  const optional = columns.filter((c) => c.optional);
  const content = (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4, minWidth: 120 }}>
      {optional.map((c) => (
        <Checkbox key={c.key} checked={prefs.shown[c.key] ?? !c.hidden} onChange={(e) => onShown(c.key, e.target.checked)}>
          {c.title}
        </Checkbox>
      ))}
      <Button size="small" type="link" style={{ alignSelf: 'flex-start', padding: 0 }} onClick={onReset}>
        恢复默认列和列宽
      </Button>
    </div>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title="显示的列" content={content}>
      <button type="button" className="grid-chooser" aria-label="选择显示的列" title="选择显示的列">
        <SettingOutlined />
      </button>
    </Popover>
  );
}
