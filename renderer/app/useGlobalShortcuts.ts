// Window-wide keys and the desktop menu: Ctrl/Cmd+K palette, Ctrl/Cmd+F the view's search field,
// Ctrl/Cmd+Z undo of the last unsynced edit (outside text fields, where the browser's own undo
// applies), Ctrl/Cmd+1…9 and 0 views; menu commands arrive as app.commandRequested and are
// validated against the contract. Escape is left to the focused dialog (native <dialog> cancel).
import { useEffect } from 'react';
import { AppCommandSchema } from '../../shared/contract/index';
import { useStores } from '../api/clientContext';
import { downloadDocument } from '../ui/download';
import { performAction, type ActionDeps } from './appActions';
import { actionForCommand, shortcutFor, type TargetLike } from './shortcuts';
import { toastStore } from './toastStore';

export function useGlobalShortcuts(): void {
  const { nav, sync, client } = useStores();
  useEffect(() => {
    const deps: ActionDeps = {
      nav,
      sync,
      client,
      root: document,
      toast: (text, tone) => toastStore.getState().show(text, tone),
      download: downloadDocument,
    };
    const onKey = (e: KeyboardEvent): void => {
      const action = shortcutFor(e, e.target as TargetLike | null);
      if (!action) return;
      const s = nav.getState();
      // Keys that would act under an open dialog are left alone (the dialog may use them).
      if (s.dialog && action.kind !== 'palette') return;
      if (action.kind === 'view' && s.paletteOpen) return;
      // Also keeps the menu accelerator (macOS) from acting a second time.
      e.preventDefault();
      void performAction(action, deps);
    };
    window.addEventListener('keydown', onKey);
    const off = client.on('app.commandRequested', (payload) => {
      const parsed = AppCommandSchema.safeParse((payload as { command?: unknown } | null)?.command);
      if (!parsed.success) return;
      void performAction(actionForCommand(parsed.data), deps);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [nav, sync, client]);
}
