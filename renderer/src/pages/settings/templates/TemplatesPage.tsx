import { DeleteOutlined, DownloadOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TemplateMeta } from '@shared/forms/template-meta';
import { useAction } from '../../../hooks/useAction';
import { useQuery } from '../../../hooks/useQuery';
import { askSavePath, saveFileOutput } from '../../../lib/file-transfer';
import { PrintPreview } from '../../../components/print/PrintPreview';
import type { PrintTarget } from '../../../components/print/print-target';
import { PlaceholderList } from '../PlaceholderList';
import { AddTemplateDialog } from './AddTemplateDialog';

const FORMAT_LABELS = { xlsx: 'Excel', docx: 'Word' } as const;
const FILTERS = {
  xlsx: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  docx: [{ name: 'Word 文档', extensions: ['docx'] }],
};

/**
 * 表格样式: the clerk's own forms (their province's .xlsx or .docx 登记表 with placeholders typed
 * in). Add one (checked first: every problem told), preview it filled for a period, export the
 * file again to change it, remove it; the placeholder list to copy from.
 */
export function TemplatesPage() {
  const { message } = App.useApp();
  const list = useQuery('templates:list', {});
  const periods = useQuery('periods:list', {});
  const removing = useAction();
  const [adding, setAdding] = useState(false);
  const [previewPeriod, setPreviewPeriod] = useState<string | null>(null);
  const [preview, setPreview] = useState<PrintTarget | null>(null);
  const templates = list.data?.templates ?? [];
  const periodId = previewPeriod ?? periods.data?.[0]?.id ?? null;

  const exportOriginal = async (t: TemplateMeta) => {
    const target = await askSavePath(t.fileName, FILTERS[t.format], '导出模板文件');
    if (!target) return;
    const out = await removing.run('templates:export', { id: t.id, ...target });
    if (out) void message.success(saveFileOutput(out));
  };
  const remove = async (t: TemplateMeta) => {
    if (await removing.run('templates:remove', { id: t.id }, { success: `已删除模板“${t.name}”` })) list.reload();
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%', maxWidth: 1100 }}>
      <Card
        size="small"
        title="自己的表格模板"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            添加模板
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          把本省、本局发的登记表（Excel 或 Word）做成模板：在要填写的格子里输入下面的占位符，保存后添加。添加后可在“考核周期 →
          打印”“等次评定 → 表格”中选用，每人按模板原样填写。
        </Typography.Paragraph>
        {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 8 }} />}
        <Space style={{ marginBottom: 8 }}>
          <span>预览用的考核周期</span>
          <Select
            aria-label="预览用的考核周期"
            style={{ width: 200 }}
            value={periodId}
            onChange={setPreviewPeriod}
            options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.label }))}
            placeholder="还没有考核周期"
          />
        </Space>
        <Table<TemplateMeta>
          className="dense-table"
          size="small"
          rowKey="id"
          loading={list.loading}
          pagination={false}
          dataSource={templates}
          locale={{ emptyText: '还没有添加模板' }}
          columns={[
            { title: '名称', dataIndex: 'name' },
            {
              title: '类型',
              width: 80,
              render: (_, t) => <Tag color={t.format === 'docx' ? 'blue' : 'green'}>{FORMAT_LABELS[t.format]}</Tag>,
            },
            { title: '原文件', dataIndex: 'fileName', ellipsis: true },
            { title: '添加时间', width: 150, render: (_, t) => t.addedAt.slice(0, 16).replace('T', ' ') },
            {
              title: '操作',
              width: 230,
              render: (_, t) => (
                <Space size={0}>
                  <Button
                    size="small"
                    type="link"
                    icon={<EyeOutlined />}
                    disabled={!periodId}
                    title={periodId ? undefined : '先建立一个考核周期才能预览'}
                    onClick={() => periodId && setPreview({ request: { form: 'template', template: t.id, periodId }, title: t.name })}
                  >
                    预览
                  </Button>
                  <Button size="small" type="link" icon={<DownloadOutlined />} onClick={() => void exportOriginal(t)}>
                    导出
                  </Button>
                  <Popconfirm
                    title={`删除模板“${t.name}”？`}
                    description="删除后不能再用它打印；需要时可先导出保存。"
                    okText="删除"
                    cancelText="取消"
                    onConfirm={() => void remove(t)}
                  >
                    <Button size="small" type="link" danger icon={<DeleteOutlined />}>
                      删除
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title="占位符说明">
        <PlaceholderList height={300} />
      </Card>
      {adding && (
        <AddTemplateDialog
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            list.reload();
          }}
        />
      )}
      {preview && <PrintPreview target={preview} onClose={() => setPreview(null)} />}
    </Space>
  );
}
