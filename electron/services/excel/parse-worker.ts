/** Worker thread entry: reads a workbook off the main thread and posts back the cell model. */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../app-error';
import { readWorkbook } from './read-workbook';

parentPort?.on('message', async (msg: { bytes: Uint8Array; fileName: string }) => {
  try {
    parentPort!.postMessage({ ok: true, grid: await readWorkbook(msg.bytes, msg.fileName) });
  } catch (e) {
    const known = e instanceof AppError;
    parentPort!.postMessage({ ok: false, known, message: known ? e.message : String((e as Error)?.message ?? e) });
  }
});
