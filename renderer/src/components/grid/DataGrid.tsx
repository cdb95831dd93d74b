import { Spin } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ColumnChooser } from './ColumnChooser';
import { GridHeader } from './GridHeader';
import { GridRow } from './GridRow';
import { columnCompare, columnWidths, pinnedOffsets, visibleColumns } from './grid-layout';
import type { GridColumn, SortState } from './types';
import { useColumnPrefs } from './useColumnPrefs';
import './grid.css';

export type { GridColumn } from './types';

interface Props<T> {
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: GridColumn<T>[];
  /** Remembers the clerk's column widths and choices under this name. */
  storageKey: string;
  ariaLabel: string;
  testId?: string;
  rowHeight?: number;
  loading?: boolean;
  emptyText?: ReactNode;
  /** Enter or a double click on a row. */
  onOpen?: (row: T) => void;
  /** The row the keyboard (or a click) is on. */
  onActive?: (row: T) => void;
  rowClassName?: (row: T) => string | undefined;
  /** The cells hold their own fields (评鉴): rows are not focus stops themselves. */
  editableCells?: boolean;
}

const HEAD = 30;
const OVERSCAN = 8;
const CHOOSER = 28;

/**
 * The app's big lists (花名册, 评鉴, 等次评定, 表现记录): rows of one fixed height, only those in
 * view (and a few around) in the page, placed by transform — scrolling never measures a row, so
 * 5,000 rows scroll like 50. Headings sort (click or Enter; again for the reverse, a third time
 * for the list's own order), their right edge drags the width, “列” chooses the optional columns.
 * ↑/↓, PageUp/PageDown, Home/End move between rows, Enter opens one.
 */
