// React access to the injected client and the stores built around it. Components read state
// through these hooks only; none of them constructs a client or a transport.
import { createContext, useContext, useEffect } from 'react';
import { useStore } from 'zustand';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index';
import type { Client, RpcError } from '../../shared/rpc/index';
import type { AppStores } from '../state/appStores';
import type { NavState } from '../state/navStore';
import type { QueryState } from '../state/queryStore';
import { queryKey } from '../state/queryStore';
import type { SyncState } from '../state/syncStore';
import type { WorkspaceState } from '../state/workspaceStore';

export const StoresContext = createContext<AppStores | null>(null);

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('OrgDesk stores are missing: render inside <StoresContext value={…}>');
  return stores;
}

export function useClient(): Client {
  return useStores().client;
}

export function useNav<T>(selector: (s: NavState) => T): T {
  return useStore(useStores().nav, selector);
}

export function useWorkspace<T>(selector: (s: WorkspaceState) => T): T {
  return useStore(useStores().workspace, selector);
}

export function useSync<T>(selector: (s: SyncState) => T): T {
  return useStore(useStores().sync, selector);
}

export function useMutate(): QueryState['mutate'] {
  return useStore(useStores().queries, (s) => s.mutate);
}

export interface QueryResult<T> {
  data: T | undefined;
  error: RpcError | null;
  loading: boolean;
  reload(): void;
}

/** Reads a contract method and keeps it fresh while mounted; `null` input means "not yet". */
export function useQuery<M extends MethodName>(method: M, input: MethodInput<M> | null): QueryResult<MethodOutput<M>> {
  const { queries } = useStores();
  const key = input === null ? null : queryKey(method, input);
  useEffect(() => {
    if (input === null) return undefined;
    return queries.getState().retain(method, input);
    // The key captures the input by value; depending on the object would refetch every render.
  }, [queries, method, key]);
  const entry = useStore(queries, (s) => (key === null ? undefined : s.entries[key]));
  return {
    data: entry?.data as MethodOutput<M> | undefined,
    error: entry?.error ?? null,
    loading: key !== null && (!entry || entry.status === 'loading'),
    reload: () => {
      if (key !== null) void queries.getState().refresh(key);
    },
  };
}
