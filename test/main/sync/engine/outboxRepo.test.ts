// Migration 0002 and the outbox / sync repos the engine relies on: an upgraded schema-1
// workspace keeps its outbox, transitions never overwrite a user's decision, a created
// project's real ID reaches every target and payload, and the sync_state singleton.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/db/connection';
import type { Db } from '../../../../main/db/connection';
import { migrate } from '../../../../main/db/migrate';
import { MIGRATIONS } from '../../../../main/db/migrations/index';
import { createOutboxRepo } from '../../../../main/db/repos/outbox';
import { createSyncRemoteValuesRepo } from '../../../../main/db/repos/syncRemoteValues';
import { createSyncStateRepo } from '../../../../main/db/repos/syncState';
import { ACTIVE_OUTBOX_STATES } from '../../../../main/db/repos/index';
import { tempDir } from '../../services/fixtures';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

function db(upTo = MIGRATIONS.length): Db {
  const dir = tempDir();
  const d = openDatabase(path.join(dir, 'w.sqlite'));
  migrate(d, MIGRATIONS.slice(0, upTo));
  cleanup.push(() => {
    d.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return d;
}

const entry = (target: string, payload: Record<string, unknown> = {}) => ({
  op: 'project.share' as const,
  target,
  summary: 's',
  payload,
  base: null,
  actingUser: 'user-d',
  createdAt: 1,
});

describe('migration 0002', () => {
  it('upgrades a schema-1 workspace: outbox rows kept, sync columns and tables added', () => {
    const d = db(1);
    d.prepare(
      `INSERT INTO outbox (op, target, summary, payload, base, acting_user, created_at) VALUES ('member.update', 'member:org-lab:user-b', 's', '{"a":1}', NULL, 'user-d', 5)`,
    ).run();
    migrate(d);
    const repo = createOutboxRepo(d);
    expect(repo.get(1)).toMatchObject({ op: 'member.update', payload: { a: 1 }, state: 'pending', theirs: null });
    expect(repo.syncDetails(1)).toEqual({ attempts: 0, lastAttemptAt: null, remoteRef: null });
    expect(createSyncStateRepo(d).get()).toBeNull();
    const names = d.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'sync_%' ORDER BY name").all();
    expect(names.map((n) => n.name)).toEqual(['sync_remote_values', 'sync_state']);
    expect(() => d.prepare("UPDATE outbox SET theirs = 'not json' WHERE id = 1").run()).toThrow(/CHECK/);
  });
});

describe('outbox transitions', () => {
  it('counts attempts and never moves an entry the user already decided on', () => {
    const repo = createOutboxRepo(db());
    const id = repo.insert(entry('grant:p:org-lab'));
    expect(repo.markSending(id, 100)).toBe(true);
    expect(repo.syncDetails(id)).toEqual({ attempts: 1, lastAttemptAt: 100, remoteRef: null });
    repo.markPending(id, 'offline');
    expect(repo.get(id)).toMatchObject({ state: 'pending', error: 'offline' });
    repo.setState(id, 'discarded');
    expect(repo.markSending(id, 200)).toBe(false);
    repo.markSent(id, 'x');
    repo.markConflict(id, { level: 'VIEW' });
    repo.markFailed(id, 'no');
    expect(repo.get(id)).toMatchObject({ state: 'discarded', theirs: null });
  });

  it('keeps theirs with a conflict and clears it on keep mine', () => {
    const repo = createOutboxRepo(db());
    const id = repo.insert(entry('grant:p:org-lab'));
    repo.markConflict(id, { level: 'VIEW' });
    expect(repo.get(id)).toMatchObject({ state: 'conflict', theirs: { level: 'VIEW' } });
    repo.rebase(id, { level: 'VIEW' });
    expect(repo.get(id)).toMatchObject({ state: 'pending', base: { level: 'VIEW' }, theirs: null });
  });

  it('lists active entries in ID order within bounds, and per target', () => {
    const repo = createOutboxRepo(db());
    const ids = ['a', 'b', 'c', 'd'].map((t) => repo.insert(entry(`grant:p:${t}`)));
    repo.markSent(ids[1] ?? 0);
    expect(repo.activeAfter(0, repo.maxId(), 10).map((e) => e.target)).toEqual(['grant:p:a', 'grant:p:c', 'grant:p:d']);
    expect(repo.activeAfter(ids[0] ?? 0, ids[2] ?? 0, 10).map((e) => e.target)).toEqual(['grant:p:c']);
    expect(repo.activeOn('grant:p:d').map((e) => e.id)).toEqual([ids[3]]);
    expect(repo.activeUnder('project:p', 'grant:p:').map((e) => e.target)).toEqual(['grant:p:a', 'grant:p:c', 'grant:p:d']);
  });

  it('remaps a created project everywhere it is named', () => {
    const d = db();
    const repo = createOutboxRepo(d);
    const remote = createSyncRemoteValuesRepo(d);
    const create = repo.insert({ ...entry('project:project-LOCAL', { id: 'project-LOCAL', name: 'x', billTo: 'org-lab' }), op: 'project.create' });
    const share = repo.insert(entry('grant:project-LOCAL:org-lab', { project: 'project-LOCAL', principal: 'org-lab', level: 'VIEW' }));
    const other = repo.insert(entry('grant:project-OTHER:org-lab', { project: 'project-OTHER' }));
    remote.put('grant:project-LOCAL:org-lab', 'VIEW', 1);
    repo.remapProject('project-LOCAL', 'project-REAL');
    remote.remapProject('project-LOCAL', 'project-REAL');
    expect(repo.get(create)).toMatchObject({ target: 'project:project-REAL', payload: { id: 'project-REAL' } });
    expect(repo.get(share)).toMatchObject({ target: 'grant:project-REAL:org-lab', payload: { project: 'project-REAL' } });
    expect(repo.get(other)).toMatchObject({ target: 'grant:project-OTHER:org-lab', payload: { project: 'project-OTHER' } });
    expect(remote.get('grant:project-REAL:org-lab')).toBe('VIEW');
    expect(remote.get('grant:project-LOCAL:org-lab')).toBeUndefined();
  });
});

describe('sync_state and remote values', () => {
  it('records the connection, runs and errors in one row, never a token', () => {
    const d = db();
    const state = createSyncStateRepo(d);
    state.recordConnection('http://127.0.0.1:1', 'user-d');
    state.recordPush(10);
    state.recordError('offline');
    expect(state.get()).toEqual({ platformUrl: 'http://127.0.0.1:1', connectedUser: 'user-d', lastPullAt: null, lastPushAt: 10, lastError: 'offline' });
    state.recordConnection('http://127.0.0.1:2', 'user-a');
    expect(state.get()).toMatchObject({ platformUrl: 'http://127.0.0.1:2', connectedUser: 'user-a', lastError: null });
    expect(d.prepare('SELECT count(*) AS n FROM sync_state').get()).toEqual({ n: 1 });
  });

  it('remembers null as "absent" and forgets targets without active edits', () => {
    const d = db();
    const remote = createSyncRemoteValuesRepo(d);
    const repo = createOutboxRepo(d);
    repo.insert(entry('member:org-lab:user-b'));
    remote.put('member:org-lab:user-b', null, 1);
    remote.put('member:org-lab:user-c', { level: 'ADMIN' }, 1);
    expect(remote.get('member:org-lab:user-b')).toBeNull();
    remote.pruneInactive(ACTIVE_OUTBOX_STATES);
    expect(remote.get('member:org-lab:user-b')).toBeNull();
    expect(remote.get('member:org-lab:user-c')).toBeUndefined();
  });
});
