// Sandboxed preload (bundled to dist/preload/index.cjs): exposes window.orgdesk and nothing
// else. Only 'electron' may be required at run time in a sandbox, so the bundle carries just
// the contract names and createDesktopApi.
import { contextBridge, ipcRenderer } from 'electron';
import { createDesktopApi } from './createDesktopApi';

contextBridge.exposeInMainWorld(
  'orgdesk',
  createDesktopApi({
    invoke: (channel, input) => ipcRenderer.invoke(channel, input),
    on: (channel, listener) => {
      ipcRenderer.on(channel, listener);
    },
    off: (channel, listener) => {
      ipcRenderer.off(channel, listener);
    },
  }),
);
