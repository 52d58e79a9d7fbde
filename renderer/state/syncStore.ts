// The platform connection as the renderer sees it: the last sync.status (kept current by
// sync.statusChanged), whether a "Sync now" is running and what the last run reported.
// Never holds the platform token: connect() passes it straight to the call and forgets it.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { SyncReport, SyncStatus } from '../../shared/contract/index';
import type { Client, RpcError } from '../../shared/rpc/index';
import { toRpcError } from './rpcErrors';

export interface SyncState {
  status: SyncStatus | null;
  /** Why sync.status could not be read (an older backend, a broken bridge). */
  statusError: RpcError | null;
  running: boolean;
  lastReport: SyncReport | null;
  /** The last "Sync now" call itself failed (not a platform outage, which the report carries). */
  runError: RpcError | null;
  load(): Promise<void>;
  setStatus(status: SyncStatus): void;
  /** Resolves to the report, or null when the call failed (runError is then set). */
  runNow(): Promise<SyncReport | null>;
  /** Throws MutationError so the Connect dialog can show it next to its fields. */
  connect(platformUrl: string, token: string | undefined): Promise<SyncStatus>;
  disconnect(): Promise<SyncStatus>;
}

export function createSyncStore(client: Client): StoreApi<SyncState> {
  return createStore<SyncState>()((set, get) => ({
    status: null,
    statusError: null,
    running: false,
    lastReport: null,
    runError: null,
    async load() {
      const result = await client.tryCall('sync.status', {});
      if (result.ok) set({ status: result.value, statusError: null });
      else set({ statusError: result.error });
    },
    setStatus(status) {
      set({ status, statusError: null });
    },
    async runNow() {
      if (get().running) return null;
      set({ running: true, runError: null });
      try {
        const report = await client.call('sync.runNow', {});
        set({ lastReport: report });
        return report;
      } catch (err) {
        set({ runError: toRpcError(err).rpc });
        return null;
      } finally {
        set({ running: false });
        // The engine emits sync.statusChanged, but a missed event must not leave "Syncing…" up.
        void get().load();
      }
    },
    async connect(platformUrl, token) {
      try {
        const status = await client.call('sync.connect', token === undefined ? { platformUrl } : { platformUrl, token });
        set({ status, statusError: null, runError: null, lastReport: null });
        return status;
      } catch (err) {
        throw toRpcError(err);
      }
    },
    async disconnect() {
      try {
        const status = await client.call('sync.disconnect', {});
        set({ status, statusError: null, runError: null, lastReport: null });
        return status;
      } catch (err) {
        throw toRpcError(err);
      }
    },
  }));
}
