// Renders a view against the real services on a temporary workspace: the memory transport in
// front of the real router, the app's own stores around it. No fakes between UI and SQLite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReactElement } from 'react';
import { openApp } from '../../../main/app';
import type { OrgDeskApp } from '../../../main/app';
import { StoresContext } from '../../../renderer/api/clientContext';
import { createMemoryTransport } from '../../../renderer/api/memoryTransport';
import type { AppStores } from '../../../renderer/state/appStores';
import { createAppStores } from '../../../renderer/state/appStores';
import { createClient } from '../../../shared/rpc/index';

export interface RealApp {
  app: OrgDeskApp;
  stores: AppStores;
  wrap(node: ReactElement): ReactElement;
  close(): void;
}

export function openRealApp(): RealApp {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-ui-'));
  const app = openApp({ workspacePath: path.join(dir, 'workspace.db'), validateOutput: true });
  const transport = createMemoryTransport({ dispatch: (m, i) => app.router.dispatch(m, i), subscribe: (l) => app.events.subscribe(l) });
  const stores = createAppStores(createClient(transport));
  return {
    app,
    stores,
    wrap: (node) => <StoresContext.Provider value={stores}>{node}</StoresContext.Provider>,
    close: () => {
      stores.dispose();
      app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * happy-dom lays nothing out, so every element measures 0x0 and virtualised grids render no
 * rows. Give elements a window-sized box so the grids render what a real window would.
 */
export function giveElementsLayout(width = 1400, height = 900): () => void {
  const proto = HTMLElement.prototype;
  const sizes = { offsetHeight: height, offsetWidth: width, clientHeight: height, clientWidth: width } as const;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const [key, value] of Object.entries(sizes)) {
    const owner = proto;
    saved.set(key, Object.getOwnPropertyDescriptor(owner, key));
    Object.defineProperty(owner, key, { configurable: true, get: () => value });
  }
  const savedRect = proto.getBoundingClientRect;
  proto.getBoundingClientRect = function rect(): DOMRect {
    return { x: 0, y: 0, top: 0, left: 0, width, height, right: width, bottom: height, toJSON: () => ({}) } as DOMRect;
  };
  return () => {
    for (const [key, descriptor] of saved) {
      const owner = proto;
      if (descriptor) Object.defineProperty(owner, key, descriptor);
      else delete (owner as unknown as Record<string, unknown>)[key];
    }
    proto.getBoundingClientRect = savedRect;
  };
}
