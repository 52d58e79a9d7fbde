// Key decisions and menu commands as data: what each shortcut means, when Ctrl/Cmd+Z is left
// to the browser, that every menu command maps to an action, and that the desktop menu's view
// list matches the app's views (ids, labels, digits).
import { describe, expect, it } from 'vitest';
import { APP_COMMANDS, MENU_VIEWS } from '../../../shared/contract/index';
import { MENU_VIEW_LABELS, viewAccelerator } from '../../../main/electron/menu';
import { VIEWS, VIEW_LABELS, viewShortcutKey } from '../../../renderer/state/navStore';
import { actionForCommand, findViewSearch, isEditableTarget, shortcutFor, type KeyLike } from '../../../renderer/app/shortcuts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
const ctrl = (k: string, mods: Partial<KeyLike> = {}) => key(k, { ctrlKey: true, ...mods });
const cmd = (k: string, mods: Partial<KeyLike> = {}) => key(k, { metaKey: true, ...mods });
const body = { tagName: 'BODY' };

describe('the desktop menu and the app agree on views', () => {
  it('has the same view ids, labels and digit keys', () => {
    expect([...MENU_VIEWS]).toEqual([...VIEWS]);
    expect(MENU_VIEW_LABELS).toEqual(VIEW_LABELS);
    VIEWS.forEach((_, i) => expect(viewAccelerator(i)).toBe(`CmdOrCtrl+${viewShortcutKey(i)}`));
  });
});

describe('isEditableTarget', () => {
  it.each([
    [{ tagName: 'INPUT', type: 'text' }, true],
    [{ tagName: 'INPUT', type: 'search' }, true],
    [{ tagName: 'INPUT' }, true],
    [{ tagName: 'input', type: 'email' }, true],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'INPUT', type: 'checkbox' }, false],
    [{ tagName: 'INPUT', type: 'button' }, false],
    [{ tagName: 'INPUT', type: 'text', readOnly: true }, false],
    [{ tagName: 'BUTTON' }, false],
    [{ tagName: 'DIV' }, false],
    [null, false],
  ])('%j -> %s', (target, editable) => {
    expect(isEditableTarget(target)).toBe(editable);
  });
});

describe('shortcutFor', () => {
  it('maps Ctrl/Cmd+K, F, Z and the digits', () => {
    expect(shortcutFor(ctrl('k'), body)).toEqual({ kind: 'palette' });
    expect(shortcutFor(cmd('K'), body)).toEqual({ kind: 'palette' });
    expect(shortcutFor(ctrl('f'), body)).toEqual({ kind: 'find' });
    expect(shortcutFor(cmd('z'), body)).toEqual({ kind: 'undoEdit' });
    expect(shortcutFor(ctrl('1'), body)).toEqual({ kind: 'view', view: VIEWS[0] });
    expect(shortcutFor(ctrl('0'), body)).toEqual({ kind: 'view', view: VIEWS[9] });
  });

  it('leaves Ctrl/Cmd+Z to the browser inside text fields, and redo always', () => {
    expect(shortcutFor(ctrl('z'), { tagName: 'INPUT', type: 'text' })).toBeNull();
    expect(shortcutFor(cmd('z'), { tagName: 'TEXTAREA' })).toBeNull();
    expect(shortcutFor(ctrl('Z', { shiftKey: true }), body)).toBeNull();
    expect(shortcutFor(ctrl('y'), body)).toBeNull();
  });

  it('ignores plain keys, Alt combinations and shifted digits', () => {
    expect(shortcutFor(key('k'), body)).toBeNull();
    expect(shortcutFor(key('z'), body)).toBeNull();
    expect(shortcutFor(ctrl('k', { altKey: true }), body)).toBeNull();
    expect(shortcutFor(ctrl('1', { shiftKey: true }), body)).toBeNull();
    expect(shortcutFor(ctrl('c'), body)).toBeNull();
  });
});

describe('actionForCommand', () => {
  it('maps every command the contract allows', () => {
    for (const command of APP_COMMANDS) {
      const action = actionForCommand(command);
      if (command.startsWith('view.')) expect(action).toEqual({ kind: 'view', view: command.slice(5) });
      else if (['palette', 'find', 'undoEdit'].includes(command)) expect(action).toEqual({ kind: command });
      else expect(action).toEqual({ kind: 'command', command });
    }
  });
});

describe('findViewSearch', () => {
  const field = (name: string) => ({ name, focus() {} });
  it('prefers the field marked data-view-search, then a search input, else none', () => {
    const marked = field('marked');
    const search = field('search');
    expect(findViewSearch({ querySelector: (s) => (s.includes('data-view-search') ? marked : search) })).toBe(marked);
    expect(findViewSearch({ querySelector: (s) => (s.includes('type="search"') ? search : null) })).toBe(search);
    expect(findViewSearch({ querySelector: () => null })).toBeNull();
  });
});
