import { describe, expect, it } from 'vitest';
import { claimSingleInstance, type FocusableWindow, type SingleInstanceApp } from '../../../main/electron/singleInstance';

function fakeApp(gotLock: boolean) {
  const calls: string[] = [];
  let secondInstance: (() => void) | null = null;
  const app: SingleInstanceApp = {
    requestSingleInstanceLock: () => gotLock,
    quit: () => calls.push('quit'),
    on: (_event, listener) => {
      secondInstance = listener;
      return app;
    },
  };
  return { app, calls, launchAgain: () => secondInstance?.() };
}

function fakeWindow(minimized: boolean, destroyed = false) {
  const calls: string[] = [];
  const win: FocusableWindow = {
    isDestroyed: () => destroyed,
    isMinimized: () => minimized,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
  return { win, calls };
}

describe('claimSingleInstance', () => {
  it('a second launch quits at once and starts nothing', () => {
    const second = fakeApp(false);
    expect(claimSingleInstance(second.app, () => null)).toBe(false);
    expect(second.calls).toEqual(['quit']);
  });

  it('the first instance restores and focuses its window when launched again', () => {
    const first = fakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(first.app, () => window.win)).toBe(true);
    expect(first.calls).toEqual([]);
    first.launchAgain();
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('does nothing when the window is not open (yet) or already destroyed', () => {
    const first = fakeApp(true);
    const gone = fakeWindow(false, true);
    let current: FocusableWindow | null = null;
    claimSingleInstance(first.app, () => current);
    first.launchAgain();
    current = gone.win;
    first.launchAgain();
    expect(gone.calls).toEqual([]);
  });
});
