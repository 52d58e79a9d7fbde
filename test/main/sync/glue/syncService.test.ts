// sync.* and outbox.resolve/retry/discard through the router of a real workspace, with the
// real client and engine against the emulator: connect records the acting user, the status
// moves through its states, Sync now reports counts, held edits are decided, and the token
// appears in no event, row, file byte or error.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorHandle } from '../../../../main/emulator/index';
import type { OutboxEntry, SyncReport, SyncStatus } from '../../../../shared/contract/index';
import type { GlueApp } from './glueHarness';
import { OTHER_TOKEN, SECRET_TOKEN, emulator, glueApp, removeDir, workspaceBytes } from './glueHarness';

let emu: EmulatorHandle;
const apps: GlueApp[] = [];

beforeAll(async () => {
  emu = await emulator();
});
afterAll(async () => {
  await emu.close();
});
afterEach(() => {
  for (const g of apps.splice(0)) {
    g.close();
    removeDir(g.dir);
  }
});

function open(opts: { demo?: boolean } = {}): GlueApp {
  const g = glueApp(opts);
  apps.push(g);
  return g;
}

const statesOf = (g: GlueApp): string[] =>
  g.events.filter((e) => e.startsWith('sync.statusChanged ')).map((e) => (JSON.parse(e.slice('sync.statusChanged '.length)) as SyncStatus).state);

const member = (org: string, user: string) => emu.state().orgs.find((o) => o.id === org)?.members.find((m) => m.id === user);

describe('connect', () => {
  it('a fresh workspace: connect records the platform and the acting user from whoami', async () => {
    const g = open();
    expect((await g.ok<SyncStatus>('sync.status')).state).toBe('disconnected');
    const status = await g.ok<SyncStatus>('sync.connect', { platformUrl: `${emu.url}/`, token: SECRET_TOKEN });
    expect(status).toMatchObject({ state: 'upToDate', platformUrl: emu.url, connectedUser: 'user-d', tokenStorage: 'this session only', lastSyncAt: null });
    expect(await g.ok('workspace.info')).toMatchObject({ actingUser: 'user-d', platformUrl: emu.url });
    expect(statesOf(g)).toEqual(['upToDate']);
  });

  it('a token the platform does not know is refused, not kept, and not quoted', async () => {
    const g = open();
    const bad = `${SECRET_TOKEN}-revoked`;
    const r = await g.call('sync.connect', { platformUrl: emu.url, token: bad });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('PermissionDenied');
      expect(r.error.message).not.toContain(bad);
    }
    expect(g.app.tokenStore.get()).toBeNull();
    expect((await g.ok<SyncStatus>('sync.status')).state).toBe('disconnected');
  });

  it('refuses while the workspace holds unsynced edits made as another user', async () => {
    const g = open({ demo: true });
    await g.ok('members.update', { org: 'org-lab', user: 'user-c', projectAccess: 'VIEW' });
    const r = await g.call('sync.connect', { platformUrl: emu.url, token: OTHER_TOKEN });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'InvalidState', message: expect.stringContaining('made as user-d') }) });
    expect(await g.ok('workspace.info')).toMatchObject({ actingUser: 'user-d', platformUrl: null });
    expect(g.app.tokenStore.get()).toBeNull();
    await g.ok('sync.connect', { platformUrl: emu.url, token: SECRET_TOKEN });
  });

  it('disconnect forgets the token and keeps the data', async () => {
    const g = open();
    await g.ok('sync.connect', { platformUrl: emu.url, token: SECRET_TOKEN });
    await g.ok('sync.runNow');
    const status = await g.ok<SyncStatus>('sync.disconnect');
    expect(status.state).toBe('disconnected');
    expect(g.app.tokenStore.get()).toBeNull();
    expect((await g.ok<{ orgs: unknown[] }>('orgs.list')).orgs.length).toBe(2);
    expect(await g.call('sync.runNow')).toEqual({ ok: false, error: expect.objectContaining({ code: 'InvalidState' }) });
  });
});

