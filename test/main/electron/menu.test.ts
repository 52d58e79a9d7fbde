// The application menu as data, per platform: macOS app menu and Window conventions, Quit/Exit
// in File elsewhere, native edit roles (so Cmd/Ctrl+Z undoes typing), every view with its
// Ctrl/Cmd+digit, developer items only unpackaged, and commands sent as contract ids.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { AppCommandSchema, MENU_VIEWS, type AppCommand } from '../../../shared/contract/index';
import { HELP_LINKS, buildMenuTemplate, viewAccelerator } from '../../../main/electron/menu';
import { isAllowedExternalUrl } from '../../../main/electron/security';

type Item = MenuItemConstructorOptions;

function menu(platform: string, isDev = false) {
  const sent: AppCommand[] = [];
  const opened: string[] = [];
  let openWorkspace = 0;
  const template = buildMenuTemplate({
    platform,
    isDev,
    appName: 'OrgDesk',
    send: (c) => sent.push(c),
    openWorkspace: () => (openWorkspace += 1),
    openExternal: (url) => opened.push(url),
  });
  const top = (label: string): Item[] => {
    const found = template.find((m) => (m.label ?? '').replace(/&/g, '') === label);
    if (!found) throw new Error(`no ${label} menu in ${template.map((m) => m.label).join(', ')}`);
    return found.submenu as Item[];
  };
  const click = (item: Item | undefined): void => {
    if (!item?.click) throw new Error(`item ${item?.label} has no click`);
    (item.click as () => void)();
  };
  return { template, top, click, sent, opened, openWorkspaceCalls: () => openWorkspace };
}

const roles = (items: Item[]): string[] => items.filter((i) => i.role).map((i) => String(i.role));
const byLabel = (items: Item[], label: string): Item | undefined => items.find((i) => i.label === label);

describe('macOS', () => {
  const m = menu('darwin');

  it('starts with the app menu: About, Services, Hide, Hide Others, Show All, Quit', () => {
    expect(m.template[0]?.label).toBe('OrgDesk');
    expect(roles(m.template[0]?.submenu as Item[])).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(m.template.map((t) => t.label)).toEqual(['OrgDesk', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('closes the window from File (Quit lives in the app menu) and has Bring All to Front', () => {
    expect(roles(m.top('File'))).toEqual(['close']);
    expect(roles(m.top('Window'))).toEqual(['minimize', 'zoom', 'front']);
  });

  it('registers page keys too (Chromium offers them to the page first)', () => {
    const palette = byLabel(m.top('View'), 'Command Palette…');
    expect(palette).toMatchObject({ accelerator: 'CmdOrCtrl+K' });
    expect(palette && 'registerAccelerator' in palette).toBe(false);
  });
});

describe.each(['win32', 'linux'])('%s', (platform) => {
  const m = menu(platform);

  it('has no app menu; File ends with Quit/Exit', () => {
    expect(m.template.map((t) => (t.label ?? '').replace(/&/g, ''))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const file = m.top('File');
    expect(file[file.length - 1]).toMatchObject({ role: 'quit', label: platform === 'win32' ? 'E&xit' : '&Quit' });
    expect(roles(m.top('Window'))).toEqual(['minimize', 'close']);
  });

  it('shows but does not register keys the page handles, so no key acts twice', () => {
    for (const label of ['Command Palette…', 'Find in View', 'Orgs']) {
      expect(byLabel(m.top('View'), label)).toMatchObject({ registerAccelerator: false });
    }
  });
});

describe.each(['darwin', 'win32', 'linux'])('every platform (%s)', (platform) => {
  const m = menu(platform);

  it('keeps native edit roles, so Cmd/Ctrl+Z undoes typing in text fields', () => {
    const edit = roles(m.top('Edit'));
    expect(edit).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
    expect(edit[0]).toBe('undo');
    const undoEdit = byLabel(m.top('Edit'), 'Undo Last Unsynced Edit');
    expect(undoEdit?.accelerator).toBeUndefined();
    m.click(undoEdit);
    expect(m.sent.at(-1)).toBe('undoEdit');
  });

  it('lists every view with Ctrl/Cmd+1…9, 0, sending view.<id>', () => {
    const view = m.top('View');
    MENU_VIEWS.forEach((id, i) => {
      const item = view[i];
      expect(item?.accelerator).toBe(viewAccelerator(i));
      m.click(item);
      expect(m.sent.at(-1)).toBe(`view.${id}`);
    });
    expect(viewAccelerator(9)).toBe('CmdOrCtrl+0');
    expect(viewAccelerator(10)).toBeUndefined();
  });

  it('has the command palette on Cmd/Ctrl+K and Find on Cmd/Ctrl+F', () => {
    const view = m.top('View');
    m.click(byLabel(view, 'Command Palette…'));
    m.click(byLabel(view, 'Find in View'));
    expect(m.sent.slice(-2)).toEqual(['palette', 'find']);
    expect(byLabel(view, 'Find in View')?.accelerator).toBe('CmdOrCtrl+F');
  });

  it('sends only command ids the contract accepts', () => {
    const walk = (items: Item[]): void => {
      for (const item of items) {
        if (item.submenu) walk(item.submenu as Item[]);
        else if (item.click && item.label !== 'Open Workspace…' && !HELP_LINKS.some((l) => l.label === item.label)) m.click(item);
      }
    };
    walk(m.template);
    expect(m.sent.length).toBeGreaterThan(MENU_VIEWS.length);
    for (const command of m.sent) expect(AppCommandSchema.safeParse(command).success).toBe(true);
  });

  it('opens workspaces through main, and Help links only when allow-listed', () => {
    m.click(byLabel(m.top('File'), 'Open Workspace…'));
    expect(m.openWorkspaceCalls()).toBe(1);
    expect(byLabel(m.top('File'), 'Open Workspace…')?.accelerator).toBe('CmdOrCtrl+O');
    const help = m.top('Help');
    expect(help.length).toBe(HELP_LINKS.length);
    for (const item of help) m.click(item);
    expect(m.opened).toEqual(HELP_LINKS.map((l) => l.url));
    expect(m.opened.every(isAllowedExternalUrl)).toBe(true);
  });

  it('offers reload and developer tools only in development', () => {
    expect(roles(m.top('View'))).not.toEqual(expect.arrayContaining(['toggleDevTools']));
    expect(roles(m.top('View'))).not.toContain('reload');
    const dev = menu(platform, true);
    expect(roles(dev.top('View'))).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });
});
