import { useEffect, useRef } from 'react';

const typingTarget = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/**
 * A page-wide key: `match` decides, `handler` runs and the browser's default is prevented.
 * Plain keys (no Ctrl/Alt) are ignored while the clerk is typing in a field.
 */
export function useShortcut(match: (e: KeyboardEvent) => boolean, handler: () => void, enabled = true) {
  const latest = useRef({ match, handler });
  latest.current = { match, handler };
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const plain = !e.ctrlKey && !e.altKey && !e.metaKey;
      if (plain && typingTarget(e.target)) return;
      if (!latest.current.match(e)) return;
      e.preventDefault();
      latest.current.handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
