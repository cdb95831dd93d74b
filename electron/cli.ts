/**
 * Command-line front over the same contract (DESIGN.md "CLI contract"): every change a clerk can
 * make on the screens, through the same channels, checks and audit entries.
 * Exit codes: 0 done · 1 input rejected (nothing written) · 2 usage · 3 data locked or damaged.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportPreview } from '../shared/api/contract';
import type { Failure, Result } from '../shared/api/result';
import type { Session } from '../shared/api/trust-schemas';
import { parseArgs, UsageError, userPath, flagsOf, type Parsed } from './cli/args';
import { CallFailed, type Api, type Command } from './cli/commands/api';
import { commandFor } from './cli/commands';
import { describe } from './cli/describe';
import { exitCodeOf } from './cli/exit-codes';
import { importFiles } from './cli/import-files';
import { Refusal } from './cli/refusal';
import { request } from './cli/requests';
import { USAGE } from './cli/usage';
import type { DeskContext } from './services/context';
import { dispatch, toFailure } from './services/dispatch';
import { openDesk } from './services/open-desk';
import { defaultDataDir } from './services/paths';

export { USAGE };

/** Runs one command; returns the exit code. Output goes through the given writers (tests capture them). */
export async function runCli(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const p = parseArgs(argv);
  const json = p.flags.has('json');
  const fail = (code: number, r: Failure) => {
    if (json) out(JSON.stringify(r));
    else err(r.message);
    return code;
  };
  const usage = (e: UsageError) => {
    if (!json) err(USAGE);
    return fail(2, { ok: false, code: 'INVALID_INPUT', message: e.message });
  };
  if (p.flags.has('help') || p.command === 'help') {
    out(USAGE);
    return 0;
  }
  if (p.command === 'password') return resetPassword(p, out, fail);
  let compound: Command | null = null;
  let req: ReturnType<typeof request> | null = null;
  try {
    compound = commandFor(p.command, p.positional);
    if (!compound) req = request(p);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usage(e);
  }
  const dataFlag = p.flags.get('data');
  const dataDir = typeof dataFlag === 'string' ? userPath(dataFlag) : defaultDataDir();
  let ctx: DeskContext;
  try {
    ctx = await openDesk(dataDir, { program: 'cli', snapshotOnOpen: false });
  } catch (e) {
    return fail(3, toFailure(e));
  }
  try {
    let session: string | null = null;
    if (ctx.access.enabled) {
      const signIn = await signInFromCli(ctx, p);
      if (!signIn.ok) return fail(signIn.code === 'INVALID_INPUT' ? 2 : 1, signIn);
      session = signIn.data;
    }
    if (compound) return await runCompound(ctx, session, compound, p, out, err, usage);
    const result = await dispatch(ctx, req!.channel, req!.input, session);
    if (!result.ok) return fail(exitCodeOf(result.code), result);
    if (req!.channel === 'import:preview') return await importFiles(ctx, session, result.data as ImportPreview, p, out, err);
    if (req!.channel === 'data:verify') {
      const report = result.data as { ok: boolean };
      out(json ? JSON.stringify(report) : describe(p.command, report));
      return report.ok ? 0 : 3;
    }
    out(json ? JSON.stringify(result) : describe(p.command, result.data));
    return 0;
  } finally {
    await ctx.folder.close();
  }
}

/** A command of several calls: the first refusal stops it (each call is its own change, logged on its own). */
async function runCompound(
  ctx: DeskContext,
  session: string | null,
  command: Command,
  p: Parsed,
  out: (s: string) => void,
  err: (s: string) => void,
  usage: (e: UsageError) => number,
): Promise<number> {
  const json = p.flags.has('json');
  const api: Api = {
    async call(channel, input) {
      const r = await dispatch(ctx, channel, input, session);
      if (!r.ok) throw new CallFailed(r);
      return r.data as never;
    },
  };
  try {
    const done = await command(api, flagsOf(p), p);
    if (done.code) {
      if (json) out(JSON.stringify(done.data));
      else err(done.text);
      return done.code;
    }
    out(json ? JSON.stringify({ ok: true, data: done.data }) : done.text);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) return usage(e);
    const failure: Failure | null =
      e instanceof CallFailed ? e.failure : e instanceof Refusal ? { ok: false, code: e.code, message: e.message } : null;
    if (!failure) throw e;
    if (json) out(JSON.stringify(failure));
    else err(failure.message);
    return exitCodeOf(failure.code);
  }
}

