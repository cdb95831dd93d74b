import type { DeskBridge, PickFileOptions } from '@shared/api/bridge';
import type { Channel } from '@shared/api/channels';
import type { Input, Output } from '@shared/api/contract';
import type { Result } from '@shared/api/result';

declare global {
  interface Window {
    desk?: DeskBridge;
  }
}

/**
 * The renderer's only way to the services. In the desktop app the preload's bridge carries the
 * call over IPC; in browser mode it goes to the loopback host with the launch token.
 */
const TOKEN_KEY = 'desk-token';

function hostToken(): string {
  const m = /token=([0-9a-f]+)/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * The app-password session (auth:unlock's answer), sent with every call. Kept in memory only: a
 * reload means signing in again. Listeners hear when a call found the app locked.
 */
let session: string | null = null;
const lockListeners = new Set<() => void>();
export const setSession = (id: string | null) => {
  session = id;
};
export const hasSession = () => session !== null;
export function onLocked(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

async function overHttp(channel: Channel, input: unknown): Promise<Result<unknown>> {
  try {
    const res = await fetch(`api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Desk-Token': hostToken(), ...(session ? { 'X-Desk-Session': session } : {}) },
      body: JSON.stringify(input ?? {}),
    });
    return (await res.json()) as Result<unknown>;
  } catch {
    return { ok: false, code: 'INTERNAL', message: '无法连接到平时考核服务，请确认它仍在运行后刷新页面。' };
  }
}

export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
  const result = await (window.desk ? window.desk.invoke(channel, input, session) : overHttp(channel, input));
  if (!result.ok && result.code === 'SESSION_REQUIRED') {
    session = null;
    for (const l of lockListeners) l();
  }
  return result as Result<Output<C>>;
}

/** The desktop app opens the system dialog; browser mode has none (the page asks for a path). */
export const canPickFiles = () => Boolean(window.desk);
export const pickFile = (options: PickFileOptions) => window.desk?.pickFile(options) ?? Promise.resolve(null);

// Read the token before anything else can rewrite the URL.
if (!window.desk) hostToken();
