import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** ASCII folder name: a Chinese productName would give a Chinese userData path on some systems. */
export const APP_FOLDER = 'appraisal-desk';

/**
 * Where data lives when nobody says otherwise — the same folder the desktop app uses
 * (Electron's appData/<APP_FOLDER>/data), so CLI and browser mode see the clerk's data.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(homedir(), '.config'));
  return join(appData, APP_FOLDER, 'data');
}

/**
 * Portable mode for PCs where the app travels on a USB stick: a file named `portable.txt` next
 * to the executable puts the data in a `平时考核数据` folder beside it.
 */
export function portableDataDir(execPath: string): string | null {
  const dir = dirname(execPath);
  return existsSync(join(dir, 'portable.txt')) ? join(dir, '平时考核数据') : null;
}
