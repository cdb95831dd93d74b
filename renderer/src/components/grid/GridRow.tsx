import { memo, type ReactNode } from 'react';
import type { GridColumn } from './types';

interface Props<T> {
  row: T;
  index: number;
  columns: GridColumn<T>[];
  widths: number[];
  offsets: (number | null)[];
  height: number;
  /** Keyboard focus sits on this row (its tabIndex is 0). */
  active: boolean;
  focusable: boolean;
  className?: string;
  padRight: number;
}

function cell<T>(c: GridColumn<T>, row: T, index: number): { content: ReactNode; title: string | undefined } {
  if (c.render) return { content: c.render(row, index), title: c.hover?.(row) };
  const v = c.text?.(row);
  const text = v === null || v === undefined ? '' : String(v);
  return { content: text, title: c.hover?.(row) ?? (text || undefined) };
}

/** One row: plain divs with fixed widths (no measuring), each cell on one line with its full text on hover. */
function GridRowImpl<T>({ row, index, columns, widths, offsets, height, active, focusable, className, padRight }: Props<T>) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-row={index}
      tabIndex={focusable ? (active ? 0 : -1) : undefined}
      className={`grid-row${index % 2 ? ' odd' : ''}${className ? ` ${className}` : ''}`}
      style={{ transform: `translateY(${index * height}px)`, height }}
    >
      {columns.map((c, i) => {
        const { content, title } = cell(c, row, index);
        const pinned = offsets[i];
        return (
          <div
            key={c.key}
            role="gridcell"
            className={`grid-cell${pinned !== null ? ' pinned' : ''} align-${c.align ?? 'left'}`}
            style={{ width: widths[i], left: pinned ?? undefined }}
            title={title}
          >
            {content}
          </div>
        );
      })}
      {padRight > 0 && <div className="grid-cell" style={{ width: padRight }} />}
    </div>
  );
}

export const GridRow = memo(GridRowImpl) as typeof GridRowImpl;
