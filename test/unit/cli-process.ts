import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNode } from '../../electron/node-bundle.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Inside the repository (node_modules and "type": "module" apply), one folder per test process. */
const DIR = join(root, 'node_modules', '.cache', 'cli-test', String(process.pid));
let built: Promise<string> | null = null;

/** The CLI as the clerk runs it: the prebuilt bundle (as `npm run cli` does), built once per test process. */
function bundle(): Promise<string> {
  built ??= bundleNode({ cli: join(root, 'electron', 'cli.ts') }, DIR).then(() => {
    process.once('exit', () => rmSync(DIR, { recursive: true, force: true }));
    return join(DIR, 'cli.js');
  });
  return built;
}

/** Runs the real CLI in its own process, as IT staff would. */
export async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = await bundle();
  return new Promise((ok) => {
    const child = spawn(process.execPath, [file, ...args], { cwd: root, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => ok({ code: code ?? -1, stdout, stderr }));
  });
}
