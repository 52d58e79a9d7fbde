// Renderer start-up: picks the transport (Electron's window.orgdesk when the preload exposed
// it, else the loopback HTTP bridge with the token from the URL fragment), builds the stores
// around one client and mounts the app. The only file that knows which host it runs in.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { DesktopApi } from '../shared/rpc/index';
import { createClient } from '../shared/rpc/index';
import { StoresContext } from './api/clientContext';
import { createHttpTransport } from './api/httpTransport';
import { createIpcTransport } from './api/ipcTransport';
import { takeSessionToken } from './api/sessionToken';
import { App } from './app/App';
import { createAppStores } from './state/appStores';
import type { AppStores } from './state/appStores';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/sync.css';
import './styles/import.css';

declare global {
  interface Window {
    orgdesk?: DesktopApi;
  }
}

function start(): void {
  let stores: AppStores | null = null;
  const transport = window.orgdesk
    ? createIpcTransport(window.orgdesk)
    : createHttpTransport({
        token: takeSessionToken({ location: window.location, history: window.history, storage: window.sessionStorage }),
        onReconnect: () => stores?.resync(),
      });
  stores = createAppStores(createClient(transport));
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <StoresContext value={stores}>
        <App />
      </StoresContext>
    </StrictMode>,
  );
}

start();