export function DataGrid<T>(props: Props<T>) {
  const { rows, rowKey, columns, storageKey, ariaLabel, testId, rowHeight = 30, loading, emptyText = '没有数据' } = props;
  const { onOpen, onActive, rowClassName, editableCells = false } = props;
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 800, height: 400 });
  const [first, setFirst] = useState(0);
  const [sort, setSort] = useState<SortState | null>(null);
  const [active, setActive] = useState(0);
  const [dragging, setDragging] = useState<{ key: string; width: number } | null>(null);
  const focusWanted = useRef(false);
  const { prefs, setWidth, setShown, reset } = useColumnPrefs(storageKey);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([e]) =>
      setSize({ width: Math.floor(e.contentRect.width), height: Math.floor(e.contentRect.height) }),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const shown = useMemo(() => visibleColumns(columns, prefs), [columns, prefs]);
  const hasChooser = columns.some((c) => c.optional);
  const chooserWidth = hasChooser ? CHOOSER : 0;
  const widths = useMemo(() => {
    const effective = dragging ? { ...prefs, widths: { ...prefs.widths, [dragging.key]: dragging.width } } : prefs;
    return columnWidths(shown, effective, size.width - chooserWidth);
  }, [shown, prefs, dragging, size.width, chooserWidth]);
  const offsets = useMemo(() => pinnedOffsets(shown, widths), [shown, widths]);
  const compares = useMemo(() => shown.map(columnCompare), [shown]);
  const total = widths.reduce((s, w) => s + w, 0) + chooserWidth;

  const sorted = useMemo(() => {
    const i = sort ? shown.findIndex((c) => c.key === sort.key) : -1;
    const compare = i >= 0 ? compares[i] : null;
    if (!sort || !compare) return rows;
    const out = rows.slice().sort(compare);
    return sort.order === 'desc' ? out.reverse() : out;
  }, [rows, sort, shown, compares]);

  const count = sorted.length;
  const visible = Math.ceil(Math.max(0, size.height - HEAD) / rowHeight);
  const from = Math.max(0, first - OVERSCAN);
  const to = Math.min(count, first + visible + OVERSCAN);
  const activeIndex = Math.min(active, Math.max(0, count - 1));

  const onScroll = useCallback(() => {
    const el = box.current;
    if (el) setFirst(Math.floor(el.scrollTop / rowHeight));
  }, [rowHeight]);

  const toggleSort = (key: string) =>
    setSort((s) => (s?.key !== key ? { key, order: 'asc' } : s.order === 'asc' ? { key, order: 'desc' } : null));

  /** Moves the keyboard to row i: scrolled into view, focused once it is in the page. */
  const goTo = (i: number) => {
    const el = box.current;
    if (!el || count === 0) return;
    const target = Math.max(0, Math.min(count - 1, i));
    const top = target * rowHeight;
    const bodyHeight = el.clientHeight - HEAD;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + bodyHeight) el.scrollTop = top + rowHeight - bodyHeight;
    focusWanted.current = true;
    setActive(target);
    onActive?.(sorted[target]);
  };
  useEffect(() => {
    if (!focusWanted.current) return;
    focusWanted.current = false;
    box.current?.querySelector<HTMLElement>(`[data-row="${activeIndex}"]`)?.focus({ preventScroll: true });
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const rowEl = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!rowEl || rowEl !== e.target || e.altKey || e.ctrlKey || e.metaKey) return;
    const i = Number(rowEl.dataset.row);
    const page = Math.max(1, visible - 1);
    const moves: Record<string, number> = {
      ArrowDown: i + 1,
      ArrowUp: i - 1,
      PageDown: i + page,
      PageUp: i - page,
      Home: 0,
      End: count - 1,
    };
    if (e.key in moves) goTo(moves[e.key]);
    else if (e.key === 'Enter' && onOpen) onOpen(sorted[i]);
    else return;
    e.preventDefault();
  };
  const rowFromEvent = (target: EventTarget) => {
    const el = (target as HTMLElement).closest<HTMLElement>('[data-row]');
    return el ? Number(el.dataset.row) : null;
  };

  const rendered: ReactNode[] = [];
  for (let i = from; i < to; i++) {
    const row = sorted[i];
    rendered.push(
      <GridRow<T>
        key={rowKey(row)}
        row={row}
        index={i}
        columns={shown}
        widths={widths}
        offsets={offsets}
        height={rowHeight}
        active={i === activeIndex}
        focusable={!editableCells}
        className={rowClassName?.(row)}
        padRight={chooserWidth}
      />,
    );
  }

  return (
    <div
      ref={box}
      className="data-grid"
      role="grid"
      aria-label={ariaLabel}
      aria-rowcount={count + 1}
      data-testid={testId}
      data-grid
      onScroll={onScroll}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const i = e.target === e.target.closest('[data-row]') ? rowFromEvent(e.target) : null;
        if (i !== null && i !== activeIndex) {
          setActive(i);
          onActive?.(sorted[i]);
        }
      }}
      onMouseDown={(e) => {
        const i = rowFromEvent(e.target);
        if (i !== null && i !== activeIndex) {
          setActive(i);
          onActive?.(sorted[i]);
        }
      }}
      onDoubleClick={(e) => {
        const i = rowFromEvent(e.target);
        if (i !== null && onOpen && !(e.target as HTMLElement).closest('button, input, a, .ant-select')) onOpen(sorted[i]);
      }}
      style={{ scrollPaddingTop: HEAD }}
    >
      <div style={{ width: total, minWidth: '100%' }}>
        <GridHeader<T>
          columns={shown}
          widths={widths}
          offsets={offsets}
          sort={sort}
          sortable={compares.map(Boolean)}
          onSort={toggleSort}
          onResize={(key, width, done) => {
            if (done) {
              setDragging(null);
              setWidth(key, width);
            } else setDragging({ key, width });
          }}
          onResetWidth={(key) => setWidth(key, shown.find((c) => c.key === key)!.width)}
          chooser={<ColumnChooser columns={columns} prefs={prefs} onShown={setShown} onReset={reset} />}
          chooserWidth={chooserWidth}
        />
        <div className="grid-body" role="rowgroup" style={{ height: Math.max(count * rowHeight, rowHeight * 2) }}>
          {rendered}
          {count === 0 && !loading && <div className="grid-empty">{emptyText}</div>}
        </div>
      </div>
      {loading && (
        <div className="grid-loading">
          <Spin />
        </div>
      )}
    </div>
  );
}
