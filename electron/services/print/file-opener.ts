import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../app-error';
import { fileOutput } from '../excel/file-input';

/**
 * Opens a produced file in the program the PC uses for it (WPS or Word for a .docx): the desktop
 * app puts Electron's shell.openPath here (setFileOpener); the CLI and tests use the system's own
 * opener. Browser mode never calls it: the page downloads the file instead.
 */
export type FileOpener = (file: string) => Promise<void>;

const systemOpener: FileOpener = (file) =>
  new Promise((resolve, reject) => {
    const [cmd, args] =
      process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', file]]
        : process.platform === 'darwin'
          ? ['open', [file]]
          : ['xdg-open', [file]];
    const child = spawn(cmd, args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });

let opener: FileOpener = systemOpener;

export function setFileOpener(next: FileOpener): void {
  opener = next;
}

/**
 * Writes the bytes to a new temporary folder under their own name and opens them. The copy is the
 * clerk's to print or save elsewhere; it is not part of the data folder.
 */
export async function openCopy(fileName: string, bytes: Uint8Array): Promise<{ file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'appraisal-open-'));
  const file = join(dir, fileName.replace(/[\\/:*?"<>|]/g, '_'));
  // Through the exports' own writer (the file is the clerk's copy, not a data file).
  await fileOutput(fileName, bytes, file);
  try {
    await opener(file);
  } catch (e) {
    throw new AppError('REJECTED', `已生成 ${file}，但无法自动打开它（${(e as Error).message}）：请在 WPS/Word 中打开这个文件。`);
  }
  return { file };
}
