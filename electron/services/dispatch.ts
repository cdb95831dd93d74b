import { isChannel } from '../../shared/api/channels';
import { contract } from '../../shared/api/contract';
import type { Failure, Result } from '../../shared/api/result';
import { handlers } from './api';
import { AppError } from './app-error';
import type { DeskContext } from './context';
import { Cancelled } from './jobs/jobs';

/**
 * Validates an untrusted request against the contract, admits the caller (access.ts: session and
 * role), and runs the handler the way its channel says (shared/api/channel.ts): a reading channel
 * under the folder's read lock, a changing one as one transaction — so every change is serialized
 * and committed with its audit entry. Every outcome becomes a Result. Transports call only this.
 */
export async function dispatch(
  ctx: DeskContext,
  channel: unknown,
  rawInput: unknown,
  session: string | null = null,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return { ok: false, code: 'INVALID_INPUT', message: `未知的操作“${String(channel).slice(0, 40)}”。` };
  let callCtx = ctx;
  try {
    // With a password set, the signed-in user is who acts (and who the audit log names).
    const admitted = ctx.access.admit(channel, session);
    if (admitted) callCtx = { ...ctx, actor: admitted.user, session: admitted };
  } catch (e) {
    return toFailure(e);
  }
  const spec = contract[channel];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    // Field paths are for the form (issues); the sentence carries the messages only.
    return {
      ok: false,
      code: 'INVALID_INPUT',
      message: `提交的内容不正确：${[...new Set(issues.map((i) => i.message))].slice(0, 3).join('；')}`,
      issues,
    };
  }
  const handler = handlers[channel] as (ctx: DeskContext, input: unknown) => unknown;
  try {
    switch (spec.mode) {
      case 'read':
        return { ok: true, data: await ctx.folder.read((view) => handler({ ...callCtx, view } as DeskContext, parsed.data)) };
      case 'change':
        return {
          ok: true,
          data: await ctx.folder.transact(callCtx.actor, (tx) => handler({ ...callCtx, view: tx, tx } as DeskContext, parsed.data)),
        };
      default:
        return { ok: true, data: await handler(callCtx, parsed.data) };
    }
  } catch (e) {
    return toFailure(e);
  }
}

export function toFailure(e: unknown): Failure {
  if (e instanceof Cancelled) return { ok: false, code: 'CANCELLED', message: '已取消，没有写入任何数据。' };
  if (e instanceof AppError) return { ok: false, code: e.code, message: e.message, ...(e.issues ? { issues: e.issues } : {}) };
  console.error(e);
  return {
    ok: false,
    code: 'INTERNAL',
    message: `程序内部错误：${(e as Error)?.message ?? String(e)}。数据没有改动；如果反复出现，请把这句话告诉维护人员。`,
  };
}
