/** Worker thread entry: takes an automatic snapshot off the main thread (reading, hashing, compressing). */
import { parentPort } from 'node:worker_threads';
import { takeSnapshot, type SnapshotReason } from './snapshots';

parentPort?.once('message', async (msg: { dataDir: string; reason: SnapshotReason; organisation: string | null; keep: number }) => {
  try {
    parentPort!.postMessage({ ok: true, file: await takeSnapshot(msg.dataDir, msg.reason, msg.organisation, msg.keep) });
  } catch (e) {
    parentPort!.postMessage({ ok: false, message: String((e as Error)?.message ?? e) });
  }
});
