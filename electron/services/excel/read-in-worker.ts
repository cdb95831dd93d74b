import type { Worker } from 'node:worker_threads';
import type { WorkbookGrid } from '../../../shared/excel/cells';
import { AppError } from '../app-error';
import { Cancelled, type JobHandle } from '../jobs/jobs';
import { startWorker } from '../start-worker';

/**
 * A pathological file must not hold a worker forever nor eat the PC's memory. The time allowed
 * grows with the file: a real workbook reads at 0.1–0.3 s per MB here, so 8 s plus 2 s per MB
 * leaves an old PC ten times that, while a small damaged file (a bit-flipped .xls can send SheetJS
 * round in circles) is given up within 10 s. Never more than a minute.
 */
export function readTimeoutMs(bytes: number): number {
  return Math.min(60_000, 8_000 + Math.ceil((2_000 * bytes) / (1 << 20)));
}
const MEMORY_MB = 1536;

/**
 * Reads workbooks in a worker thread: the window stays responsive, a read can be cancelled, and a
 * file that runs away (zip bomb, huge sheet) is stopped by time and memory limits; a worker stopped
 * that way is discarded, one that answered is kept for the next read (starting one, loading the
 * readers, costs more than reading most files). One per open data folder (the desk context).
 * From source (tsx, tests) the worker runs through tsx's loader; in the built app it is parse-worker.js.
 */
export class WorkbookReader {
  private idle: Worker | null = null;

  read(bytes: Uint8Array, fileName: string, job: JobHandle): Promise<WorkbookGrid> {
    return readIn(this.take(), bytes, fileName, job, (w) => this.putBack(w));
  }

  private take(): Worker {
    const worker =
      this.idle ??
      startWorker(new URL('./parse-worker.js', import.meta.url), new URL('./parse-worker.ts', import.meta.url), {
        resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB },
      });
    this.idle = null;
    worker.removeAllListeners('exit');
    worker.ref();
    return worker;
  }

  /** Keeps a worker that answered for the next read; it must not keep the process (the CLI) alive. */
  private putBack(worker: Worker): void {
    if (this.idle) return void worker.terminate();
    worker.unref();
    worker.once('exit', () => {
      if (this.idle === worker) this.idle = null;
    });
    this.idle = worker;
  }
}

function readIn(worker: Worker, bytes: Uint8Array, fileName: string, job: JobHandle, putBack: (w: Worker) => void): Promise<WorkbookGrid> {
  const limit = readTimeoutMs(bytes.length);
  return new Promise<WorkbookGrid>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void, reuse = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      job.onCancel(null);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reuse) putBack(worker);
      else void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new AppError(
              'REJECTED',
              `读取“${fileName}”超过 ${Math.round(limit / 1000)} 秒仍未完成，文件可能过大或结构异常。请只保留需要导入的工作表后另存再试。`,
            ),
          ),
        ),
      limit,
    );
    job.onCancel(() => settle(() => reject(new Cancelled())));
    const onMessage = (msg: { ok: true; grid: WorkbookGrid } | { ok: false; known: boolean; message: string }) =>
      settle(
        () =>
          msg.ok
            ? resolve(msg.grid)
            : reject(
                msg.known
                  ? new AppError('REJECTED', msg.message)
                  : new AppError('REJECTED', `无法读取“${fileName}”：文件已损坏或格式异常。`),
              ),
        true,
      );
    const onError = (e: Error) =>
      settle(() =>
        reject(
          /memory|heap/i.test(String(e?.message))
            ? new AppError('REJECTED', `读取“${fileName}”需要的内存过多，文件可能过大或结构异常，已停止读取。`)
            : new AppError('REJECTED', `无法读取“${fileName}”：文件已损坏或格式异常。`),
        ),
      );
    const onExit = () => settle(() => reject(new AppError('REJECTED', `无法读取“${fileName}”：读取过程意外中止。`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ bytes, fileName });
  });
}
