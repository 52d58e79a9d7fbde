// The sync service over a real workspace with a scripted backend: the paths the real platform
// rarely produces on demand (a sync in flight when another is asked for, a platform echoing
// the token in an error, a whoami that fails) and the state machine of sync.status.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../../../main/app';
import type { OrgDeskApp } from '../../../../main/app';
import type { OutboxDecisions, SyncBackend, SyncEngineLike, SyncStateLike } from '../../../../main/services/index';
import { memoryTokenStore } from '../../../../main/sync/tokens/index';
import { PlatformError } from '../../../../main/sync/platform/index';
import type { SyncReport, SyncStatus } from '../../../../shared/contract/index';

const TOKEN = 'UNIT-SECRET-TOKEN-93b1';
const URL = 'http://127.0.0.1:1';
const opened: Array<{ app: OrgDeskApp; dir: string }> = [];

afterEach(() => {
  for (const { app, dir } of opened.splice(0)) {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

interface Script {
  whoami: (token: string) => Promise<{ id: string }>;
  sync: () => Promise<SyncReport>;
}

const okReport: SyncReport = { pushed: 1, pulled: 2, conflicts: 0, failed: 0, error: null };

function scripted(script: Script): { backend: SyncBackend; engines: number } {
  let state: SyncStateLike | null = null;
  const out = {
    engines: 0,
    backend: {
      whoami: ({ token }: { baseUrl: string; token: string }) => script.whoami(token),
      createEngine(): SyncEngineLike {
        out.engines += 1;
        // Like the engine: the run's error is kept in sync_state, thrown or reported.
        return {
          async sync() {
            try {
              const report = await script.sync();
              if (state) state.lastError = report.error;
              return report;
            } catch (err) {
              if (state) state.lastError = err instanceof Error ? err.message : String(err);
              throw err;
            }
          },
        };
      },
      decisions(): OutboxDecisions {
        throw new Error('not used here');
      },
      readSyncState: () => state,
      recordConnection(c: { platformUrl: string; user: string }) {
        state = { platformUrl: c.platformUrl, connectedUser: c.user, lastPullAt: null, lastPushAt: null, lastError: null };
      },
      isBusy: (error: string) => error === 'busy',
    } satisfies SyncBackend,
  };
  return out;
}

function open(script: Partial<Script> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-glue-'));
  const full: Script = { whoami: async () => ({ id: 'user-d' }), sync: async () => okReport, ...script };
  const fake = scripted(full);
  const app = openApp({
    workspacePath: path.join(dir, 'workspace.sqlite'),
    validateOutput: true,
    tokenStore: memoryTokenStore(),
    sync: { backend: () => fake.backend },
  });
  opened.push({ app, dir });
  const statuses: SyncStatus[] = [];
  const payloads: string[] = [];
  app.events.subscribe((event, payload) => {
    payloads.push(JSON.stringify(payload));
    if (event === 'sync.statusChanged') statuses.push(payload as SyncStatus);
  });
  const call = async <T>(method: string, input: unknown = {}): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }> =>
    (await app.router.dispatch(method, input)) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  return { app, fake, statuses, payloads, call };
}

describe('sync.connect', () => {
  it('without a token anywhere refuses with the contract message and records nothing', async () => {
    const { call, app } = open();
    const r = await call('sync.connect', { platformUrl: URL });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'InvalidInput', message: 'no token: set $ORGDESK_TOKEN or paste one' }) });
    expect(app.services.workspace.info().platformUrl).toBeNull();
  });

  it('a token the platform rejects is not kept, and the error does not quote it', async () => {
    const { call, app } = open({
      whoami: async () => {
        throw new PlatformError({ type: 'InvalidAuthentication', status: 401, route: '/system/whoami', message: `bad token ${TOKEN}` });
      },
    });
    const r = await call('sync.connect', { platformUrl: URL, token: TOKEN });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('PermissionDenied');
      expect(r.error.message).not.toContain(TOKEN);
    }
    expect(app.tokenStore.get()).toBeNull();
  });

  it('an unreachable platform is Unavailable', async () => {
    const { call } = open({
      whoami: async () => {
        throw new PlatformError({ type: 'NetworkError', status: 0, route: '/system/whoami', message: 'connection refused', reachedServer: false });
      },
    });
    const r = await call('sync.connect', { platformUrl: URL, token: TOKEN });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'Unavailable' }) });
  });

  it('normalises the URL, keeps the token in the store and reports connected', async () => {
    const { call, app, statuses } = open();
    const r = await call<SyncStatus>('sync.connect', { platformUrl: `${URL}/`, token: TOKEN });
    expect(r.ok && r.value).toMatchObject({ state: 'upToDate', platformUrl: URL, connectedUser: 'user-d', tokenStorage: 'this session only' });
    expect(app.tokenStore.get()).toBe(TOKEN);
    expect(app.services.workspace.info()).toMatchObject({ actingUser: 'user-d', platformUrl: URL });
    expect(statuses.at(-1)?.state).toBe('upToDate');
  });
});

