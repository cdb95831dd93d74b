import { App } from 'antd';
import type { Input } from '@shared/api/contract';
import { EXCEL_FILTERS, PDF_FILTERS, askSavePath, saveFileOutput } from '../lib/file-transfer';
import { useAction } from './useAction';

/** Channels that produce a file (they take an optional `file` path and answer a FileOutput). */
type FileChannel =
  | 'roster:export'
  | 'roles:template'
  | 'reviews:exportSheet'
  | 'records:exportSheet'
  | 'import:errorReport'
  | 'forms:export'
  | 'audit:export';

/** Exports a file: the desktop app asks where to save it (the service writes it), browser mode downloads it. */
export function useFileExport() {
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const exportFile = async <C extends FileChannel>(channel: C, input: Omit<Input<C>, 'file'>, defaultName: string, title?: string) => {
    const target = await askSavePath(defaultName, defaultName.endsWith('.pdf') ? PDF_FILTERS : EXCEL_FILTERS, title);
    if (!target) return;
    const out = await run(channel, { ...input, ...target } as Input<C>);
    if (out) void message.success(saveFileOutput(out));
  };
  return { exportFile, busy };
}
