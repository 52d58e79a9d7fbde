// One short-lived message at a time ("Undid: …"), announced politely to screen readers. For
// confirmations of keyboard actions only; failures of views stay inline where they happened.
import { createStore } from 'zustand/vanilla';

export interface ToastState {
  toast: { id: number; text: string; tone: 'ok' | 'info' | 'error' } | null;
  show(text: string, tone: 'ok' | 'info' | 'error'): void;
  dismiss(id?: number): void;
}

let next = 1;

export const toastStore = createStore<ToastState>()((set, get) => ({
  toast: null,
  show: (text, tone) => set({ toast: { id: next++, text, tone } }),
  dismiss: (id) => {
    const current = get().toast;
    if (current && (id === undefined || current.id === id)) set({ toast: null });
  },
}));
