// Electron entry (bundled to dist/main/electron.cjs): single-instance lock, app:// protocol,
// the workspace session (recovery mode when the file is damaged), the hardened main window
// with its remembered placement, the menu and the IPC wiring; checkpoints and closes the
// database on quit. Start-up only: policy lives in security.ts, IPC rules in ipc.ts, file
// serving in protocol.ts, the menu in menu.ts, window placement in windowState.ts.
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, screen, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EVENT_CHANNEL } from '../../shared/contract/names';
import type { AppCommand } from '../../shared/contract/index';
import { startAutoSync } from '../sync/scheduler';
import { resolveWorkspacePath } from '../workspacePath';
import { openWorkspaceSession, type SessionMode, type WorkspaceSession } from '../workspaceSession';
import { APP_ENTRY_URL, APP_SCHEME } from './appOrigin';
import { forwardEvents, registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { chooseNativeBinding } from './nativeBinding';
import { APP_SCHEME_PRIVILEGES, createProtocolHandler } from './protocol';
import { denyAllPermissionChecks, denyAllPermissionRequests, hardenWebContents, isAllowedExternalUrl } from './security';
import { claimSingleInstance } from './singleInstance';
import { safeStorageTokenStore } from './tokenStore';
import { windowOptions } from './window';
import { clampWindowState, loadWindowState, saveWindowState, trackWindowState } from './windowState';

// dist/main/electron.cjs -> dist/ -> the project root (unpackaged runs keep .cache/ there).
const distDir = path.resolve(__dirname, '..');
const projectRoot = path.resolve(distDir, '..');
const rendererDir = path.join(distDir, 'renderer');
const preloadPath = path.join(distDir, 'preload', 'index.cjs');
/** A sound workspace is copied to <dir>/backups once a day at start-up (plus before every migration). */
const DAILY_BACKUP_MS = 24 * 60 * 60 * 1000;

let workspace: WorkspaceSession | null = null;
let mainWindow: BrowserWindow | null = null;
let stopSync: (() => void) | null = null;
const disposers: (() => void)[] = [];

const getMainWindow = (): BrowserWindow | null => mainWindow;

function createMainWindow(): void {
  const userData = app.getPath('userData');
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const placement = clampWindowState(loadWindowState(userData), displays, screen.getPrimaryDisplay().workArea);
  const win = new BrowserWindow(windowOptions(preloadPath, placement.bounds));
  trackWindowState(win, (state) => saveWindowState(userData, state), { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as NodeJS.Timeout) });
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    win.show();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => fail(error));
}

/** Menu commands reach the page as the contract event app.commandRequested (validated there). */
function sendCommand(command: AppCommand): void {
  const win = getMainWindow();
  if (win === null || win.isDestroyed()) return;
  win.webContents.send(EVENT_CHANNEL, { event: 'app.commandRequested', payload: { command } });
}

/** Background sync runs only while a healthy workspace is open; restarted on every swap. */
function followWorkspace(mode: SessionMode): void {
  stopSync?.();
  stopSync = null;
  if (mode.kind !== 'ready') return;
  stopSync = startAutoSync({
    sync: mode.app.services.sync,
    events: mode.app.events,
    onError: (error) => console.error('background sync failed:', error instanceof Error ? error.message : String(error)),
  });
}

async function openOtherWorkspace(): Promise<void> {
  const win = getMainWindow();
  const options = {
    title: 'Open Workspace',
    properties: ['openFile' as const],
    filters: [{ name: 'OrgDesk workspace', extensions: ['sqlite', 'db'] }],
  };
  const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  const file = choice.filePaths[0];
  if (choice.canceled || file === undefined || workspace === null) return;
  try {
    workspace.switchTo(file);
  } catch (error) {
    dialog.showErrorBox('OrgDesk could not open that workspace', error instanceof Error ? error.message : String(error));
    return;
  }
  // Every store re-reads from the new file (or shows the recovery screen).
  getMainWindow()?.webContents.reload();
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
  workspace = openWorkspaceSession({
    workspacePath,
    tokenStore,
    backupEveryMs: DAILY_BACKUP_MS,
    ...(binding.kind === 'path' ? { nativeBinding: binding.path } : {}),
  });

  disposers.push(registerIpcHandlers({ ipcMain, router: workspace.router, getMainWindow }));
  disposers.push(forwardEvents(workspace.events, getMainWindow));
  disposers.push(workspace.onSwap(followWorkspace));
  followWorkspace(workspace.mode());

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isDev: !app.isPackaged,
        appName: app.getName(),
        send: sendCommand,
        openWorkspace: () => {
          openOtherWorkspace().catch((error: unknown) => console.error('open workspace failed:', error));
        },
        openExternal: (url) => {
          if (isAllowedExternalUrl(url)) shell.openExternal(url).catch((error: unknown) => console.error(`could not open ${url}:`, error));
        },
      }),
    ),
  );
  createMainWindow();
}

function shutdown(): void {
  stopSync?.();
  stopSync = null;
  for (const dispose of disposers.splice(0)) dispose();
  const opened = workspace;
  workspace = null;
  try {
    // Checkpoints the WAL into the workspace file (TRUNCATE) and closes it.
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

// Another OrgDesk owns the workspace: it gets 'second-instance' and comes to the front.
if (claimSingleInstance(app, getMainWindow)) {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => shell.openExternal(url));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (workspace !== null && mainWindow === null) createMainWindow();
  });
  app.on('will-quit', shutdown);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error));
}
