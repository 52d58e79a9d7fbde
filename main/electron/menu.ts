// The application menu as data, per platform convention: macOS gets the app menu (About,
// Hide, Quit) and a Window menu with "Bring All to Front"; Windows and Linux put Quit/Exit in
// File. Items that act on the page send one contract event (app.commandRequested) with a
// command id the renderer validates; edit keys keep their native roles so Cmd/Ctrl+Z still
// undoes typing in text fields. Built without Electron objects, so tests read the template.
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_VIEWS, VIEW_LABELS, viewShortcutKey, type AppCommand } from '../../shared/contract/index';
import { isAllowedExternalUrl } from './security';

/** The views as the renderer names them, so the menu and the nav rail never disagree. */
export const MENU_VIEW_LABELS = VIEW_LABELS;

/** Every link here must pass isAllowedExternalUrl (menu.test.ts checks). */
export const HELP_LINKS: readonly { label: string; url: string }[] = [
  { label: 'DNAnexus Platform Documentation', url: 'https://documentation.dnanexus.com/' },
  { label: 'Platform API Reference', url: 'https://documentation.dnanexus.com/developer/api' },
];

export interface MenuContext {
  platform: string;
  /** Unpackaged runs: reload and developer tools. Never in a packaged build. */
  isDev: boolean;
  appName: string;
  /** Delivers a command to the focused OrgDesk window (app.commandRequested). */
  send(command: AppCommand): void;
  /** File > Open Workspace…: a native file dialog in main. */
  openWorkspace(): void;
  /** Opens an allow-listed https link in the user's browser. */
  openExternal(url: string): void;
}

/** Ctrl/Cmd+1…9, then 0 for the tenth view (mirrors renderer/state/navStore viewShortcutKey). */
export function viewAccelerator(index: number): string | undefined {
  const key = viewShortcutKey(index);
  return key === null ? undefined : `CmdOrCtrl+${key}`;
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  // Keys the page itself handles first (it checks focus and open dialogs); on Windows/Linux the
  // accelerator is only displayed so a key press is never handled twice. On macOS Chromium gives
  // the page the key first and the menu acts only if the page did not take it.
  const pageKey = (accelerator: string): Pick<MenuItemConstructorOptions, 'accelerator' | 'registerAccelerator'> =>
    mac ? { accelerator } : { accelerator, registerAccelerator: false };
  const command = (label: string, id: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? pageKey(accelerator) : {}),
    click: () => ctx.send(id),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  // "&" marks the Alt-key mnemonic on Windows/Linux; macOS has no mnemonics.
  const mn = (label: string): string => (mac ? label.replace(/&/g, '') : label);

  const appMenu: MenuItemConstructorOptions = {
    label: ctx.appName,
    role: 'appMenu',
    submenu: [
      { role: 'about', label: `About ${ctx.appName}` },
      sep,
      { role: 'services' },
      sep,
      { role: 'hide', label: `Hide ${ctx.appName}` },
      { role: 'hideOthers' },
      { role: 'unhide' },
      sep,
      { role: 'quit', label: `Quit ${ctx.appName}` },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: mn('&File'),
    role: 'fileMenu',
    submenu: [
      { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: () => ctx.openWorkspace() },
      sep,
      command('Import Members from CSV…', 'importCsv'),
      command('Export Members as CSV…', 'exportMembers'),
      command('Export Access Report as CSV…', 'exportAccess'),
      sep,
      command('Connect to Platform…', 'connect'),
      command('Sync Now', 'syncNow'),
      sep,
      mac ? { role: 'close' } : { role: 'quit', label: mn(ctx.platform === 'win32' ? 'E&xit' : '&Quit') },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: mn('&Edit'),
    role: 'editMenu',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { role: 'selectAll' },
      sep,
      // Cmd/Ctrl+Z outside a text field does this too (the page decides by focus).
      command('Undo Last Unsynced Edit', 'undoEdit'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: mn('&View'),
    submenu: [
      ...MENU_VIEWS.map((view, i) => command(MENU_VIEW_LABELS[view], `view.${view}`, viewAccelerator(i))),
      sep,
      command('Command Palette…', 'palette', 'CmdOrCtrl+K'),
      command('Find in View', 'find', 'CmdOrCtrl+F'),
      sep,
      ...(ctx.isDev ? [{ role: 'reload' } as const, { role: 'forceReload' } as const, { role: 'toggleDevTools' } as const, sep] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: mn('&Window'),
    role: 'windowMenu',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, sep, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: mn('&Help'),
    role: 'help',
    submenu: HELP_LINKS.filter((link) => isAllowedExternalUrl(link.url)).map((link) => ({
      label: link.label,
      click: () => ctx.openExternal(link.url),
    })),
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
