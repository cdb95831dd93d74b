import type { KeyboardEvent } from 'react';

/** A focusable table row: ↑/↓ move to the neighbouring row, Enter runs `onEnter`. */
export function rowKeys(onEnter: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget) return;
    const sibling =
      e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.key === 'ArrowUp' ? e.currentTarget.previousElementSibling : null;
    if (e.key === 'Enter') onEnter();
    else if (sibling instanceof HTMLElement) sibling.focus();
    else return;
    e.preventDefault();
  };
}
