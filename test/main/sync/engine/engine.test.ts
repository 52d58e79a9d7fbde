// The engine as a whole: one run at a time (shared by concurrent callers, refused to a second
// engine on the same workspace), offline runs that keep every edit pending, a refused token
// thrown to the caller, sync_state kept current, and the connection record.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { demoSeed } from '../../../../main/seed/demoSeed';
import { BUSY_MESSAGE, createSyncEngine, readSyncState, recordConnection } from '../../../../main/sync/engine/index';
import { createPlatformClient, PlatformError } from '../../../../main/sync/platform/index';
import { closeWorlds, desk, emulator } from './harness';

afterEach(closeWorlds);

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('sync engine', () => {
  it('runs once for concurrent callers', async () => {
    const emu = await emulator(demoSeed);
    const d = desk(emu, 'user-d');
    const [one, two] = [d.engine.sync(), d.engine.sync()];
    expect(one).toBe(two);
    await one;
    expect(d.calls.filter((c) => c === '/system/whoami')).toHaveLength(1);
  });

  it('keeps a second engine on the same workspace out while a run holds the lease', async () => {
    const emu = await emulator(demoSeed, { faults: { latencyMs: 30 } });
    const d = desk(emu, 'user-d');
    const other = createSyncEngine({ db: d.app.db, events: d.app.events, client: d.client, actingUser: 'user-d' });
    const running = d.engine.sync();
    await new Promise((r) => setTimeout(r, 10));
    expect(await other.sync()).toMatchObject({ pushed: 0, pulled: 0, error: BUSY_MESSAGE });
    expect((await running).error).toBeNull();
    expect((await other.sync()).error).toBeNull();
  });

  it('reports an unreachable platform, keeps edits pending with the reason, and pulls nothing', async () => {
    const emu = await emulator(demoSeed);
    const d = desk(emu, 'user-d');
    await d.engine.sync();
    await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    const port = await closedPort();
    const offline = createSyncEngine({
      db: d.app.db,
      events: d.app.events,
      client: createPlatformClient({ baseUrl: `http://127.0.0.1:${port}`, token: 'token-for-d', maxRetries: 1, sleep: async () => undefined }),
      actingUser: 'user-d',
    });
    const report = await offline.sync();
    expect(report.pushed).toBe(0);
    expect(report.pulled).toBe(0);
    expect(report.error).toMatch(/NetworkError/);
    expect(d.outbox()[0]?.state).toBe('pending');
    expect(readSyncState(d.app.db)?.lastError).toBe(report.error);
    // Back online: the edit goes, and the error is cleared.
    expect(await d.engine.sync()).toMatchObject({ pushed: 1, error: null });
    expect(readSyncState(d.app.db)).toMatchObject({ lastError: null, connectedUser: 'user-d', lastPushAt: expect.any(Number), lastPullAt: expect.any(Number) });
  });

  it('throws a refused token to the caller and records it', async () => {
    const emu = await emulator(demoSeed);
    const d = desk(emu, 'user-d');
    const engine = createSyncEngine({
      db: d.app.db,
      events: d.app.events,
      client: createPlatformClient({ baseUrl: emu.url, token: 'revoked', sleep: async () => undefined }),
      actingUser: 'user-d',
    });
    await expect(engine.sync()).rejects.toBeInstanceOf(PlatformError);
    await expect(engine.sync()).rejects.toMatchObject({ type: 'InvalidAuthentication' });
    expect(readSyncState(d.app.db)?.lastError).toMatch(/^InvalidAuthentication/);
    expect(readSyncState(d.app.db)?.lastError).not.toContain('revoked');
  });

  it('records which platform and user a workspace syncs with', async () => {
    const emu = await emulator(demoSeed);
    const d = desk(emu, 'user-d');
    recordConnection(d.app.db, { platformUrl: 'https://api.example', user: 'user-a' });
    expect(readSyncState(d.app.db)).toEqual({ platformUrl: 'https://api.example', connectedUser: 'user-a', lastPullAt: null, lastPushAt: null, lastError: null });
  });

  it('emits workspace and outbox events only after its writes are committed', async () => {
    const emu = await emulator(demoSeed);
    const d = desk(emu, 'user-d');
    await d.engine.sync();
    await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    const seen: Array<{ event: string; inTransaction: boolean }> = [];
    d.app.events.subscribe((event) => seen.push({ event, inTransaction: d.app.db.inTransaction }));
    await d.engine.sync();
    expect(seen.map((s) => s.event)).toEqual(expect.arrayContaining(['workspace.changed', 'outbox.changed']));
    expect(seen.every((s) => !s.inTransaction)).toBe(true);
  });
});
