import { InboxOutlined } from '@ant-design/icons';
import { Alert, Upload } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  multiple: boolean;
  /** What the file should look like. */
  hint?: ReactNode;
  /** Why the last attempt failed (the service's sentence). */
  error: string | null;
  onFiles: (files: File[]) => void;
}

/** Drag the workbook(s) in or click to choose; nothing is uploaded by antd, the dialog reads them. */
export function ChooseFiles({ multiple, hint, error, onFiles }: Props) {
  return (
    <>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Upload.Dragger
        accept=".xlsx,.xls"
        multiple={multiple}
        showUploadList={false}
        // Called once per file of a drop or a choice; the last call hands over the whole batch.
        beforeUpload={(file, batch) => {
          if (file === batch[batch.length - 1]) onFiles(batch);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">把 Excel / WPS 表格拖到这里，或点击选择{multiple ? '（可以一次选多个文件）' : ''}</p>
        <p className="ant-upload-hint">.xlsx 或 .xls；先显示预览，确认后才写入</p>
      </Upload.Dragger>
      {hint && <div style={{ marginTop: 12 }}>{hint}</div>}
    </>
  );
}
