/**
 * `npm run cli`: runs the prebuilt command line (out/cli/cli.js), building it first when it is
 * missing or older than its sources, so the clerk never waits for TypeScript compilation.
 */
import { CLI_BUNDLE, buildCli, cliIsFresh } from './node-bundle.mjs';
import { pathToFileURL } from 'node:url';

if (!cliIsFresh()) {
  process.stderr.write('正在准备命令行（首次使用或程序更新后，只需一次）……\n');
  await buildCli();
}
const { main } = await import(pathToFileURL(CLI_BUNDLE).href);
await main(process.argv.slice(2));
