// The workspace as a whole: which file, who is acting, whether it is empty, and the outbox
// counts the status bar shows. Counts follow outbox.changed events; the rest is re-read on
// workspace.changed. Owns no view data (that is the query store's job).
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { EventPayload, WorkspaceInfo } from '../../shared/contract/index';
import type { Client, RpcError } from '../../shared/rpc/index';
import { toRpcError } from './rpcErrors';

export type OutboxCounts = EventPayload<'outbox.changed'>;

export interface WorkspaceState {
  info: WorkspaceInfo | null;
  error: RpcError | null;
  outbox: OutboxCounts | null;
  load(): Promise<void>;
  loadOutbox(): Promise<void>;
  setOutbox(counts: OutboxCounts): void;
  /** Throws MutationError so the caller can show it inline. */
  openDemo(): Promise<void>;
}

export function createWorkspaceStore(client: Client): StoreApi<WorkspaceState> {
  return createStore<WorkspaceState>()((set, get) => ({
    info: null,
    error: null,
    outbox: null,
    async load() {
      const result = await client.tryCall('workspace.info', {});
      if (result.ok) set({ info: result.value, error: null });
      else set({ error: result.error });
    },
    async loadOutbox() {
      const result = await client.tryCall('outbox.summary', {});
      if (result.ok) set({ outbox: result.value });
    },
    setOutbox(outbox) {
      set({ outbox });
    },
    async openDemo() {
      try {
        const info = await client.call('workspace.openDemo', {});
        set({ info, error: null });
      } catch (err) {
        throw toRpcError(err);
      }
      await get().loadOutbox();
    },
  }));
}