describe('sync.runNow', () => {
  it('refuses when not connected', async () => {
    const { call } = open();
    expect(await call('sync.runNow')).toEqual({ ok: false, error: expect.objectContaining({ code: 'InvalidState' }) });
  });

  it('is single-flight: concurrent calls share one engine run', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const { call, statuses } = open({
      sync: async () => {
        runs += 1;
        await new Promise<void>((r) => (release = r));
        return okReport;
      },
    });
    await call('sync.connect', { platformUrl: URL, token: TOKEN });
    const a = call<SyncReport>('sync.runNow');
    const b = call<SyncReport>('sync.runNow');
    await new Promise((r) => setTimeout(r, 10));
    expect(statuses.at(-1)?.state).toBe('syncing');
    release();
    expect(await a).toEqual({ ok: true, value: okReport });
    expect(await b).toEqual({ ok: true, value: okReport });
    expect(runs).toBe(1);
    expect(statuses.at(-1)?.state).toBe('upToDate');
  });

  it('a run that could not reach the platform leaves the state offline, redacted', async () => {
    const { call, statuses, payloads } = open({ sync: async () => ({ ...okReport, pushed: 0, error: `ECONNREFUSED with ${TOKEN}` }) });
    await call('sync.connect', { platformUrl: URL, token: TOKEN });
    const r = await call<SyncReport>('sync.runNow');
    expect(r.ok && r.value.error).toBe('ECONNREFUSED with [token]');
    expect(statuses.at(-1)).toMatchObject({ state: 'offline', lastError: 'ECONNREFUSED with [token]' });
    expect(payloads.join('\n')).not.toContain(TOKEN);
  });

  it('a run kept out by another process is not "offline"', async () => {
    const { call } = open({ sync: async () => ({ ...okReport, error: 'busy' }) });
    await call('sync.connect', { platformUrl: URL, token: TOKEN });
    await call('sync.runNow');
    const s = await call<SyncStatus>('sync.status');
    expect(s.ok && s.value).toMatchObject({ state: 'attention', lastError: 'busy' });
  });

  it('a thrown platform error becomes an AppError without the token', async () => {
    const { call } = open({
      sync: async () => {
        throw new PlatformError({ type: 'InvalidAuthentication', status: 401, route: '/system/whoami', message: `token ${TOKEN} expired` });
      },
    });
    await call('sync.connect', { platformUrl: URL, token: TOKEN });
    const r = await call('sync.runNow');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).not.toContain(TOKEN);
    const s = await call<SyncStatus>('sync.status');
    expect(s.ok && s.value.state).toBe('attention');
  });

  it('a bug in the engine is Internal, with the token scrubbed from the message', async () => {
    const { call } = open({
      sync: async () => {
        throw new TypeError(`cannot read x of ${TOKEN}`);
      },
    });
    await call('sync.connect', { platformUrl: URL, token: TOKEN });
    const r = await call('sync.runNow');
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'Internal' }) });
    if (!r.ok) expect(r.error.message).not.toContain(TOKEN);
  });

  it('builds the engine once per connection and again after the token changes', async () => {
    const { call, fake, app } = open();
    await call('sync.connect', { platformUrl: URL, token: TOKEN });
    await call('sync.runNow');
    await call('sync.runNow');
    expect(fake.engines).toBe(1);
    app.tokenStore.set('other-token');
    await call('sync.runNow');
    expect(fake.engines).toBe(2);
  });
});

describe('sync.disconnect', () => {
  it('forgets the token, keeps the workspace, and reports disconnected', async () => {
    const { call, app } = open();
    app.services.demo.openDemo();
    await call('sync.connect', { platformUrl: URL, token: TOKEN });
    const r = await call<SyncStatus>('sync.disconnect');
    expect(r.ok && r.value.state).toBe('disconnected');
    expect(app.tokenStore.get()).toBeNull();
    expect(app.services.orgs.list().orgs.length).toBeGreaterThan(0);
    expect(await call('sync.runNow')).toEqual({ ok: false, error: expect.objectContaining({ code: 'InvalidState' }) });
  });
});
