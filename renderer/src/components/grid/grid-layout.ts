import type { GridColumn } from './types';

export interface ColumnPrefs {
  /** Widths the clerk dragged, by column key. */
  widths: Record<string, number>;
  /** Optional columns the clerk switched on or off, by key (true = shown). */
  shown: Record<string, boolean>;
}

export const MIN_COLUMN_WIDTH = 32;

export function visibleColumns<T>(columns: readonly GridColumn<T>[], prefs: ColumnPrefs): GridColumn<T>[] {
  return columns.filter((c) => !c.optional || (prefs.shown[c.key] ?? !c.hidden));
}

/**
 * Each column's width: the dragged or default width, and the list's spare width to the growing
 * column, so that a list that fits never scrolls sideways and one that does not keeps every
 * column at its own width (nothing squeezed under its content).
 */
export function columnWidths<T>(columns: readonly GridColumn<T>[], prefs: ColumnPrefs, available: number): number[] {
  const widths = columns.map((c) => Math.max(MIN_COLUMN_WIDTH, prefs.widths[c.key] ?? c.width));
  const spare = available - widths.reduce((s, w) => s + w, 0);
  const grow = columns.findIndex((c) => c.grow);
  if (spare > 0) widths[grow >= 0 ? grow : widths.length - 1] += spare;
  return widths;
}

/** Left offsets of the pinned columns (they must come first). */
export function pinnedOffsets<T>(columns: readonly GridColumn<T>[], widths: readonly number[]): (number | null)[] {
  let left = 0;
  let pinning = true;
  return columns.map((c, i) => {
    pinning = pinning && Boolean(c.pinned);
    if (!pinning) return null;
    const at = left;
    left += widths[i];
    return at;
  });
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** The heading's order: the column's own comparison, or its text (numbers as numbers, blanks last). */
export function columnCompare<T>(column: GridColumn<T>): ((a: T, b: T) => number) | null {
  if (column.compare) return column.compare;
  const text = column.text;
  if (!text || column.sortable === false) return null;
  return (a, b) => {
    const x = text(a);
    const y = text(b);
    if (x === y) return 0;
    if (x === null || x === '') return 1;
    if (y === null || y === '') return -1;
    return typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
  };
}
