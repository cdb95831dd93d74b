import type { KeyboardEvent } from 'react';

/**
 * Keyboard of the 评鉴 grid. Each editable cell is wrapped in an element with data-cell="<column>"
 * inside an element with data-grid: Enter goes on to the next editable cell (across, then the next
 * row), ↓/↑ to the same column one row down/up. Read-only rows have no cells and are skipped.
 */
type Move = 'next' | 'down' | 'up';

export function focusCell(from: HTMLElement, move: Move): void {
  const cells = [...(from.closest('[data-grid]')?.querySelectorAll<HTMLElement>('[data-cell]') ?? [])];
  const i = cells.indexOf(from);
  const column = from.dataset.cell;
  const target =
    move === 'next'
      ? cells[i + 1]
      : move === 'down'
        ? cells.slice(i + 1).find((c) => c.dataset.cell === column)
        : cells
            .slice(0, i)
            .reverse()
            .find((c) => c.dataset.cell === column);
  const field = target?.querySelector<HTMLInputElement | HTMLSelectElement>('input, select');
  field?.focus();
  if (field instanceof HTMLInputElement) field.select();
}

/** For a cell's onKeyDownCapture: saves (`commit`) and moves. Keys typed into an IME are left alone. */
export function cellKeys(e: KeyboardEvent<HTMLElement>, commit?: () => void): void {
  const move: Move | null = e.key === 'Enter' ? 'next' : e.key === 'ArrowDown' ? 'down' : e.key === 'ArrowUp' ? 'up' : null;
  if (!move || e.nativeEvent.isComposing || e.ctrlKey || e.altKey || e.shiftKey) return;
  e.preventDefault();
  e.stopPropagation();
  commit?.();
  focusCell(e.currentTarget, move);
}
