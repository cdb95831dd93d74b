// Runs a TypeScript worker entry from source (tests, `npm run cli`, `npm run serve`), where no
// bundler has turned it into JavaScript. The built app starts parse-worker.js directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
