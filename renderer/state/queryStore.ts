// Read-side cache of contract calls, keyed by method + input. Views retain the queries they
// show; any workspace or outbox event refreshes the retained ones, so pending marks and counts
// follow every edit. Holds no business rules; writes go through `mutate` so reads catch up.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index';
import type { Client, Result, RpcError } from '../../shared/rpc/index';
import { toRpcError } from './rpcErrors';

export interface QueryEntry {
  status: 'loading' | 'ready' | 'error';
  data: unknown;
  error: RpcError | null;
}

export interface QueryState {
  entries: Record<string, QueryEntry>;
  /** Keep `key` fresh while retained; returns the release function. */
  retain<M extends MethodName>(method: M, input: MethodInput<M>): () => void;
  refresh(key: string): Promise<void>;
  refreshRetained(): Promise<void>;
  mutate<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

export function queryKey(method: MethodName, input: unknown): string {
  return `${method} ${JSON.stringify(input ?? {})}`;
}

const MAX_IDLE_ENTRIES = 200;

export function createQueryStore(client: Client): StoreApi<QueryState> {
  const retained = new Map<string, { run: () => Promise<Result<unknown>>; refs: number }>();
  const sequence = new Map<string, number>();
  // Bumped whenever the workspace may have changed; a cached entry older than this is
  // refetched when a view retains it again (it is still shown meanwhile).
  let generation = 0;
  const fetchedAt = new Map<string, number>();

  const store = createStore<QueryState>()((set, get) => {
    const setEntry = (key: string, entry: QueryEntry): void => set((s) => ({ entries: { ...s.entries, [key]: entry } }));

    const prune = (): void => {
      const keys = Object.keys(get().entries);
      if (keys.length <= MAX_IDLE_ENTRIES) return;
      const entries: Record<string, QueryEntry> = {};
      for (const k of keys) {
        const e = get().entries[k];
        if (e && retained.has(k)) entries[k] = e;
      }
      set({ entries });
    };

    return {
      entries: {},
      retain(method, input) {
        const key = queryKey(method, input);
        const slot = retained.get(key);
        if (slot) slot.refs++;
        else retained.set(key, { run: () => client.tryCall(method, input), refs: 1 });
        const entry = get().entries[key];
        if (!entry || entry.status === 'error' || (fetchedAt.get(key) ?? -1) < generation) void get().refresh(key);
        return () => {
          const s = retained.get(key);
          if (!s) return;
          s.refs--;
          if (s.refs <= 0) {
            retained.delete(key);
            prune();
            for (const k of fetchedAt.keys()) if (!(k in get().entries)) fetchedAt.delete(k);
          }
        };
      },
      async refresh(key) {
        const slot = retained.get(key);
        if (!slot) return;
        const seq = (sequence.get(key) ?? 0) + 1;
        sequence.set(key, seq);
        fetchedAt.set(key, generation);
        const previous = get().entries[key];
        if (!previous || previous.status === 'error') setEntry(key, { status: 'loading', data: previous?.data, error: null });
        const result = await slot.run();
        // A later refresh of the same key wins: answers may come back out of order.
        if (sequence.get(key) !== seq) return;
        if (result.ok) setEntry(key, { status: 'ready', data: result.value, error: null });
        else setEntry(key, { status: 'error', data: get().entries[key]?.data, error: result.error });
      },
      async refreshRetained() {
        generation++;
        await Promise.all([...retained.keys()].map((k) => get().refresh(k)));
      },
      async mutate(method, input) {
        try {
          return await client.call(method, input);
        } catch (err) {
          throw toRpcError(err);
        } finally {
          setTimeout(() => void get().refreshRetained(), 0);
        }
      },
    };
  });
  return store;
}
