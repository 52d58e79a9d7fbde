// Builds every store around one injected client and wires events to them: outbox.changed
// updates the status-bar counts, sync.statusChanged the connection state, and any change
// refreshes the workspace info and the queries views currently show. Nothing here renders.
import type { StoreApi } from 'zustand/vanilla';
import type { Client } from '../../shared/rpc/index';
import type { NavState } from './navStore';
import { createNavStore } from './navStore';
import type { QueryState } from './queryStore';
import { createQueryStore } from './queryStore';
import type { SyncState } from './syncStore';
import { createSyncStore } from './syncStore';
import type { WorkspaceState } from './workspaceStore';
import { createWorkspaceStore } from './workspaceStore';

export interface AppStores {
  client: Client;
  nav: StoreApi<NavState>;
  queries: StoreApi<QueryState>;
  workspace: StoreApi<WorkspaceState>;
  sync: StoreApi<SyncState>;
  /** Re-read everything shown (after a reconnect, when events may have been missed). */
  resync(): void;
  dispose(): void;
}

export function createAppStores(client: Client): AppStores {
  const nav = createNavStore();
  const queries = createQueryStore(client);
  const workspace = createWorkspaceStore(client);
  const sync = createSyncStore(client);

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
    client.on('sync.statusChanged', (status) => {
      const before = sync.getState().status;
      sync.getState().setStatus(status);
      workspace.getState().setOutbox({ pending: status.pending, failed: status.failed, conflict: status.conflict });
      // Connecting, disconnecting or finishing a run changes what views show (platform URL,
      // pulled rows); the counts in the status itself are already current.
      if (before?.state !== status.state || before.lastSyncAt !== status.lastSyncAt || before.platformUrl !== status.platformUrl) scheduleRefresh();
    }),
  ];

  void workspace.getState().load();
  void workspace.getState().loadOutbox();
  void sync.getState().load();

  return {
    client,
    nav,
    queries,
    workspace,
    sync,
    resync() {
      void workspace.getState().loadOutbox();
      void sync.getState().load();
      scheduleRefresh();
    },
    dispose() {
      for (const off of offs) off();
      if (timer) clearTimeout(timer);
    },
  };
}
