import { Dropdown, type MenuProps } from 'antd';
import { useCallback, useState, type MouseEvent } from 'react';

interface Open {
  items: NonNullable<MenuProps['items']>;
  onClick: (key: string) => void;
  rect: DOMRect;
}

/**
 * One drop-down menu for all the rows of a list: a row's button calls `show` with its items and
 * the menu opens under it. A Dropdown in every row would cost each row its own trigger, context
 * and listeners — enough to drop frames while scrolling thousands of rows.
 */
export function useRowMenu() {
  const [open, setOpen] = useState<Open | null>(null);
  const show = useCallback(
    (e: MouseEvent<HTMLElement>, items: Open['items'], onClick: Open['onClick']) =>
      setOpen({ items, onClick, rect: e.currentTarget.getBoundingClientRect() }),
    [],
  );
  const menu = open && (
    <Dropdown
      open
      onOpenChange={(o) => !o && setOpen(null)}
      menu={{
        items: open.items,
        onClick: ({ key }) => {
          setOpen(null);
          open.onClick(key);
        },
      }}
    >
      <span style={{ position: 'fixed', left: open.rect.left, top: open.rect.top, width: open.rect.width, height: open.rect.height }} />
    </Dropdown>
  );
  return { show, menu };
}
