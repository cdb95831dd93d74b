/**
 * Opens an address in the system browser when there is one. Never fatal: the address is already
 * printed, so a missing opener (no xdg-open, no browser configured) only means the user clicks it.
 */
import { spawn } from 'node:child_process';

export function openInBrowser(url: string, platform: NodeJS.Platform): void {
  // cmd's `start` takes a window title first; quoted as Node's own shell option does (/s strips the outer quotes).
  const [command, args] =
    platform === 'win32'
      ? ['cmd', ['/d', '/s', '/c', `"start "" "${url}""`]]
      : platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, {
      stdio: 'ignore',
      detached: true,
      windowsHide: true,
      windowsVerbatimArguments: platform === 'win32',
    });
    child.on('error', () => {});
    child.unref();
  } catch {
    // spawn itself can throw (e.g. EPERM); the printed address is enough.
  }
}
