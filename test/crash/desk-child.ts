/**
 * The process the crash and disk-fault tests run: opens a data folder the way every front does
 * (openDesk) and answers contract calls read as JSON lines on stdin through dispatch, one JSON
 * line each on stdout. A line on stdout is the acknowledgement: the write behind it has returned.
 */
import { createInterface } from 'node:readline';
import { dispatch } from '../../electron/services/dispatch';
import { openDesk } from '../../electron/services/open-desk';

const say = (msg: object) => process.stdout.write(`${JSON.stringify(msg)}\n`);

let ctx;
try {
  ctx = await openDesk(process.argv[2], { program: 'test' });
} catch (e) {
  say({ type: 'open-failed', code: (e as { code?: string }).code ?? 'INTERNAL', message: (e as Error).message });
  process.exit(3);
}
const desk = ctx;
say({ type: 'ready', pid: process.pid, notices: desk.folder.notices });

for await (const line of createInterface({ input: process.stdin })) {
  const { id, channel, input } = JSON.parse(line) as { id: number; channel: string; input: unknown };
  say({ id, result: await dispatch(desk, channel, input) });
}
await desk.folder.close();
