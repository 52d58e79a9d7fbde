// Window-wide keys and menu commands as plain decisions: which action a key press means (and
// when it must be left to the browser, e.g. Ctrl/Cmd+Z inside a text field), and how each
// command id from the desktop menu maps to the same actions. Also how shortcuts are written
// for this platform ("Ctrl+K" or "⌘K"). No DOM access here except the two find helpers.
import type { AppCommand } from '../../shared/contract/index';
import { VIEWS, type View, viewShortcutKey } from '../state/navStore';

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

export function shortcutLabel(key: string): string {
  return isMac() ? `⌘${key}` : `Ctrl+${key}`;
}

export type ShortcutAction =
  | { kind: 'palette' }
  | { kind: 'find' }
  | { kind: 'undoEdit' }
  | { kind: 'view'; view: View }
  | { kind: 'command'; command: Exclude<AppCommand, 'palette' | 'find' | 'undoEdit' | `view.${string}`> };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The parts of an element that decide whether the browser's own editing keys apply. */
export interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
  readOnly?: boolean;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'color', 'range', 'image']);

/** Text fields, text areas and contenteditable: there Ctrl/Cmd+Z is the browser's undo. */
export function isEditableTarget(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA') return !target.readOnly;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase()) && !target.readOnly;
  return false;
}

/**
 * What a key press means, or null to let it through. Ctrl/Cmd+Z is ours only outside editable
 * fields; Ctrl/Cmd+Shift+Z (redo) is always left to the browser.
 */
export function shortcutFor(e: KeyLike, target: TargetLike | null | undefined): ShortcutAction | null {
  const mod = e.ctrlKey || e.metaKey;
  if (!mod || e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === 'k' && !e.shiftKey) return { kind: 'palette' };
  if (key === 'f' && !e.shiftKey) return { kind: 'find' };
  if (key === 'z' && !e.shiftKey) return isEditableTarget(target) ? null : { kind: 'undoEdit' };
  if (e.shiftKey) return null;
  const view = VIEWS.find((_, i) => viewShortcutKey(i) === e.key);
  return view ? { kind: 'view', view } : null;
}

/** A desktop menu command as the same action a key press would be. */
export function actionForCommand(command: AppCommand): ShortcutAction {
  if (command === 'palette' || command === 'find' || command === 'undoEdit') return { kind: command };
  if (command.startsWith('view.')) {
    const view = VIEWS.find((v) => `view.${v}` === command);
    if (view) return { kind: 'view', view };
  }
  return { kind: 'command', command: command as Extract<ShortcutAction, { kind: 'command' }>['command'] };
}

/** The attribute a view puts on its main search/filter field so Ctrl/Cmd+F finds it. */
export const VIEW_SEARCH_ATTRIBUTE = 'data-view-search';

interface QueryRoot {
  querySelector(selector: string): unknown;
}

/**
 * The current view's search field: one marked data-view-search, else the view's first search
 * input. Null when the view has none (the caller opens the palette instead).
 */
export function findViewSearch(root: QueryRoot): { focus(): void; select?(): void } | null {
  const found = root.querySelector(`#main [${VIEW_SEARCH_ATTRIBUTE}]`) ?? root.querySelector('#main input[type="search"]');
  if (found && typeof (found as { focus?: unknown }).focus === 'function') return found as { focus(): void; select?(): void };
  return null;
}
