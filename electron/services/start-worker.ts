import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread entry: in the built app the bundled `built` file (next to main.js);
 * from source (tsx, tests, `npm run serve`) the TypeScript `source` through tsx's loader.
 */
export function startWorker(built: URL, source: URL, options: WorkerOptions = {}): Worker {
  const file = fileURLToPath(built);
  if (existsSync(file)) return new Worker(file, options);
  return new Worker(fileURLToPath(new URL('./excel/dev-worker-loader.mjs', import.meta.url)), {
    ...options,
    workerData: { entry: source.href },
  });
}
