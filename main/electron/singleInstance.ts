// One OrgDesk per user: the workspace file has one writer. A second launch quits at once and
// the first instance comes to the front (restored if minimised). Structural types only, so the
// behaviour is tested with a fake app and window.

export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Brings the existing window forward for a second launch; does nothing without a window. */
export function focusExistingWindow(win: FocusableWindow | null): void {
  if (win === null || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/**
 * True when this process holds the lock and should start; false when another instance runs,
 * in which case this one has been asked to quit (and must start nothing).
 */
export function claimSingleInstance(app: SingleInstanceApp, getWindow: () => FocusableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusExistingWindow(getWindow()));
  return true;
}
