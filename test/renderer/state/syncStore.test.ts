// The sync store over the memory transport: status from sync.status and sync.statusChanged,
// Sync now's busy flag and report, and the token passed through without being kept.
import { describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../../shared/contract/index';
import { createClient } from '../../../shared/rpc/index';
import type { Result } from '../../../shared/rpc/index';
import { createMemoryTransport } from '../../../renderer/api/memoryTransport';
import { createAppStores } from '../../../renderer/state/appStores';

const base: SyncStatus = {
  state: 'disconnected',
  platformUrl: null,
  connectedUser: null,
  tokenStorage: null,
  tokenWarning: null,
  lastSyncAt: null,
  lastError: null,
  pending: 1,
  failed: 0,
  conflict: 0,
};

function fakeBackend() {
  const listeners = new Set<(event: string, payload: unknown) => void>();
  let status = base;
  let release: (() => void) | null = null;
  const dispatch = vi.fn(async (method: string, input: unknown): Promise<Result<unknown>> => {
    switch (method) {
      case 'workspace.info':
        return { ok: true, value: { path: '/w', schemaVersion: 2, actingUser: 'user-d', actingUserName: 'Dana', platformUrl: null, isEmpty: false, pendingEdits: 1 } };
      case 'outbox.summary':
        return { ok: true, value: { pending: 1, failed: 0, conflict: 0 } };
      case 'sync.status':
        return { ok: true, value: status };
      case 'sync.connect': {
        const { platformUrl, token } = input as { platformUrl: string; token?: string };
        if (token !== 'token-for-d') return { ok: false, error: { code: 'PermissionDenied', message: 'The platform refused the token' } };
        status = { ...status, state: 'upToDate', platformUrl, connectedUser: 'user-d', tokenStorage: 'this session only' };
        return { ok: true, value: status };
      }
      case 'sync.runNow':
        await new Promise<void>((r) => (release = r));
        return { ok: true, value: { pushed: 1, pulled: 12, conflicts: 0, failed: 0, error: null } };
      default:
        return { ok: false, error: { code: 'UnknownMethod', message: method } };
    }
  });
  return {
    dispatch,
    finishRun: () => release?.(),
    emit: (event: string, payload: unknown) => listeners.forEach((l) => l(event, payload)),
    subscribe: (l: (event: string, payload: unknown) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('sync store', () => {
  it('loads sync.status at start and follows sync.statusChanged (counts included)', async () => {
    const backend = fakeBackend();
    const stores = createAppStores(createClient(createMemoryTransport(backend)));
    await tick();
    expect(stores.sync.getState().status?.state).toBe('disconnected');
    backend.emit('sync.statusChanged', { ...base, state: 'offline', platformUrl: 'http://127.0.0.1:1', pending: 3 });
    await tick();
    expect(stores.sync.getState().status?.state).toBe('offline');
    expect(stores.workspace.getState().outbox).toEqual({ pending: 3, failed: 0, conflict: 0 });
    stores.dispose();
  });

  it('hands the token to sync.connect and keeps it nowhere in the store', async () => {
    const backend = fakeBackend();
    const stores = createAppStores(createClient(createMemoryTransport(backend)));
    await expect(stores.sync.getState().connect('http://127.0.0.1:4010', 'wrong')).rejects.toMatchObject({ rpc: { code: 'PermissionDenied' } });
    const status = await stores.sync.getState().connect('http://127.0.0.1:4010', 'token-for-d');
    expect(status.connectedUser).toBe('user-d');
    expect(backend.dispatch).toHaveBeenCalledWith('sync.connect', { platformUrl: 'http://127.0.0.1:4010', token: 'token-for-d' });
    expect(JSON.stringify(stores.sync.getState())).not.toContain('token-for-d');
    stores.dispose();
  });

  it('marks a run as running until it returns, keeps the report and refuses a second run meanwhile', async () => {
    const backend = fakeBackend();
    const stores = createAppStores(createClient(createMemoryTransport(backend)));
    const run = stores.sync.getState().runNow();
    expect(stores.sync.getState().running).toBe(true);
    expect(await stores.sync.getState().runNow()).toBeNull();
    await tick();
    backend.finishRun();
    expect(await run).toMatchObject({ pushed: 1 });
    expect(stores.sync.getState()).toMatchObject({ running: false, lastReport: { pulled: 12 }, runError: null });
    expect(backend.dispatch.mock.calls.filter(([m]) => m === 'sync.runNow')).toHaveLength(1);
    stores.dispose();
  });
});
