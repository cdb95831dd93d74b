import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Card, Table } from 'antd';
import { GRADE_KEYS, GRADE_NAMES } from '../grading/grade-style';
import type { Counts } from './stats-options';

export interface CountsRow {
  key: string;
  label: string;
  counts: Counts;
  /** “好” seats and how many were used (the trend only). */
  quota?: { seats: number; used: number };
}

interface Props {
  title: string;
  /** Heading of the first column (周期 / 单位). */
  head: string;
  rows: CountsRow[];
}

const total = (c: Counts) => GRADE_KEYS.reduce((n, g) => n + c[g], 0);

/** The figures behind a chart, as a table and as tab-separated text for Excel/WPS (复制表格). */
export function CountsTable({ title, head, rows }: Props) {
  const { message } = App.useApp();
  const withQuota = rows.some((r) => r.quota);
  const headers = [head, ...GRADE_KEYS.map((g) => GRADE_NAMES[g]), '合计', ...(withQuota ? ['好等次名额', '好等次已用'] : [])];
  const cells = (r: CountsRow) => [
    r.label,
    ...GRADE_KEYS.map((g) => r.counts[g]),
    total(r.counts),
    ...(r.quota ? [r.quota.seats, r.quota.used] : []),
  ];

  const copy = async () => {
    const text = [headers, ...rows.map(cells)].map((line) => line.join('\t')).join('\n');
    try {
      await navigator.clipboard.writeText(text);
      void message.success('已复制，可直接粘贴到 Excel 或 WPS 表格');
    } catch {
      void message.error('无法写入剪贴板，请选中表格后按 Ctrl+C 复制');
    }
  };

  return (
    <Card
      size="small"
      title={title}
      extra={
        <Button size="small" icon={<CopyOutlined />} onClick={() => void copy()}>
          复制表格
        </Button>
      }
      styles={{ body: { padding: 0 } }}
    >
      <Table<CountsRow>
        className="dense-table"
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={headers.map((h, i) => ({ title: h, key: h, align: i === 0 ? 'left' : 'right', render: (_, r) => cells(r)[i] }))}
      />
    </Card>
  );
}
