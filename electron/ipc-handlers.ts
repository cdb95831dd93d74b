import { z } from 'zod';
import type { Result } from '../shared/api/result';
import type { DeskContext } from './services/context';
import { dispatch } from './services/dispatch';
import { isTrustedUrl } from './security';

/**
 * What ipc.ts binds to ipcMain.handle, kept free of the 'electron' import so a test can call it
 * with fake events. Every call's sender must be our own top-level page (VS Code's
 * validatedIpcMain rule); the rest (channel, input, session, role) is dispatch's job.
 */
export interface SenderEvent {
  senderFrame: { url: string; parent: unknown } | null;
}

export const UNTRUSTED: Result<never> = { ok: false, code: 'UNAUTHORIZED', message: '请求来自不受信任的页面，已拒绝。' };

export function trustedSender(e: SenderEvent, devServerUrl?: string): boolean {
  const frame = e.senderFrame;
  return Boolean(frame && frame.parent === null && isTrustedUrl(frame.url, devServerUrl));
}

const SessionId = z.string().regex(/^[0-9a-f]{48}$/);

export function invokeHandler(ctx: DeskContext, devServerUrl?: string) {
  return (e: SenderEvent, channel: unknown, input: unknown, session?: unknown): Promise<Result<unknown>> | Result<never> => {
    if (!trustedSender(e, devServerUrl)) return UNTRUSTED;
    const id = SessionId.safeParse(session);
    return dispatch(ctx, channel, input, id.success ? id.data : null);
  };
}

export const PickFileSchema = z.object({
  mode: z.enum(['open', 'save']),
  title: z.string().max(100),
  defaultName: z.string().max(200).optional(),
  filters: z
    .array(z.object({ name: z.string().max(50), extensions: z.array(z.string().regex(/^[\w*]+$/)).max(10) }))
    .max(5)
    .optional(),
});
