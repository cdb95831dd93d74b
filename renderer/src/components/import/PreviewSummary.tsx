import { Alert, Space, Tag, Typography } from 'antd';
import type { ImportIssue, ImportPreview } from '@shared/api/contract';
import { STATUS_COLORS, STATUS_LABELS, type RowStatus } from './preview-rows';

const COUNTED: readonly RowStatus[] = ['new', 'changed', 'unchanged', 'invalid'];

const where = (e: ImportIssue) =>
  [e.sheet && `“${e.sheet}”`, e.row > 0 && `第${e.row}行`, e.column && `“${e.column}”`].filter(Boolean).join('');

const sheetsRead = (sheets: ImportPreview['sheets']) =>
  sheets.length === 1
    ? `，工作表“${sheets[0].name}”`
    : sheets.length > 1
      ? `：${sheets.map((s) => `“${s.name}” ${s.rows} 行`).join('、')}`
      : '';

/** The counts, the sheets read, the units the import would create and the file's own errors. */
export function PreviewSummary({ preview, fileErrors }: { preview: ImportPreview; fileErrors: ImportIssue[] }) {
  const sheets = preview.sheets.filter((s) => s.tables > 0);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, marginBottom: 8 }}>
      <Space size={4} wrap data-testid="import-counts">
        {COUNTED.map((s) => (
          <Tag key={s} color={preview.counts[s] ? STATUS_COLORS[s] : 'default'} style={{ fontSize: 13, padding: '1px 8px' }}>
            {STATUS_LABELS[s]} {preview.counts[s]}
          </Tag>
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          共 {preview.counts.total} 行{sheetsRead(sheets)}
        </Typography.Text>
      </Space>
      {preview.newUnits.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={
            <div
              style={{ maxHeight: 64, overflow: 'auto' }}
            >{`将新建 ${preview.newUnits.length} 个单位：${preview.newUnits.join('、')}`}</div>
          }
        />
      )}
      {fileErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="这份文件不能导入"
          description={fileErrors.map((e, i) => (
            <div key={i}>
              {where(e)}
              {where(e) && '：'}
              {e.message}
            </div>
          ))}
        />
      )}
    </div>
  );
}
