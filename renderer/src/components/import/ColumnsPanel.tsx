import { Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { ColumnUse } from '@shared/api/import-schemas';

interface Props {
  columns: readonly ColumnUse[];
  /** The fields a column can be mapped to. */
  fieldChoices: readonly { key: string; label: string }[];
  /** A column mapped to a field (null: not used); previews the file again. */
  onMap: (label: string, field: string | null) => void;
  height: number;
}

interface Row extends ColumnUse {
  key: string;
}

/**
 * Every column of the file: the field it fills, or 未使用 with a value from under it. An unused
 * column can be mapped to a field here; the file is previewed again, and the mapping is kept for
 * the next import of a file with this header.
 */
export function ColumnsPanel({ columns, fieldChoices, onMap, height }: Props) {
  const rows = useMemo<Row[]>(() => {
    const rank = (c: ColumnUse) => (c.field === null ? 0 : c.chosen ? 1 : 2);
    return columns.map((c, i) => ({ ...c, key: `${i}` })).sort((a, b) => rank(a) - rank(b) || Number(a.key) - Number(b.key));
  }, [columns]);
  const taken = useMemo(() => new Map(columns.filter((c) => c.field && !c.chosen).map((c) => [c.field!, c.label])), [columns]);
  // Fields still free first; one another column fills says so: choosing it takes the field from that column.
  const options = fieldChoices
    .map((f) => ({
      value: f.key,
      label: taken.has(f.key) ? `${f.label}（代替“${taken.get(f.key)}”列）` : f.label,
      taken: taken.has(f.key),
    }))
    .sort((a, b) => Number(a.taken) - Number(b.taken))
    .map(({ value, label }) => ({ value, label }));

  const table: TableColumnsType<Row> = [
    { title: '表头', dataIndex: 'label', width: 220, ellipsis: { showTitle: true } },
    {
      title: '示例',
      dataIndex: 'sample',
      width: 260,
      ellipsis: { showTitle: true },
      render: (s: string | null) => s ?? <Typography.Text type="secondary">（这一列是空的）</Typography.Text>,
    },
    {
      title: '导入为',
      key: 'field',
      width: 300,
      render: (_, c) =>
        c.field !== null && !c.chosen ? (
          <span>
            {c.fieldLabel} <Typography.Text type="secondary">（自动识别）</Typography.Text>
          </span>
        ) : (
          <Select
            size="small"
            style={{ width: 260 }}
            value={c.field ?? undefined}
            placeholder="未使用 · 选择要导入的字段"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            aria-label={`“${c.label}”列导入为`}
            onChange={(v?: string) => onMap(c.label, v ?? null)}
          />
        ),
    },
    {
      title: '',
      key: 'state',
      width: 90,
      render: (_, c) => (c.field === null ? <Tag color="warning">未使用</Tag> : c.chosen ? <Tag color="processing">已指定</Tag> : null),
    },
  ];
  return (
    <Table<Row>
      className="dense-table"
      data-testid="import-columns"
      size="small"
      rowKey="key"
      columns={table}
      dataSource={rows}
      pagination={false}
      scroll={{ y: height }}
      locale={{ emptyText: '没有读到表头' }}
    />
  );
}
