import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { useRef, type PointerEvent } from 'react';
import { MIN_COLUMN_WIDTH } from './grid-layout';
import type { GridColumn, SortState } from './types';

interface Props<T> {
  columns: GridColumn<T>[];
  widths: number[];
  offsets: (number | null)[];
  sort: SortState | null;
  sortable: boolean[];
  onSort: (key: string) => void;
  onResize: (key: string, width: number, done: boolean) => void;
  onResetWidth: (key: string) => void;
  /** The “列” chooser, at the right end. */
  chooser: React.ReactNode;
  chooserWidth: number;
}

/** The headings: a click (or Enter) sorts, dragging a heading's right edge resizes the column. */
export function GridHeader<T>({
  columns,
  widths,
  offsets,
  sort,
  sortable,
  onSort,
  onResize,
  onResetWidth,
  chooser,
  chooserWidth,
}: Props<T>) {
  const drag = useRef<{ key: string; x: number; width: number } | null>(null);
  const start = (e: PointerEvent<HTMLElement>, key: string, width: number) => {
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { key, x: e.clientX, width };
  };
  const move = (e: PointerEvent<HTMLElement>, done: boolean) => {
    const d = drag.current;
    if (!d) return;
    onResize(d.key, Math.max(MIN_COLUMN_WIDTH, Math.round(d.width + e.clientX - d.x)), done);
    if (done) drag.current = null;
  };
  return (
    <div className="grid-head" role="row">
      {columns.map((c, i) => {
        const sorted = sort?.key === c.key ? sort.order : null;
        const pinned = offsets[i];
        return (
          <div
            key={c.key}
            role="columnheader"
            aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
            className={`grid-cell grid-th${pinned !== null ? ' pinned' : ''} align-${c.align ?? 'left'}`}
            style={{ width: widths[i], left: pinned ?? undefined }}
            title={c.title}
          >
            {sortable[i] ? (
              <button type="button" className="grid-sort" onClick={() => onSort(c.key)} title={`${c.title}：点击排序`}>
                <span className="grid-th-text">{c.title}</span>
                <span className={`grid-sort-mark${sorted ? ' on' : ''}`} aria-hidden>
                  {sorted === 'desc' ? <CaretDownOutlined /> : <CaretUpOutlined />}
                </span>
              </button>
            ) : (
              <span className="grid-th-text">{c.title}</span>
            )}
            <span
              className="grid-resize"
              aria-hidden
              title="拖动调整列宽，双击恢复"
              onPointerDown={(e) => start(e, c.key, widths[i])}
              onPointerMove={(e) => move(e, false)}
              onPointerUp={(e) => move(e, true)}
              onDoubleClick={() => onResetWidth(c.key)}
            />
          </div>
        );
      })}
      {chooserWidth > 0 && (
        <div className="grid-cell grid-th grid-chooser-cell" style={{ width: chooserWidth }}>
          {chooser}
        </div>
      )}
    </div>
  );
}
