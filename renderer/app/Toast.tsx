// Renders the current toast at the bottom of the window and clears it after a few seconds (or
// on Escape / click). Errors stay until dismissed, so they are not missed.
import type { ReactElement } from 'react';
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { toastStore } from './toastStore';

const TOAST_MS = 4000;
const PLACE = { position: 'fixed', left: '50%', bottom: 40, transform: 'translateX(-50%)', zIndex: 50, maxWidth: 560, boxShadow: '0 4px 16px rgba(0,0,0,0.12)' } as const;

export function Toast(): ReactElement | null {
  const toast = useStore(toastStore, (s) => s.toast);
  const dismiss = useStore(toastStore, (s) => s.dismiss);
  useEffect(() => {
    if (!toast || toast.tone === 'error') return undefined;
    const timer = setTimeout(() => dismiss(toast.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  if (!toast) return null;
  const tone = toast.tone === 'error' ? 'note-error' : toast.tone === 'ok' ? 'note-ok' : '';
  return (
    <div className={`note ${tone}`} style={PLACE} role={toast.tone === 'error' ? 'alert' : 'status'} aria-live="polite" onClick={() => dismiss(toast.id)}>
      <span>{toast.text}</span>
    </div>
  );
}
