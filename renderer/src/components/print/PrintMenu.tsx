import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import type { PrintTarget } from './print-target';
import { PrintPreview } from './PrintPreview';

export type PrintItem =
  | { key: string; label: string; target: PrintTarget | null; title?: string }
  /** An item that asks something first (公示名单: phone, dates) and opens the preview itself. */
  | { key: string; label: string; onSelect: (() => void) | null; title?: string }
  | { key: string; divider: true };

/**
 * A 打印 button listing a screen's forms; each opens the print preview (print, save as PDF or
 * Excel). An item without a target is shown disabled, with why in its tooltip.
 */
export function PrintMenu({ items, label = '打印' }: { items: PrintItem[]; label?: string }) {
  const [open, setOpen] = useState<PrintTarget | null>(null);
  const menu = items.map((i) =>
    'divider' in i
      ? { type: 'divider' as const, key: i.key }
      : 'onSelect' in i
        ? { key: i.key, label: <span title={i.title}>{i.label}</span>, disabled: !i.onSelect, onClick: () => i.onSelect?.() }
        : { key: i.key, label: <span title={i.title}>{i.label}</span>, disabled: !i.target, onClick: () => i.target && setOpen(i.target) },
  );
  return (
    <>
      <Dropdown menu={{ items: menu }} trigger={['click']}>
        <Button icon={<PrinterOutlined />}>
          {label} <DownOutlined />
        </Button>
      </Dropdown>
      {open && <PrintPreview target={open} onClose={() => setOpen(null)} />}
    </>
  );
}
