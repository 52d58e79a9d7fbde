// Where the workspace file lives. The default equals Electron's userData for productName
// "OrgDesk", so the CLI and the desktop app open the same file. Pure path logic: no I/O.
import os from 'node:os';
import path from 'node:path';

export const WORKSPACE_FILE = 'workspace.sqlite';
const APP_DIR = 'OrgDesk';

type Env = Record<string, string | undefined>;

export function defaultWorkspacePath(env: Env = process.env, platform: string = process.platform, home: string = os.homedir()): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_DIR, WORKSPACE_FILE);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_DIR, WORKSPACE_FILE);
  const config = env.XDG_CONFIG_HOME || path.posix.join(home, '.config');
  return path.posix.join(config, APP_DIR, WORKSPACE_FILE);
}

/** The --workspace flag, else $ORGDESK_WORKSPACE, else the desktop app's file. */
export function resolveWorkspacePath(flag?: string, env: Env = process.env): string {
  if (flag && flag.trim() !== '') return path.resolve(flag);
  const fromEnv = env.ORGDESK_WORKSPACE;
  if (fromEnv && fromEnv.trim() !== '') return path.resolve(fromEnv);
  return defaultWorkspacePath(env);
}