describe('Sync now and the edits it holds', () => {
  it('pulls, pushes, holds a conflict, fails a refused edit; resolve/retry/discard decide them; the token leaks nowhere', async () => {
    const g = open();
    await g.ok('sync.connect', { platformUrl: emu.url, token: SECRET_TOKEN });

    // First sync: everything comes down.
    const first = await g.ok<SyncReport>('sync.runNow');
    expect(first).toMatchObject({ pushed: 0, conflicts: 0, failed: 0, error: null });
    expect(first.pulled).toBeGreaterThan(0);
    expect(statesOf(g)).toEqual(['upToDate', 'syncing', 'upToDate']);
    expect((await g.ok<SyncStatus>('sync.status')).lastSyncAt).not.toBeNull();

    // A plain edit goes up.
    await g.ok('members.update', { org: 'org-lab', user: 'user-c', projectAccess: 'VIEW' });
    expect((await g.ok<SyncStatus>('sync.status')).pending).toBe(1);
    expect(await g.ok<SyncReport>('sync.runNow')).toMatchObject({ pushed: 1, conflicts: 0, failed: 0, error: null });
    expect(member('org-lab', 'user-c')?.projectAccess).toBe('VIEW');

    // Someone else changes the same field meanwhile: a conflict, kept with both values.
    await g.ok('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', projectAccess: 'VIEW' } });
    expect(await g.ok<SyncReport>('sync.runNow')).toMatchObject({ pushed: 0, conflicts: 1, failed: 0, error: null });
    expect((await g.ok<SyncStatus>('sync.status')).state).toBe('attention');
    const [conflict] = (await g.ok<{ entries: OutboxEntry[] }>('outbox.list', { states: ['conflict'] })).entries;
    expect(conflict).toMatchObject({ state: 'conflict', payload: expect.objectContaining({ projectAccess: 'UPLOAD' }), theirs: expect.objectContaining({ projectAccess: 'VIEW' }) });
    if (!conflict) throw new Error('no conflict');

    // Keep mine: it goes out on the next sync.
    expect(await g.ok<OutboxEntry>('outbox.resolve', { id: conflict.id, choice: 'keepMine' })).toMatchObject({ id: conflict.id, state: 'pending' });
    expect(await g.ok<SyncReport>('sync.runNow')).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(member('org-lab', 'user-b')?.projectAccess).toBe('UPLOAD');
    expect((await g.ok<SyncStatus>('sync.status')).state).toBe('upToDate');

    // Take theirs on another conflict: the platform's value shows locally.
    await g.ok('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'CONTRIBUTE' });
    emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', projectAccess: 'VIEW' } });
    expect(await g.ok<SyncReport>('sync.runNow')).toMatchObject({ conflicts: 1 });
    const [second] = (await g.ok<{ entries: OutboxEntry[] }>('outbox.list', { states: ['conflict'] })).entries;
    if (!second) throw new Error('no second conflict');
    expect(await g.ok<OutboxEntry>('outbox.resolve', { id: second.id, choice: 'takeTheirs' })).toMatchObject({ state: 'discarded' });
    const b = (await g.ok<{ members: Array<{ user: string; projectAccess: string }> }>('members.list', { org: 'org-lab' })).members.find((m) => m.user === 'user-b');
    expect(b?.projectAccess).toBe('VIEW');

    // The platform refuses an edit (user-d was demoted there): failed with its message; retry, then discard.
    emu.act('user-a').setMemberAccess('org-lab', { 'user-d': { level: 'MEMBER' } });
    await g.ok('members.update', { org: 'org-lab', user: 'user-e', appAccess: false });
    const refused = await g.ok<SyncReport>('sync.runNow');
    expect(refused).toMatchObject({ failed: 1, error: null });
    const [failed] = (await g.ok<{ entries: OutboxEntry[] }>('outbox.list', { states: ['failed'] })).entries;
    if (!failed) throw new Error('no failed edit');
    expect(failed.error).toMatch(/PermissionDenied/);
    expect((await g.ok<SyncStatus>('sync.status')).state).toBe('attention');
    expect(await g.ok<OutboxEntry>('outbox.retry', { id: failed.id })).toMatchObject({ state: 'pending' });
    expect(await g.ok<SyncReport>('sync.runNow')).toMatchObject({ failed: 1 });
    expect(await g.ok<OutboxEntry>('outbox.discard', { id: failed.id })).toMatchObject({ state: 'discarded' });
    expect((await g.ok<SyncStatus>('sync.status')).failed).toBe(0);

    // Deciding something that is not held is refused with a reason.
    expect(await g.call('outbox.retry', { id: conflict.id })).toEqual({ ok: false, error: expect.objectContaining({ code: 'InvalidState' }) });
    expect(await g.call('outbox.discard', { id: 9999 })).toEqual({ ok: false, error: expect.objectContaining({ code: 'NotFound' }) });

    // The token is nowhere: events, errors, outbox and sync_state rows, the file's bytes.
    const rows = JSON.stringify([g.app.db.prepare('SELECT * FROM outbox').all(), g.app.db.prepare('SELECT * FROM sync_state').all(), g.app.db.prepare('SELECT * FROM settings').all()]);
    expect(rows).toContain('user-d');
    expect(rows).not.toContain(SECRET_TOKEN);
    expect(g.events.length).toBeGreaterThan(10);
    expect(g.events.join('\n')).not.toContain(SECRET_TOKEN);
    expect(g.errors.length).toBeGreaterThan(0);
    expect(g.errors.join('\n')).not.toContain(SECRET_TOKEN);
    g.app.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = workspaceBytes(g.file);
    expect(bytes.includes(Buffer.from('user-d'))).toBe(true);
    expect(bytes.includes(Buffer.from(SECRET_TOKEN))).toBe(false);
  });

  it('decisions are local: a never-connected workspace can discard an edit', async () => {
    const g = open({ demo: true });
    await g.ok('members.update', { org: 'org-lab', user: 'user-c', projectAccess: 'VIEW' });
    const [entry] = (await g.ok<{ entries: OutboxEntry[] }>('outbox.list', {})).entries;
    if (!entry) throw new Error('no entry');
    expect(await g.ok<OutboxEntry>('outbox.discard', { id: entry.id })).toMatchObject({ state: 'discarded' });
    const c = (await g.ok<{ members: Array<{ user: string; projectAccess: string }> }>('members.list', { org: 'org-lab' })).members.find((m) => m.user === 'user-c');
    expect(c?.projectAccess).toBe('CONTRIBUTE');
    expect((await g.ok<SyncStatus>('sync.status'))).toMatchObject({ state: 'disconnected', pending: 0 });
  });

  it('an unreachable platform leaves the state offline with the reason, and edits queued', async () => {
    const own = await emulator();
    const g = open({ demo: true });
    await g.ok('sync.connect', { platformUrl: own.url, token: SECRET_TOKEN });
    await g.ok('members.update', { org: 'org-lab', user: 'user-c', projectAccess: 'VIEW' });
    await own.close();
    const report = await g.ok<SyncReport>('sync.runNow');
    expect(report.pushed).toBe(0);
    expect(report.error).toEqual(expect.any(String));
    const status = await g.ok<SyncStatus>('sync.status');
    expect(status).toMatchObject({ state: 'offline', pending: 1, lastError: report.error });
    expect(statesOf(g).slice(-2)).toEqual(['syncing', 'offline']);
    expect(g.events.join('\n')).not.toContain(SECRET_TOKEN);
    expect(report.error).not.toContain(SECRET_TOKEN);
  });
});
