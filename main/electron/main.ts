// Electron entry (bundled to dist/main/electron.cjs): single-instance lock, app:// protocol,
// the workspace, the hardened main window and the IPC wiring; closes the database on quit.
// Start-up only: policy lives in security.ts, IPC rules in ipc.ts, file serving in protocol.ts.
import { BrowserWindow, app, dialog, ipcMain, protocol, safeStorage, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openApp, type OrgDeskApp } from '../app';
import { startAutoSync } from '../sync/scheduler';
import { resolveWorkspacePath } from '../workspacePath';
import { APP_ENTRY_URL, APP_SCHEME } from './appOrigin';
import { forwardEvents, registerIpcHandlers } from './ipc';
import { chooseNativeBinding } from './nativeBinding';
import { APP_SCHEME_PRIVILEGES, createProtocolHandler } from './protocol';
import { denyAllPermissionChecks, denyAllPermissionRequests, hardenWebContents } from './security';
import { safeStorageTokenStore } from './tokenStore';
import { windowOptions } from './window';

// dist/main/electron.cjs -> dist/ -> the project root (unpackaged runs keep .cache/ there).
const distDir = path.resolve(__dirname, '..');
const projectRoot = path.resolve(distDir, '..');
const rendererDir = path.join(distDir, 'renderer');
const preloadPath = path.join(distDir, 'preload', 'index.cjs');

let orgApp: OrgDeskApp | null = null;
let mainWindow: BrowserWindow | null = null;
const disposers: (() => void)[] = [];

const getMainWindow = (): BrowserWindow | null => mainWindow;

function createMainWindow(): void {
  const win = new BrowserWindow(windowOptions(preloadPath));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => fail(error));
}

function start(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(denyAllPermissionRequests);
  ses.setPermissionCheckHandler(denyAllPermissionChecks);
  protocol.handle(APP_SCHEME, createProtocolHandler(rendererDir));

  const binding = chooseNativeBinding({
    isPackaged: app.isPackaged,
    appPath: projectRoot,
    electronVersion: process.versions.electron ?? 'unknown',
    platform: process.platform,
    arch: process.arch,
    exists: existsSync,
  });
  if (binding.kind === 'missing') throw new Error(binding.message);
  const workspacePath = resolveWorkspacePath(undefined, process.env);
  // safeStorage works only after 'ready', which is when start() runs.
  const tokenStore = safeStorageTokenStore({ safeStorage, dir: app.getPath('userData') });
  orgApp = openApp(binding.kind === 'path' ? { workspacePath, nativeBinding: binding.path, tokenStore } : { workspacePath, tokenStore });

  disposers.push(registerIpcHandlers({ ipcMain, router: orgApp.router, getMainWindow }));
  disposers.push(forwardEvents(orgApp.events, getMainWindow));
  disposers.push(
    startAutoSync({
      sync: orgApp.services.sync,
      events: orgApp.events,
      onError: (error) => console.error('background sync failed:', error instanceof Error ? error.message : String(error)),
    }),
  );
  createMainWindow();
}

function shutdown(): void {
  for (const dispose of disposers.splice(0)) dispose();
  const opened = orgApp;
  orgApp = null;
  try {
    opened?.close();
  } catch (error) {
    console.error('closing the workspace failed', error);
  }
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error);
  dialog.showErrorBox('OrgDesk could not start', message);
  shutdown();
  app.exit(1);
}

// Same userData folder (~/.config/OrgDesk, …) in development and in the packaged app.
app.setName('OrgDesk');
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => shell.openExternal(url));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (orgApp !== null && mainWindow === null) createMainWindow();
  });
  app.on('will-quit', shutdown);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error));
}
