import { FileExcelOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AuditEntry } from '@shared/api/contract';
import { AUDIT_KIND_LABELS, auditKind, type AuditFilter } from '@shared/api/trust-schemas';
import { useDebounced } from '../../hooks/useDebounced';
import { useFileExport } from '../../hooks/useFileExport';
import { useQuery } from '../../hooks/useQuery';
import { localTime, toIso } from '../../lib/dates';

const PAGE_SIZE = 50;
const kindLabel = (k: string) => AUDIT_KIND_LABELS[k] ?? k;
const shown = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v, null, 1));

/**
 * 操作日志: every change, newest first, filtered by time, who, kind and keyword; the server pages
 * it (tens of thousands of entries never reach the page at once) and exports the filtered list.
 */
export function AuditPage() {
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [actor, setActor] = useState<string | undefined>();
  const [kinds, setKinds] = useState<string[]>([]);
  const [keyword, setKeyword] = useState('');
  const [page, setPage] = useState(1);
  const debounced = useDebounced(keyword, 300);
  const filter: AuditFilter = {
    from: range?.[0] ? toIso(range[0]) : undefined,
    to: range?.[1] ? toIso(range[1]) : undefined,
    actor,
    kinds,
    keyword: debounced.trim(),
  };
  const query = useQuery('audit:query', { ...filter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const { exportFile, busy } = useFileExport();
  const changed =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  return (
    <Card
      title="操作日志"
      size="small"
      styles={{ body: { padding: 0 } }}
      extra={
        <Space>
          <Button size="small" icon={<ReloadOutlined />} onClick={query.reload} aria-label="刷新操作日志" />
          <Button
            size="small"
            icon={<FileExcelOutlined />}
            loading={busy}
            onClick={() => void exportFile('audit:export', filter, '操作日志.xlsx', '导出操作日志')}
          >
            导出 Excel
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ padding: 8 }} data-testid="audit-filters">
        <DatePicker.RangePicker
          value={range}
          onChange={changed(setRange)}
          allowEmpty={[true, true]}
          placeholder={['开始日期', '结束日期']}
          aria-label="时间范围"
        />
        <Select
          allowClear
          placeholder="操作人"
          aria-label="操作人"
          style={{ width: 140 }}
          value={actor}
          onChange={changed(setActor)}
          options={(query.data?.actors ?? []).map((a) => ({ value: a, label: a }))}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder="类别"
          aria-label="类别"
          style={{ minWidth: 200 }}
          value={kinds}
          onChange={changed(setKinds)}
          options={(query.data?.kinds ?? []).map((k) => ({ value: k, label: kindLabel(k) }))}
        />
        <Input.Search
          allowClear
          placeholder="姓名、内容或理由中的文字"
          aria-label="关键字"
          style={{ width: 240 }}
          value={keyword}
          onChange={(e) => changed(setKeyword)(e.target.value)}
        />
        <Typography.Text type="secondary">共 {query.data?.total ?? 0} 条</Typography.Text>
      </Space>
      {query.error && <Alert type="error" showIcon title={query.error} />}
      <Table<AuditEntry>
        size="small"
        rowKey="seq"
        data-testid="audit-table"
        loading={query.loading}
        dataSource={query.data?.entries}
        scroll={{ y: 'calc(100vh - 260px)' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: query.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          size: 'small',
          showTotal: (n, [a, b]) => `第 ${a}–${b} 条，共 ${n} 条`,
        }}
        expandable={{
          rowExpandable: (e) => e.before !== null || e.after !== null,
          expandedRowRender: (e) => (
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
              <div>
                <Typography.Text strong>修改前</Typography.Text>
                <pre className="audit-value">{shown(e.before)}</pre>
              </div>
              <div>
                <Typography.Text strong>修改后</Typography.Text>
                <pre className="audit-value">{shown(e.after)}</pre>
              </div>
            </div>
          ),
        }}
        columns={[
          { title: '序号', dataIndex: 'seq', width: 70 },
          { title: '时间', dataIndex: 'at', width: 160, render: localTime },
          { title: '操作人', dataIndex: 'actor', width: 110 },
          { title: '类别', dataIndex: 'action', width: 120, render: (a: string) => kindLabel(auditKind(a)) },
          { title: '内容', dataIndex: 'summary', ellipsis: { showTitle: true } },
          { title: '理由', dataIndex: 'reason', width: 200, ellipsis: true, render: (r: string | null) => r ?? '' },
        ]}
      />
    </Card>
  );
}
