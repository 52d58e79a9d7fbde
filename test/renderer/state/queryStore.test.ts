// Stores over the memory transport: workspace info, outbox counts from events, query refresh after edits.
import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../shared/rpc/index';
import type { Result } from '../../../shared/rpc/index';
import { createMemoryTransport } from '../../../renderer/api/memoryTransport';
import { createAppStores } from '../../../renderer/state/appStores';
import { queryKey } from '../../../renderer/state/queryStore';

/** A tiny fake backend: a counter per method and a bus, enough to exercise the stores. */
function fakeBackend() {
  const listeners = new Set<(event: string, payload: unknown) => void>();
  let orgs = [{ id: 'org-lab' }];
  const dispatch = vi.fn(async (method: string, input: unknown): Promise<Result<unknown>> => {
    switch (method) {
      case 'workspace.info':
        return { ok: true, value: { path: '/w', schemaVersion: 1, actingUser: 'user-d', actingUserName: 'Dana', platformUrl: null, isEmpty: false, pendingEdits: 0 } };
      case 'outbox.summary':
        return { ok: true, value: { pending: 0, failed: 0, conflict: 0 } };
      case 'orgs.list':
        return { ok: true, value: { orgs } };
      case 'orgs.create': {
        const handle = (input as { handle: string }).handle;
        if (handle === 'bad') return { ok: false, error: { code: 'InvalidInput', message: 'handle: not allowed', details: { field: 'handle' } } };
        orgs = [...orgs, { id: `org-${handle}` }];
        return { ok: true, value: { id: `org-${handle}` } };
      }
      default:
        return { ok: false, error: { code: 'UnknownMethod', message: method } };
    }
  });
  return {
    dispatch,
    emit: (event: string, payload: unknown) => listeners.forEach((l) => l(event, payload)),
    subscribe: (l: (event: string, payload: unknown) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

describe('stores over the memory transport', () => {
  it('loads workspace info and outbox counts, and follows outbox.changed', async () => {
    const backend = fakeBackend();
    const stores = createAppStores(createClient(createMemoryTransport(backend)));
    await vi.waitFor(() => expect(stores.workspace.getState().info?.actingUser).toBe('user-d'));
    backend.emit('outbox.changed', { pending: 3, failed: 1, conflict: 0 });
    expect(stores.workspace.getState().outbox).toEqual({ pending: 3, failed: 1, conflict: 0 });
    stores.dispose();
  });

  it('refreshes retained queries after a mutation and surfaces errors as RpcError values', async () => {
    const backend = fakeBackend();
    const stores = createAppStores(createClient(createMemoryTransport(backend)));
    const q = stores.queries.getState();
    const release = q.retain('orgs.list', {});
    const key = queryKey('orgs.list', {});
    await vi.waitFor(() => expect(stores.queries.getState().entries[key]?.status).toBe('ready'));
    await q.mutate('orgs.create', { handle: 'new', name: 'New' });
    await vi.waitFor(() => expect(stores.queries.getState().entries[key]?.data).toEqual({ orgs: [{ id: 'org-lab' }, { id: 'org-new' }] }));
    await expect(q.mutate('orgs.create', { handle: 'bad', name: 'Bad' })).rejects.toMatchObject({ rpc: { code: 'InvalidInput', details: { field: 'handle' } } });
    release();
    stores.dispose();
  });

  it('refetches a cached query that is retained again after a change', async () => {
    const backend = fakeBackend();
    const stores = createAppStores(createClient(createMemoryTransport(backend)));
    const q = stores.queries.getState();
    const countOrgsCalls = () => backend.dispatch.mock.calls.filter(([m]) => m === 'orgs.list').length;
    q.retain('orgs.list', {})();
    await vi.waitFor(() => expect(countOrgsCalls()).toBe(1));
    const again = q.retain('orgs.list', {});
    expect(countOrgsCalls()).toBe(1);
    again();
    backend.emit('workspace.changed', { areas: ['orgs'] });
    await new Promise((r) => setTimeout(r, 60));
    q.retain('orgs.list', {})();
    await vi.waitFor(() => expect(countOrgsCalls()).toBe(2));
    stores.dispose();
  });
});
