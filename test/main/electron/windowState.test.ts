// Window placement: the saved file is validated, and bounds are clamped to a display that is
// attached now (monitor unplugged, resolution lowered, garbage in the file).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  WINDOW_STATE_FILE,
  clampWindowState,
  loadWindowState,
  saveWindowState,
  trackWindowState,
  type Rect,
  type TrackedWindow,
  type WindowState,
} from '../../../main/electron/windowState';
import { windowOptions } from '../../../main/electron/window';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor: Rect = { x: 1440, y: -200, width: 2560, height: 1415 };

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function userData(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-winstate-'));
  dirs.push(d);
  return d;
}

describe('loadWindowState / saveWindowState', () => {
  it('round-trips a valid state', () => {
    const dir = userData();
    const state: WindowState = { x: 10, y: 20, width: 1200, height: 800, maximized: true };
    saveWindowState(dir, state);
    expect(loadWindowState(dir)).toEqual(state);
  });

  it.each([
    ['missing file', null],
    ['not JSON', '{oops'],
    ['wrong types', JSON.stringify({ x: '10', y: 0, width: 1200, height: 800, maximized: false })],
    ['NaN-like size', JSON.stringify({ width: -5, height: 800, maximized: false })],
    ['fractional', JSON.stringify({ width: 1200.5, height: 800, maximized: false })],
    ['absurd size', JSON.stringify({ width: 10_000_000, height: 800, maximized: false })],
    ['no maximized flag', JSON.stringify({ width: 1200, height: 800 })],
  ])('ignores a %s', (_label, content) => {
    const dir = userData();
    if (content !== null) fs.writeFileSync(path.join(dir, WINDOW_STATE_FILE), content);
    expect(loadWindowState(dir)).toBeNull();
  });

  it('refuses to save a state outside the schema', () => {
    expect(() => saveWindowState(userData(), { width: 0, height: 10, maximized: false })).toThrow();
  });
});

describe('clampWindowState', () => {
  it('uses the default size, placed by the OS, the first time', () => {
    expect(clampWindowState(null, [laptop])).toEqual({ bounds: { ...DEFAULT_SIZE, width: 1360, height: 860 }, maximized: false });
  });

  it('keeps a window that is fully on an attached display', () => {
    const saved = { x: 1600, y: 0, width: 1400, height: 900, maximized: false };
    expect(clampWindowState(saved, [laptop, rightMonitor], laptop).bounds).toEqual({ x: 1600, y: 0, width: 1400, height: 900 });
  });

  it('centres on the primary display a window last seen on a monitor that is gone', () => {
    const saved = { x: 1600, y: 0, width: 1200, height: 800, maximized: true };
    expect(clampWindowState(saved, [laptop], laptop)).toEqual({ bounds: { x: 120, y: 38, width: 1200, height: 800 }, maximized: true });
  });

  it('shrinks a window larger than the display, but not below the minimum size', () => {
    const saved = { x: 0, y: 0, width: 4000, height: 3000, maximized: false };
    expect(clampWindowState(saved, [laptop], laptop).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
    const tiny = { x: 0, y: 0, width: 100, height: 100, maximized: false };
    expect(clampWindowState(tiny, [laptop], laptop).bounds).toEqual({ x: 0, y: 0, width: MIN_SIZE.width, height: MIN_SIZE.height });
  });

  it('pulls a window whose title bar is barely visible back onto that display', () => {
    const saved = { x: 1300, y: 700, width: 1000, height: 700, maximized: false };
    expect(clampWindowState(saved, [laptop], laptop).bounds).toEqual({ x: 440, y: 175, width: 1000, height: 700 });
  });

  it('treats a title bar above the top of every display as unreachable', () => {
    const saved = { x: 100, y: -500, width: 1000, height: 700, maximized: false };
    expect(clampWindowState(saved, [laptop], laptop).bounds).toEqual({ x: 220, y: 88, width: 1000, height: 700 });
  });

  it('handles a display smaller than the minimum size', () => {
    const small: Rect = { x: 0, y: 0, width: 800, height: 500 };
    expect(clampWindowState({ x: 0, y: 0, width: 1200, height: 800, maximized: false }, [small], small).bounds).toEqual({ x: 0, y: 0, width: 800, height: 500 });
  });

  it('feeds the BrowserWindow options, keeping the minimum size', () => {
    const opts = windowOptions('/p', { x: 5, y: 6, width: 1000, height: 700 });
    expect(opts).toMatchObject({ x: 5, y: 6, width: 1000, height: 700, minWidth: MIN_SIZE.width, minHeight: MIN_SIZE.height });
  });
});

describe('trackWindowState', () => {
  function fakeWindow() {
    const listeners = new Map<string, Array<() => void>>();
    const state = { bounds: { x: 1, y: 2, width: 1100, height: 700 } as Rect, maximized: false, minimized: false, fullScreen: false };
    const win: TrackedWindow = {
      getNormalBounds: () => state.bounds,
      isMaximized: () => state.maximized,
      isMinimized: () => state.minimized,
      isFullScreen: () => state.fullScreen,
      on(event, listener) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        return win;
      },
    };
    const fire = (event: string): void => {
      for (const l of listeners.get(event) ?? []) l();
    };
    return { win, state, fire };
  }

  function manualTimer() {
    const queue = new Map<number, () => void>();
    let next = 1;
    return {
      timer: {
        set: (fn: () => void) => {
          queue.set(next, fn);
          return next++;
        },
        clear: (h: unknown) => {
          queue.delete(h as number);
        },
      },
      pending: () => queue.size,
      runAll: () => {
        for (const [h, fn] of [...queue]) {
          queue.delete(h);
          fn();
        }
      },
    };
  }

  it('saves once after a burst of moves, and on close, keeping the normal bounds while maximised', () => {
    const fake = fakeWindow();
    const clock = manualTimer();
    const saved: WindowState[] = [];
    trackWindowState(fake.win, (s) => saved.push(s), clock.timer);
    fake.fire('move');
    fake.fire('resize');
    fake.fire('move');
    expect(clock.pending()).toBe(1);
    clock.runAll();
    expect(saved).toEqual([{ x: 1, y: 2, width: 1100, height: 700, maximized: false }]);
    fake.state.maximized = true;
    fake.fire('maximize');
    fake.fire('close');
    expect(clock.pending()).toBe(0);
    expect(saved[1]).toEqual({ x: 1, y: 2, width: 1100, height: 700, maximized: true });
  });

  it('does not save a minimised or full-screen placement', () => {
    const fake = fakeWindow();
    const saved: WindowState[] = [];
    trackWindowState(fake.win, (s) => saved.push(s), manualTimer().timer);
    fake.state.minimized = true;
    fake.fire('close');
    fake.state.minimized = false;
    fake.state.fullScreen = true;
    fake.fire('close');
    expect(saved).toEqual([]);
  });
});
