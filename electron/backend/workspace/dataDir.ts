import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'Crossing';
export const DATABASE_FILE = 'crossing.sqlite';

/**
 * Where the workspace lives: CROSSING_DATA_DIR when set (every host honours it: Electron, web,
 * CLI, tests), otherwise the per-user app data folder Electron's app.getPath('userData') uses.
 */
export function resolveDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env.CROSSING_DATA_DIR?.trim();
  if (override) return override;
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_FOLDER);
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
    default:
      return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
  }
}