/**
 * With a password set the CLI signs in like the app does (same growing wait after wrong
 * passwords): --user/--password, or APPRAISAL_DESK_USER/APPRAISAL_DESK_PASSWORD so the password
 * stays out of the shell history. Anyone who can run the CLI can also read the data folder; the
 * sign-in keeps the audit log's “who” honest and keeps 查看 users read-only.
 */
async function signInFromCli(ctx: DeskContext, p: Parsed): Promise<Result<string>> {
  const user = textFlag(p, 'user') ?? process.env.APPRAISAL_DESK_USER;
  const password = textFlag(p, 'password') ?? process.env.APPRAISAL_DESK_PASSWORD;
  if (!user || !password) {
    return {
      ok: false,
      code: 'INVALID_INPUT',
      message:
        '这个数据文件夹设置了访问密码：请加 --user 用户名 --password 密码，或设置环境变量 APPRAISAL_DESK_USER 和 APPRAISAL_DESK_PASSWORD。',
    };
  }
  const r = await dispatch(ctx, 'auth:unlock', { user, password });
  return r.ok ? { ok: true, data: (r.data as Session).session } : r;
}

/** A flag's value, or undefined when it is absent or given without one. */
const textFlag = (p: Parsed, k: string) => {
  const v = p.flags.get(k);
  return typeof v === 'string' ? v : undefined;
};

/** password reset --recovery CODE --password NEW [--user NAME]: needs the data folder and the recovery code, nothing else. */
async function resetPassword(p: Parsed, out: (s: string) => void, fail: (code: number, r: Failure) => number): Promise<number> {
  const code = textFlag(p, 'recovery');
  const password = textFlag(p, 'password') ?? process.env.APPRAISAL_DESK_PASSWORD;
  if (p.positional[0] !== 'reset' || !code || !password)
    return fail(2, {
      ok: false,
      code: 'INVALID_INPUT',
      message: '用法：password reset --recovery 恢复码 --password 新密码 [--user 管理员]',
    });
  if (password.length < 6) return fail(1, { ok: false, code: 'INVALID_INPUT', message: '新密码至少6位。' });
  const dataFlag = p.flags.get('data');
  let ctx: DeskContext;
  try {
    ctx = await openDesk(typeof dataFlag === 'string' ? userPath(dataFlag) : defaultDataDir(), { program: 'cli', snapshotOnOpen: false });
  } catch (e) {
    return fail(3, toFailure(e));
  }
  try {
    const r = await ctx.folder.transact(ctx.actor, (tx) => ctx.access.resetWithRecovery(tx, { code, password, user: textFlag(p, 'user') }));
    out(
      p.flags.has('json')
        ? JSON.stringify({ ok: true, data: r })
        : `已为管理员“${r.user}”设置新密码。\n新的恢复码（旧的已作废，请打印或抄写后妥善保管）：${r.recoveryCode}`,
    );
    return 0;
  } catch (e) {
    return fail(1, toFailure(e));
  } finally {
    await ctx.folder.close();
  }
}

/** Runs the command line on this process's arguments and exits with its code (cli-launch.mjs, or this file run directly). */
export function main(argv: string[]): Promise<never> {
  return runCli(
    argv,
    (s) => process.stdout.write(`${s}\n`),
    (s) => process.stderr.write(`${s}\n`),
  ).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`${(e as Error).message}\n`);
      process.exit(3);
    },
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main(process.argv.slice(2));
