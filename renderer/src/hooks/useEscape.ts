import { useEffect, useRef } from 'react';

/**
 * Esc closes a drawer or dialog even when the focus has left it (a click on the page behind, or a
 * field that was removed): antd only hears Esc inside its panel. When the focus is inside, antd's
 * own handling runs and this stays out of the way.
 */
export function useEscape(onEscape: () => void, enabled = true) {
  const latest = useRef(onEscape);
  latest.current = onEscape;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const at = document.activeElement;
      if (
        at &&
        at !== document.body &&
        at.closest('.ant-drawer, .ant-modal-wrap, .ant-popover, .ant-select-dropdown, .ant-picker-dropdown')
      )
        return;
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
