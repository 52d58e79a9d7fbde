// The main window's construction options. Pure, so the security-relevant webPreferences are
// asserted by a unit test; creating the BrowserWindow happens in main.ts.
import type { BrowserWindowConstructorOptions } from 'electron';
import { DEFAULT_SIZE, MIN_SIZE, type Rect } from './windowState';

/** `bounds`: the remembered placement, already clamped to a visible display (windowState.ts). */
export function windowOptions(preloadPath: string, bounds: Partial<Rect> = {}): BrowserWindowConstructorOptions {
  return {
    width: DEFAULT_SIZE.width,
    height: DEFAULT_SIZE.height,
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'OrgDesk',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}
