// Window-wide keys: Ctrl/Cmd+K toggles the command palette, Ctrl/Cmd+1…9 and 0 switch views.
// Escape is left to the focused dialog (the native <dialog> cancel event), never handled here.
import { useEffect } from 'react';
import { useStores } from '../api/clientContext';
import { VIEWS, viewShortcutKey } from '../state/navStore';

export function useGlobalShortcuts(): void {
  const { nav } = useStores();
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod || e.altKey) return;
      const s = nav.getState();
      if (e.key === 'k' || e.key === 'K') {
        e.preventDefault();
        if (s.paletteOpen) s.closePalette();
        else if (!s.dialog) s.openPalette();
        return;
      }
      const view = VIEWS.find((_, i) => viewShortcutKey(i) === e.key);
      if (view && !s.dialog && !s.paletteOpen) {
        e.preventDefault();
        s.go(view);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [nav]);
}
