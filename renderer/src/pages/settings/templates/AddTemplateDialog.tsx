import { InboxOutlined } from '@ant-design/icons';
import { Alert, Form, Input, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useAction } from '../../../hooks/useAction';
import { readFileAsSource } from '../../../lib/file-transfer';

/**
 * 添加模板: choose the clerk's .xlsx or .docx form and name it. The service checks it whole before
 * keeping it; every problem comes back as one sentence a line (where, and how to fix it).
 */
export function AddTemplateDialog({ onClose, onAdded }: { onClose: () => void; onAdded: () => void }) {
  const [form] = Form.useForm<{ name: string }>();
  const [file, setFile] = useState<File | null>(null);
  const { run, busy, error, clearError } = useAction(true);

  const submit = async () => {
    const { name } = await form.validateFields();
    if (!file) return;
    const source = await readFileAsSource(file);
    if (await run('templates:add', { name, source }, { form, success: `已添加模板“${name}”` })) onAdded();
  };

  return (
    <Modal
      open
      title="添加表格模板"
      okText="添加"
      cancelText="取消"
      onOk={() => void submit()}
      okButtonProps={{ disabled: !file, loading: busy }}
      onCancel={onClose}
      width={640}
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={<span style={{ whiteSpace: 'pre-line' }}>{error}</span>}
          style={{ marginBottom: 12, maxHeight: 260, overflow: 'auto' }}
        />
      )}
      <Upload.Dragger
        accept=".xlsx,.docx,.xls,.doc"
        multiple={false}
        showUploadList={false}
        beforeUpload={(f) => {
          setFile(f);
          clearError();
          if (!form.getFieldValue('name')) form.setFieldsValue({ name: f.name.replace(/\.(xlsx|docx|xls|doc)$/i, '').slice(0, 40) });
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">
          {file ? `已选择：${file.name}` : '把填好占位符的 Excel（.xlsx）或 Word（.docx）表格拖到这里，或点击选择'}
        </p>
        <p className="ant-upload-hint">添加前会检查占位符和格式，有问题会逐条说明</p>
      </Upload.Dragger>
      <Form form={form} layout="vertical" style={{ marginTop: 12 }}>
        <Form.Item name="name" label="模板名称" rules={[{ required: true, whitespace: true, message: '请填写模板名称' }, { max: 40 }]}>
          <Input placeholder="如 公务员平时考核登记表（省样式）" />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">旧格式的 .doc 或 .xls 请先在 WPS/Word/Excel 中“另存为” .docx 或 .xlsx。</Typography.Text>
    </Modal>
  );
}
