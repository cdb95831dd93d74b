import { resolve } from 'node:path';
import { toIsoDate } from '../../shared/text/ym-date';

/** A command line taken apart: the command, the words after it, the --flags. */
export interface Parsed {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
}

/** Flags that never take a value, so `--pdf 文件.pdf` keeps the file as a positional argument. */
const SWITCHES = new Set([
  '--json',
  '--help',
  '--pdf',
  '--dry-run',
  '--skip-invalid',
  '--blank',
  '--per-person',
  '--all',
  '--yes',
  '--agree',
  '--clear',
]);

export function parseArgs(argv: string[]): Parsed {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const next = argv[i + 1];
      if (SWITCHES.has(a) || next === undefined || next.startsWith('--')) flags.set(a.slice(2), true);
      else flags.set(a.slice(2), argv[++i]);
    } else positional.push(a);
  }
  return { command: positional.shift() ?? '', positional, flags };
}

/** A command written wrongly (exit 2, with the usage text). */
export class UsageError extends Error {}
export const usageError = (message: string): never => {
  throw new UsageError(message);
};

/** `npm run` starts in the package folder; paths on the command line are the clerk's, relative to where they typed. */
export const userPath = (p: string) => resolve(process.env.INIT_CWD ?? process.cwd(), p);

/** The typed readers of a command's flags; each refuses a malformed value with a sentence naming the flag. */
export function flagsOf(p: Parsed) {
  const str = (k: string) => {
    const v = p.flags.get(k);
    if (v === true) throw new UsageError(`--${k} 需要一个值。`);
    return v;
  };
  const need = (k: string, what: string) => str(k) ?? usageError(`${what} 需要 --${k}。`);
  const num = (k: string, integer = true) => {
    const v = str(k);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n)))
      throw new UsageError(`--${k} 应为${integer ? '整数' : '数字'}，而不是“${v}”。`);
    return n;
  };
  const list = (k: string) =>
    (str(k) ?? '')
      .split(/[,，、]/)
      .map((s) => s.trim())
      .filter(Boolean);
  const date = (k: string) => {
    const v = str(k);
    if (v === undefined) return undefined;
    const r = toIsoDate(v);
    if (!r.ok) throw new UsageError(`--${k}：${r.message}。`);
    return r.value;
  };
  const file = () => {
    if (!p.positional[0]) throw new UsageError(`${p.command} 需要一个文件路径。`);
    return userPath(p.positional[0]);
  };
  /** The next word after the command (a verb or an id), or a usage error naming what was expected. */
  const word = (what: string) => p.positional.shift() ?? usageError(what);
  return { str, need, num, list, date, file, word, has: (k: string) => p.flags.has(k) };
}
export type Flags = ReturnType<typeof flagsOf>;
