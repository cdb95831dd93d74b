import type { DeskBridge, PickFileOptions } from '../../shared/api/bridge';
import type { Channel } from '../../shared/api/channels';
import type { Input, Output } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';

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

async function overHttp(channel: Channel, input: unknown): Promise<Result<unknown>> {
  try {
    const res = await fetch(`api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Desk-Token': hostToken() },
      body: JSON.stringify(input ?? {}),
    });
    return (await res.json()) as Result<unknown>;
  } catch {
    return { ok: false, code: 'INTERNAL', message: '无法连接到平时考核服务，请确认它仍在运行后刷新页面。' };
  }
}

export function call<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
  const result = window.desk ? window.desk.invoke(channel, input) : overHttp(channel, input);
  return result as Promise<Result<Output<C>>>;
}

/** The desktop app opens the system dialog; browser mode has none (the page asks for a path). */
export const canPickFiles = () => Boolean(window.desk);
export const pickFile = (options: PickFileOptions) => window.desk?.pickFile(options) ?? Promise.resolve(null);

// Read the token before anything else can rewrite the URL.
if (!window.desk) hostToken();
