// Remembers the main window's size, position and maximised state in userData/window-state.json.
// The file is validated (zod) and the bounds clamped to a display that is attached now, so a
// window last seen on an unplugged monitor opens where the user can see it. Pure apart from
// the two small file functions; main.ts wires it to the BrowserWindow.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1360, height: 860 } as const;
export const MIN_SIZE = { width: 960, height: 600 } as const;
/** How much of the title bar must lie on a display for the window to count as reachable. */
const MIN_VISIBLE = 120;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const int = z.number().int().finite();
export const WindowStateSchema = z.object({
  x: int.optional(),
  y: int.optional(),
  width: int.min(1).max(100_000),
  height: int.min(1).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/** The saved state, or null when missing, unreadable or not what we wrote. */
export function loadWindowState(dir: string): WindowState | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8');
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = WindowStateSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function saveWindowState(dir: string, state: WindowState): void {
  const checked = WindowStateSchema.parse(state);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, WINDOW_STATE_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(checked)}\n`);
  fs.renameSync(tmp, file);
}

function overlap(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}

/**
 * Bounds to open with: the saved size (shrunk to fit the work area, never below the minimum
 * unless the display itself is smaller) at the saved position when its title bar is reachable
 * on some display; otherwise centred on the primary display. No position means "let the OS
 * place it" (x/y undefined).
 */
export function clampWindowState(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect | undefined = workAreas[0],
): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  const maximized = saved?.maximized ?? false;
  const wanted = { width: saved?.width ?? DEFAULT_SIZE.width, height: saved?.height ?? DEFAULT_SIZE.height };
  if (primary === undefined) return { bounds: wanted, maximized };

  const fit = (area: Rect): { width: number; height: number } => ({
    width: Math.min(Math.max(wanted.width, Math.min(MIN_SIZE.width, area.width)), area.width),
    height: Math.min(Math.max(wanted.height, Math.min(MIN_SIZE.height, area.height)), area.height),
  });

  if (saved?.x !== undefined && saved.y !== undefined) {
    const { x, y } = saved;
    // The strip a user grabs to move the window: the top of the frame.
    const titleBar: Rect = { x, y, width: wanted.width, height: 32 };
    const home = workAreas.find((area) => {
      const o = overlap(titleBar, area);
      return o.width >= Math.min(MIN_VISIBLE, wanted.width) && o.height > 0;
    });
    if (home) {
      const size = fit(home);
      // Pull the window fully inside the display it mostly sits on.
      const cx = Math.min(Math.max(x, home.x), home.x + home.width - size.width);
      const cy = Math.min(Math.max(y, home.y), home.y + home.height - size.height);
      return { bounds: { x: cx, y: cy, ...size }, maximized };
    }
  }
  const size = fit(primary);
  if (saved?.x === undefined) return { bounds: size, maximized };
  return {
    bounds: {
      x: primary.x + Math.round((primary.width - size.width) / 2),
      y: primary.y + Math.round((primary.height - size.height) / 2),
      ...size,
    },
    maximized,
  };
}

/** The parts of BrowserWindow the tracker reads. */
export interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
}

/**
 * Saves the state when the window closes, and (debounced by the caller's timer) after moves and
 * resizes, so a crash loses at most the last second of placement. The normal (restored)
 * bounds are kept while maximised, so un-maximising next time returns to them.
 */
export function trackWindowState(
  win: TrackedWindow,
  save: (state: WindowState) => void,
  timer: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void },
): void {
  let pending: unknown = null;
  const snapshot = (): WindowState | null => {
    if (win.isMinimized() || win.isFullScreen()) return null;
    const b = win.getNormalBounds();
    return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height), maximized: win.isMaximized() };
  };
  const flush = (): void => {
    if (pending !== null) timer.clear(pending);
    pending = null;
    const state = snapshot();
    if (state === null) return;
    try {
      save(state);
    } catch (error) {
      console.error('could not save the window state:', error instanceof Error ? error.message : String(error));
    }
  };
  const later = (): void => {
    if (pending !== null) timer.clear(pending);
    pending = timer.set(flush, 1000);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, later);
  win.on('close', flush);
}
