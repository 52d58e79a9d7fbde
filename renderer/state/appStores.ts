// Builds every store around one injected client and wires events to them: outbox.changed
// updates the status-bar counts, and any change refreshes the workspace info and the queries
// views currently show. Returns a dispose function; nothing here renders.
import type { StoreApi } from 'zustand/vanilla';
import type { Client } from '../../shared/rpc/index';
import type { NavState } from './navStore';
import { createNavStore } from './navStore';
import type { QueryState } from './queryStore';
import { createQueryStore } from './queryStore';
import type { WorkspaceState } from './workspaceStore';
import { createWorkspaceStore } from './workspaceStore';

export interface AppStores {
  client: Client;
  nav: StoreApi<NavState>;
  queries: StoreApi<QueryState>;
  workspace: StoreApi<WorkspaceState>;
  /** Re-read everything shown (after a reconnect, when events may have been missed). */
  resync(): void;
  dispose(): void;
}

export function createAppStores(client: Client): AppStores {
  const nav = createNavStore();
  const queries = createQueryStore(client);
  const workspace = createWorkspaceStore(client);

  let timer: ReturnType<typeof setTimeout> | null = null;
  // Events arrive in bursts (one edit emits workspace.changed and outbox.changed): coalesce.
  const scheduleRefresh = (): void => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      void workspace.getState().load();
      void queries.getState().refreshRetained();
    }, 25);
  };

  const offs = [
    client.on('outbox.changed', (counts) => {
      workspace.getState().setOutbox(counts);
      scheduleRefresh();
    }),
    client.on('workspace.changed', () => scheduleRefresh()),
  ];

  void workspace.getState().load();
  void workspace.getState().loadOutbox();

  return {
    client,
    nav,
    queries,
    workspace,
    resync() {
      void workspace.getState().loadOutbox();
      scheduleRefresh();
    },
    dispose() {
      for (const off of offs) off();
      if (timer) clearTimeout(timer);
    },
  };
}
