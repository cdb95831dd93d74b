import { Table, type TableProps } from 'antd';

interface Props<T> extends Omit<TableProps<T>, 'virtual' | 'scroll' | 'pagination' | 'size'> {
  /** Pixel height of the scrolling body (measured from the page). */
  height: number;
  /** Width not counted in the columns (an expand column …). */
  extraWidth?: number;
}

/** The app's dense list: virtual rows (thousands stay fast), no paging, as wide as its columns. */
export function VirtualTable<T extends object>({ height, extraWidth = 0, className, ...rest }: Props<T>) {
  const width = (rest.columns ?? []).reduce((s, c) => s + Number(c.width ?? 0), extraWidth);
  return (
    <Table<T>
      {...rest}
      className={['dense-table', className].filter(Boolean).join(' ')}
      virtual
      size="small"
      pagination={false}
      scroll={{ x: width, y: height }}
    />
  );
}
