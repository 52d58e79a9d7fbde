// Carries out a shortcut or menu action against the stores: the palette, focusing the view's
// search field, undoing the last unsynced edit, switching views, and the menu's file actions.
// Views never switch under an open dialog (the dialog keeps the user's attention).
import type { StoreApi } from 'zustand/vanilla';
import type { Client } from '../../shared/rpc/index';
import type { NavState } from '../state/navStore';
import type { SyncState } from '../state/syncStore';
import type { ShortcutAction } from './shortcuts';
import { findViewSearch } from './shortcuts';
import { undoLastEdit, undoMessage } from './undoEdit';

export interface ActionDeps {
  nav: StoreApi<NavState>;
  sync: StoreApi<SyncState>;
  client: Pick<Client, 'call'>;
  /** Where Ctrl/Cmd+F looks for the view's search field (the document). */
  root: { querySelector(selector: string): unknown };
  toast(text: string, tone: 'ok' | 'info' | 'error'): void;
  download(doc: { name: string; content: string }): void;
}

/** Returns a promise only for actions that call main (tests await it). */
export function performAction(action: ShortcutAction, deps: ActionDeps): Promise<void> | void {
  const s = deps.nav.getState();
  switch (action.kind) {
    case 'palette':
      if (s.paletteOpen) s.closePalette();
      else if (!s.dialog) s.openPalette();
      return;
    case 'find': {
      if (s.dialog) return;
      const field = s.paletteOpen ? null : findViewSearch(deps.root);
      if (field) {
        field.focus();
        field.select?.();
      } else if (!s.paletteOpen) {
        s.openPalette();
      }
      return;
    }
    case 'undoEdit':
      if (s.dialog || s.paletteOpen) return;
      return undoLastEdit(deps.client).then((outcome) => {
        const { text, tone } = undoMessage(outcome);
        deps.toast(text, tone);
      });
    case 'view':
      if (s.dialog) return;
      if (s.paletteOpen) s.closePalette();
      s.go(action.view);
      return;
    case 'command':
      return runMenuCommand(action.command, deps);
  }
}

function runMenuCommand(command: Extract<ShortcutAction, { kind: 'command' }>['command'], deps: ActionDeps): Promise<void> | void {
  const s = deps.nav.getState();
  if (s.dialog) return;
  if (s.paletteOpen) s.closePalette();
  switch (command) {
    case 'connect':
      s.openDialog({ kind: 'connect' });
      return;
    case 'syncNow':
      return deps.sync
        .getState()
        .runNow()
        .then(() => undefined);
    case 'importCsv':
      s.go('import');
      return;
    case 'exportMembers':
    case 'exportAccess': {
      const method = command === 'exportMembers' ? 'exports.members' : 'exports.access';
      return deps.client.call(method, {}).then(deps.download, (err: unknown) => {
        deps.toast(`Export failed: ${err instanceof Error ? err.message : String(err)}`, 'error');
      });
    }
  }
}
