import type { PickFileOptions } from '@shared/api/bridge';
import type { FileInput, FileOutput } from '@shared/api/contract';
import { canPickFiles, pickFile } from '../api';

/**
 * Files across the contract. In: a dropped or chosen File goes to the services as base64 bytes.
 * Out: the desktop app asks for a path and the service writes the file there; browser mode has no
 * save dialog, so the service hands the bytes back and the page downloads them. Every export:
 *
 *   const target = await askSavePath('花名册.xlsx', EXCEL_FILTERS);
 *   if (!target) return;                                     // the clerk cancelled the dialog
 *   const out = await run('roster:export', { unitId, ...target });
 *   if (out) message.success(saveFileOutput(out));
 */
export const EXCEL_FILTERS: NonNullable<PickFileOptions['filters']> = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];
export const PDF_FILTERS: NonNullable<PickFileOptions['filters']> = [{ name: 'PDF 文件', extensions: ['pdf'] }];

/** 3 × 16 K bytes: whole base64 quads per chunk, and String.fromCharCode gets few enough arguments. */
const CHUNK = 3 * 16 * 1024;

/** A File as the contract's `{ fileName, dataBase64 }` (chunked: a 30 MB workbook stays cheap). */
export async function readFileAsSource(file: File): Promise<Extract<FileInput, { dataBase64: string }>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(btoa(String.fromCharCode(...bytes.subarray(i, i + CHUNK))));
  return { fileName: file.name, dataBase64: parts.join('') };
}

/**
 * Where an export goes: `{ file }` chosen in the desktop app's save dialog, `{}` in browser mode
 * (the service returns the bytes), or null when the clerk cancelled the dialog. Spread it into the
 * export's input.
 */
export async function askSavePath(defaultName: string, filters = EXCEL_FILTERS, title = '保存为'): Promise<{ file?: string } | null> {
  if (!canPickFiles()) return {};
  const file = await pickFile({ mode: 'save', title, defaultName, filters });
  return file ? { file } : null;
}

/** Downloads the bytes of a produced file (browser mode); returns the sentence to tell the clerk. */
export function saveFileOutput(out: FileOutput): string {
  if (out.dataBase64 === null) return `已保存到 ${out.file ?? out.fileName}`;
  const binary = atob(out.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = out.fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference to the blob once it started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return `已下载“${out.fileName}”（在浏览器的下载文件夹中）`;
}
