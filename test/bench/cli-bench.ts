import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../electron/node-bundle.mjs';
import { median, timings } from './measure';

const LAUNCHER = fileURLToPath(new URL('../../electron/cli-launch.mjs', import.meta.url));

export interface CliFigures {
  /** `npm run cli -- --help` without npm: node starting the prebuilt bundle and printing the usage. */
  helpMs: number;
  /** `status` on the data folder: start, open the folder (roster, periods list), answer. */
  statusMs: number;
  /** `node -e 0`: what any Node program costs to start on this machine. */
  nodeMs: number;
}

/** Start-up of the command line (issue 16: under 0.5 s), medians of 7 runs after the bundle is built. */
export async function measureCli(dataDir: string): Promise<CliFigures> {
  await buildCli();
  const run = (args: string[]) => () => execFileSync(process.execPath, args, { stdio: 'ignore' });
  return {
    helpMs: median(await timings(7, run([LAUNCHER, '--help']))),
    statusMs: median(await timings(7, run([LAUNCHER, 'status', '--data', dataDir]))),
    nodeMs: median(await timings(7, run(['-e', '0']))),
  };
}
