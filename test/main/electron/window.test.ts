import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../main/electron/window';

describe('windowOptions', () => {
  const prefs = windowOptions('/app/dist/preload/index.cjs').webPreferences;

  it('isolates and sandboxes the renderer', () => {
    expect(prefs).toMatchObject({
      preload: '/app/dist/preload/index.cjs',
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
    });
  });

  it('opens hidden until the first paint', () => {
    expect(windowOptions('/p').show).toBe(false);
  });
});
