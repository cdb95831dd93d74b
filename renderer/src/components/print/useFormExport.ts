import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api';
import { askSavePath, EXCEL_FILTERS, PDF_FILTERS, saveFileOutput } from '../../lib/file-transfer';
import type { DocxLayout } from '@shared/forms/template-meta';
import type { FormRequest } from './print-target';

export type ExportFormat = 'pdf' | 'xlsx' | 'docx';

/** The save dialog's filter and the file's extension for each way out (a Word batch per person is a .zip). */
function saveAs(format: ExportFormat, layout: DocxLayout | undefined) {
  if (format === 'pdf') return { extension: 'pdf', filters: PDF_FILTERS };
  if (format === 'xlsx') return { extension: 'xlsx', filters: EXCEL_FILTERS };
  return layout === 'perPerson'
    ? { extension: 'zip', filters: [{ name: 'ZIP 压缩包（每人一个 Word 文档）', extensions: ['zip'] }] }
    : { extension: 'docx', filters: [{ name: 'Word 文档', extensions: ['docx'] }] };
}

export interface ExportProgress {
  format: ExportFormat;
  phase: string;
  percent: number;
}

/**
 * Saves a form as PDF or Excel with the service's progress (a batch of 300 登记表 takes a while)
 * and a cancel that stops it between parts. Closing the screen cancels a running export.
 */
export function useFormExport() {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  // Until the service answers, even after a cancel (it stops between parts): one export at a time.
  const [busy, setBusy] = useState(false);
  const job = useRef<string | null>(null);

  const stop = useCallback(() => {
    if (!job.current) return false;
    void call('jobs:cancel', { jobId: job.current });
    job.current = null;
    setProgress(null);
    return true;
  }, []);
  useEffect(() => () => void stop(), [stop]);
  const cancel = () => {
    if (stop()) void message.info('已取消导出，没有生成文件。');
  };

  const run = async (request: FormRequest, format: ExportFormat, fileName: string, layout?: DocxLayout) => {
    const { extension, filters } = saveAs(format, layout);
    const target = await askSavePath(`${fileName}.${extension}`, filters);
    if (!target) return;
    const jobId = `form-${crypto.randomUUID()}`;
    job.current = jobId;
    setBusy(true);
    setProgress({ format, phase: '准备', percent: 0 });
    const timer = setInterval(() => {
      void call('jobs:progress', { jobId }).then((r) => {
        if (r.ok && job.current === jobId && !r.data.done) setProgress({ format, phase: r.data.phase, percent: r.data.percent });
      });
    }, 400);
    try {
      const r = await call('forms:export', { request, format, jobId, ...(layout && { layout }), ...target });
      if (job.current !== jobId) return; // cancelled meanwhile
      if (r.ok) void message.success(saveFileOutput(r.data));
      else void message.error(r.message);
    } finally {
      clearInterval(timer);
      setBusy(false);
      if (job.current === jobId) {
        job.current = null;
        setProgress(null);
      }
    }
  };
  return { run, progress, busy, cancel };
}
