import type { ReactNode } from 'react';

/** One column of a DataGrid. */
export interface GridColumn<T> {
  key: string;
  title: string;
  /** Width in px to begin with; the clerk can drag it wider or narrower (remembered per list). */
  width: number;
  /** Takes whatever width the list has left over (one column: the long text, e.g. 事由). */
  grow?: boolean;
  align?: 'left' | 'right' | 'center';
  /** The cell's plain text: shown on one line, cut with “…”, whole on hover. */
  text?: (row: T) => string | number | null;
  /** Cell content other than plain text (tags, buttons, inputs); its `title` says it in full. */
  render?: (row: T, index: number) => ReactNode;
  /** Hover text of a rendered cell. */
  hover?: (row: T) => string | undefined;
  /** Order for a click on the heading; text columns sort by their text unless `sortable: false`. */
  compare?: (a: T, b: T) => number;
  sortable?: boolean;
  /** Stays on the left when the list scrolls sideways (序号, 姓名). */
  pinned?: boolean;
  /** Can be hidden in “列”; false for the columns a clerk always needs. */
  optional?: boolean;
  /** Hidden until the clerk chooses it in “列”. */
  hidden?: boolean;
}

export type SortOrder = 'asc' | 'desc';
export interface SortState {
  key: string;
  order: SortOrder;
}
