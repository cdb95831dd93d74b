/**
 * Bundles a Node entry point of the services with esbuild: the command line (`npm run cli`,
 * out/cli/) and the crash-test child. Starting a bundle costs a few tenths of a second instead of
 * ~2 s of on-the-fly TypeScript compilation through tsx. Plain JavaScript, so the CLI launcher can
 * use it without a compiler.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(REPO, 'out', 'cli');
export const CLI_BUNDLE = join(CLI_DIR, 'cli.js');
const CLI_INPUTS = join(CLI_DIR, 'inputs.json');

/** The worker threads' entries: startWorker looks for them next to the file that starts them. */
const WORKERS = {
  'parse-worker': join(REPO, 'electron', 'services', 'excel', 'parse-worker.ts'),
  'snapshot-worker': join(REPO, 'electron', 'services', 'backup', 'snapshot-worker.ts'),
};

/**
 * Libraries loaded on first use instead of at start (each costs more than the rest of the
 * start-up together): a stand-in module whose exports fetch the real ones when touched.
 */
const LAZY = { exceljs: [], 'pdf-lib': ['PDFDocument'] };

const lazyModule = (name, names) => `import { createRequire } from 'node:module';
let lib;
const load = () => (lib ??= createRequire(import.meta.url)(${JSON.stringify(name)}));
const lazy = (pick) =>
  new Proxy(function () {}, {
    get: (_, key) => pick()[key],
    construct: (_, args) => new (pick())(...args),
    apply: (_, self, args) => pick().apply(self, args),
  });
export default lazy(() => load());
${names.map((n) => `export const ${n} = lazy(() => load().${n});`).join('\n')}
`;

/**
 * Bundles `entries` (name → source file) and the workers into `outdir`, packages left external
 * (the bundle runs the installed libraries) and the heavy ones loaded lazily. Returns the source
 * files it was built from.
 */
export async function bundleNode(entries, outdir) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: { ...entries, ...WORKERS },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir,
    chunkNames: 'chunk-[hash]',
    logLevel: 'warning',
    metafile: true,
    plugins: [
      {
        name: 'lazy-libraries',
        setup(b) {
          b.onResolve({ filter: new RegExp(`^(${Object.keys(LAZY).join('|')})$`) }, (a) => ({ path: a.path, namespace: 'lazy' }));
          b.onLoad({ filter: /.*/, namespace: 'lazy' }, (a) => ({ contents: lazyModule(a.path, LAZY[a.path]), loader: 'js' }));
        },
      },
    ],
  });
  return Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('lazy:'));
}

/** Builds out/cli/ (`npm run build`, or the first `npm run cli` after a change) and notes its sources. */
export async function buildCli() {
  // Built aside, then put in place: no chunks of an earlier build pile up, and a command started
  // meanwhile finds either the old bundle or the new one whole.
  const aside = `${CLI_DIR}.${process.pid}`;
  const inputs = await bundleNode({ cli: join(REPO, 'electron', 'cli.ts') }, aside);
  writeFileSync(join(aside, 'inputs.json'), JSON.stringify(inputs.map((f) => relative(REPO, resolve(f)))));
  rmSync(CLI_DIR, { recursive: true, force: true });
  renameSync(aside, CLI_DIR);
}

/** Whether out/cli/ exists and no source it was built from has changed since (a few hundred stat calls, ~5 ms). */
export function cliIsFresh() {
  if (!existsSync(CLI_BUNDLE) || !existsSync(CLI_INPUTS)) return false;
  const built = statSync(CLI_BUNDLE).mtimeMs;
  try {
    return JSON.parse(readFileSync(CLI_INPUTS, 'utf8')).every((f) => statSync(join(REPO, f)).mtimeMs <= built);
  } catch {
    return false; // a source file removed or renamed
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
