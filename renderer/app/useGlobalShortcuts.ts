// Window-wide keys: Ctrl/Cmd+K toggles the command palette, Ctrl/Cmd+1…6 switch views.
// Escape is left to the focused dialog (the native <dialog> cancel event), never handled here.
import { useEffect } from 'react';
import { useStores } from '../api/clientContext';
import { VIEWS } from '../state/navStore';

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
      const n = Number(e.key);
      const view = Number.isInteger(n) ? VIEWS[n - 1] : undefined;
      if (view && !s.dialog && !s.paletteOpen) {
        e.preventDefault();
        s.go(view);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [nav]);
}
