import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FileInput, FileOutput } from '../../../shared/api/contract';
import { AppError } from '../app-error';
import { writeDurably } from '../store/file/durable-file';

/** The bytes of a file handed in by path (CLI, desktop dialog) or by content (drag-and-drop). */
export async function fileBytes(input: FileInput): Promise<{ fileName: string; bytes: Uint8Array }> {
  if ('file' in input) {
    try {
      return { fileName: basename(input.file), bytes: await readFile(input.file) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new AppError('REJECTED', code === 'ENOENT' ? `找不到文件 ${input.file}。` : `无法读取文件 ${input.file}（${code}）。`);
    }
  }
  return { fileName: input.fileName, bytes: Buffer.from(input.dataBase64, 'base64') };
}

/** Writes a produced file where asked, or hands its bytes back for the browser to download. */
export async function fileOutput(fileName: string, bytes: Uint8Array, file: string | undefined): Promise<FileOutput> {
  if (file) {
    await writeDurably(file, bytes);
    return { fileName: basename(file), bytes: bytes.length, file, dataBase64: null };
  }
  return { fileName, bytes: bytes.length, file: null, dataBase64: Buffer.from(bytes).toString('base64') };
}
