// Picks the better-sqlite3 native module for the Electron main process. Unpackaged runs use the
// Electron-ABI copy built by main/tools/ensureElectronSqlite.mjs (node_modules keeps the Node
// build for tests and the CLI); packaged apps use the copy electron-builder rebuilt for them.
import { electronSqliteBindingPath } from '../tools/electronSqlite.mjs';

export interface NativeBindingContext {
  isPackaged: boolean;
  /** The project root of an unpackaged run (where .cache/electron-sqlite lives). */
  appPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
  exists: (filePath: string) => boolean;
}

export type NativeBindingChoice =
  | { kind: 'default' }
  | { kind: 'path'; path: string }
  | { kind: 'missing'; path: string; message: string };

export function chooseNativeBinding(ctx: NativeBindingContext): NativeBindingChoice {
  if (ctx.isPackaged) return { kind: 'default' };
  const bindingPath = electronSqliteBindingPath(ctx.appPath, ctx.electronVersion, ctx.platform, ctx.arch);
  if (ctx.exists(bindingPath)) return { kind: 'path', path: bindingPath };
  return {
    kind: 'missing',
    path: bindingPath,
    message:
      `The SQLite driver built for Electron ${ctx.electronVersion} is missing (${bindingPath}).\n` +
      'Run `node main/tools/ensureElectronSqlite.mjs` (npm start does this) and start again.',
  };
}
