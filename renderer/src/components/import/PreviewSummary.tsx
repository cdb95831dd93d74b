import { Alert, Space, Tag, Typography } from 'antd';
import type { ImportIssue, ImportPreview } from '@shared/api/contract';
import { issuePlace } from '@shared/import/issue-place';
import { STATUS_COLORS, STATUS_LABELS, type RowStatus } from './preview-rows';

const COUNTED: readonly RowStatus[] = ['new', 'changed', 'unchanged', 'invalid'];

const sheetsRead = (sheets: ImportPreview['sheets']) =>
  sheets.length === 1
    ? `，工作表“${sheets[0].name}”`
    : sheets.length > 1
      ? `：${sheets.map((s) => `“${s.name}” ${s.rows} 行`).join('、')}`
      : '';

const issueLines = (list: ImportIssue[]) =>
  list.map((e, i) => (
    <div key={i}>
      {issuePlace(e)}
      {issuePlace(e) && '：'}
      {e.message}
    </div>
  ));

/** The counts, the sheets read and left aside, the units the import would create, the file's own errors and notices. */
export function PreviewSummary({
  preview,
  fileErrors,
  fileWarnings,
}: {
  preview: ImportPreview;
  fileErrors: ImportIssue[];
  fileWarnings: ImportIssue[];
}) {
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
          {preview.skippedSheets.length > 0 && `；未读取：${preview.skippedSheets.map((s) => `“${s.name}”（${s.reason}）`).join('、')}`}
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
      {fileErrors.length > 0 && <Alert type="error" showIcon title="这份文件不能导入" description={issueLines(fileErrors)} />}
      {fileWarnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="import-file-warnings"
          title={
            <div style={{ maxHeight: 66, overflow: 'auto' }}>
              {fileWarnings.map((w, i) => (
                <div key={i}>{w.row > 0 ? `“${w.sheet}”第${w.row}行：${w.message}` : w.message}</div>
              ))}
            </div>
          }
        />
      )}
    </div>
  );
}
