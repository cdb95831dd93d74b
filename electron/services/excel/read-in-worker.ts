import type { WorkbookGrid } from '../../../shared/excel/cells';
import { AppError } from '../app-error';
import { Cancelled, type JobHandle } from '../jobs';
import { startWorker } from '../start-worker';

/** A pathological file must not hold a worker forever nor eat the PC's memory. */
export const READ_TIMEOUT_MS = 60_000;
const MEMORY_MB = 1536;

/**
 * Reads a workbook in a worker thread: the window stays responsive, the read can be cancelled,
 * and a file that runs away (zip bomb, huge sheet) is stopped by time and memory limits.
 * From source (tsx, tests) the worker runs through tsx's loader; in the built app it is parse-worker.js.
 */
export function readWorkbookInWorker(bytes: Uint8Array, fileName: string, job: JobHandle): Promise<WorkbookGrid> {
  const worker = startWorker(new URL('./parse-worker.js', import.meta.url), new URL('./parse-worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB } });
  return new Promise<WorkbookGrid>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      job.onCancel(null);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () => settle(() => reject(new AppError('REJECTED', `读取“${fileName}”超过 ${READ_TIMEOUT_MS / 1000} 秒仍未完成，文件可能过大或结构异常。请只保留需要导入的工作表后另存再试。`))),
      READ_TIMEOUT_MS,
    );
    job.onCancel(() => settle(() => reject(new Cancelled())));
    worker.once('message', (msg: { ok: true; grid: WorkbookGrid } | { ok: false; known: boolean; message: string }) =>
      settle(() => (msg.ok ? resolve(msg.grid) : reject(msg.known ? new AppError('REJECTED', msg.message) : new AppError('REJECTED', `无法读取“${fileName}”：文件已损坏或格式异常。`)))),
    );
    worker.once('error', (e) =>
      settle(() =>
        reject(
          /memory|heap/i.test(String(e?.message))
            ? new AppError('REJECTED', `读取“${fileName}”需要的内存过多，文件可能过大或结构异常，已停止读取。`)
            : new AppError('REJECTED', `无法读取“${fileName}”：文件已损坏或格式异常。`),
        ),
      ),
    );
    worker.once('exit', () => settle(() => reject(new AppError('REJECTED', `无法读取“${fileName}”：读取过程意外中止。`))));
    worker.postMessage({ bytes, fileName });
  });
}
