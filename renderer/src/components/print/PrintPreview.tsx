import { PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Progress, Radio, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { DocxLayout } from '@shared/forms/template-meta';
import { call, canPickFiles } from '../../api';
import { useQuery } from '../../hooks/useQuery';
import type { FormRequest, PrintTarget } from './print-target';
import { RosterColumnsPicker } from './RosterColumnsPicker';
import { useFormExport } from './useFormExport';

/**
 * 打印预览: the form's print view as it will come out on A4 (each page a sheet), with 打印 (the
 * system print dialog, in the desktop app and in the browser), 另存为 PDF and 导出 Excel — or, for
 * a Word template, 导出 Word (one document, or a .docx each) and 在 WPS/Word 中打开 (in browser
 * mode: download the .docx), with a note on where the preview may differ from Word. A large
 * batch shows its first copies; printing fetches them all first.
 */
export function PrintPreview({ target, onClose }: { target: PrintTarget; onClose: () => void }) {
  // The 花名册's print columns can be chosen here; the request follows the choice.
  const [request, setRequest] = useState<FormRequest>(target.request);
  const preview = useQuery('forms:preview', { request, all: false });
  const frame = useRef<HTMLIFrameElement>(null);
  const [printHtml, setPrintHtml] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  const exporter = useFormExport();
  const { message } = App.useApp();
  const data = preview.data;
  const outputs = data?.outputs ?? ['xlsx', 'pdf'];
  const [layout, setLayout] = useState<DocxLayout>('together');
  const [opening, setOpening] = useState(false);

  // The desktop app opens the filled document in WPS/Word; a browser can only download it.
  const openInWord = async () => {
    if (!data) return;
    if (!canPickFiles()) return exporter.run(request, 'docx', data.fileName, 'together');
    setOpening(true);
    const r = await call('templates:open', { request });
    setOpening(false);
    if (r.ok) void message.success(`已在 WPS/Word 中打开 ${r.data.file}`);
    else void message.error(r.message);
  };

  // The whole batch is loaded into the frame for printing; print once it has laid out.
  useEffect(() => {
    if (!printHtml) return;
    const f = frame.current;
    const done = () => {
      setPreparing(false);
      f?.contentWindow?.print();
    };
    f?.addEventListener('load', done, { once: true });
    return () => f?.removeEventListener('load', done);
  }, [printHtml]);

  const print = async () => {
    if (!data) return;
    if (data.shown === data.copies || printHtml) {
      frame.current?.contentWindow?.print();
      return;
    }
    setPreparing(true);
    const r = await call('forms:preview', { request, all: true });
    if (r.ok) setPrintHtml(r.data.html);
    else {
      setPreparing(false);
      void message.error(r.message);
    }
  };

  return (
    <Modal
      open
      title={`打印预览：${data?.title ?? target.title}`}
      onCancel={onClose}
      width="min(1100px, 96vw)"
      styles={{ body: { height: '74vh', display: 'flex', flexDirection: 'column', gap: 8 } }}
      footer={
        <Space>
          {request.form === 'roster' && (
            <RosterColumnsPicker
              columns={request.columns}
              onChange={(columns) => {
                setPrintHtml(null);
                setRequest({ ...request, columns });
              }}
            />
          )}
          {data && (
            <Typography.Text type="secondary">
              共 {data.copies} 份{data.shown < data.copies && !printHtml ? `，预览前 ${data.shown} 份；打印和另存为 PDF 包含全部。` : ''}
            </Typography.Text>
          )}
          {outputs.includes('docx') && (
            <>
              <Radio.Group
                aria-label="Word 文档的份数"
                size="small"
                value={layout}
                onChange={(e) => setLayout(e.target.value as DocxLayout)}
                options={[
                  { value: 'together', label: '一份文档' },
                  { value: 'perPerson', label: '每人一个' },
                ]}
              />
              <Button onClick={() => data && void exporter.run(request, 'docx', data.fileName, layout)} disabled={!data || exporter.busy}>
                导出 Word
              </Button>
              <Button onClick={() => void openInWord()} loading={opening} disabled={!data || exporter.busy}>
                在 WPS/Word 中打开
              </Button>
            </>
          )}
          {outputs.includes('xlsx') && (
            <Button
              onClick={() => data && void exporter.run(request, 'xlsx', data.fileName)}
              disabled={!data || exporter.busy}
              title={request.form === 'roster' ? '完整花名册（全部信息，可导入回来）' : undefined}
            >
              导出 Excel
            </Button>
          )}
          <Button onClick={() => data && void exporter.run(request, 'pdf', data.fileName)} disabled={!data || exporter.busy}>
            另存为 PDF
          </Button>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => void print()}
            loading={preparing}
            disabled={!data || exporter.busy}
          >
            打印
          </Button>
        </Space>
      }
    >
      {preview.error && <Alert type="error" showIcon title={<span style={{ whiteSpace: 'pre-line' }}>{preview.error}</span>} />}
      {data?.note && <Alert type="info" showIcon title={data.note} />}
      {exporter.progress && (
        <div role="status" aria-live="polite" style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
          <Progress percent={Math.round(exporter.progress.percent)} status="active" style={{ flex: 1, margin: 0 }} aria-label="导出进度" />
          <Typography.Text type="secondary">{exporter.progress.phase}…</Typography.Text>
          <Button size="small" onClick={exporter.cancel}>
            取消
          </Button>
        </div>
      )}
      {!data && !preview.error && <Spin style={{ margin: 'auto' }} />}
      {data && (
        <iframe
          ref={frame}
          title="打印预览"
          // No scripts in the print view; same origin so the page can call print() on it.
          sandbox="allow-same-origin allow-modals"
          srcDoc={printHtml ?? data.html}
          style={{ flex: 1, width: '100%', border: '1px solid #d9d9d9', background: '#e8e8e8' }}
        />
      )}
    </Modal>
  );
}
