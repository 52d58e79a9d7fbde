// Member edits and previews: domain row + outbox entry in one transaction, refusals and forced
// mid-transaction failures leave nothing behind; scenarios.md Example 1 steps 5 and 6.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_PROJECT_IDS } from '../../../main/seed/demoSeed';
import { openDatabase } from '../../../main/db/connection';
import { loadSeed } from '../../../main/seed/loadSeed';
import { closeAll, demoApp, emptyApp, expectCode, failOutboxInserts, recordEvents, snapshot } from './fixtures';

afterEach(closeAll);

const RES = DEMO_PROJECT_IDS.resources;
const RAW = DEMO_PROJECT_IDS.rawData;
const REMOVE_ALL = { revokeProjectPermissions: true, revokeAppPermissions: true };

function accessTable(app: ReturnType<typeof demoApp>) {
  return Object.fromEntries(
    ['user-a', 'user-b', 'user-c', 'user-d', 'user-e', 'user-f'].map((u) => {
      const a = app.services.access.byUser({ user: u });
      return [u, { projects: Object.fromEntries(a.projects.map((p) => [p.name, p.level])), qc: a.apps.some((x) => x.allowed) }];
    }),
  );
}

describe('members.invite', () => {
  it('writes the membership and one outbox entry, then announces both', () => {
    const app = demoApp();
    const events = recordEvents(app);
    const row = app.services.members.invite({ org: 'org-lab_new', user: 'B', projectAccess: 'VIEW' });
    expect(row).toMatchObject({ org: 'org-lab_new', user: 'user-b', level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'VIEW', pending: true });
    const [entry, ...rest] = app.services.outbox.list({}).entries;
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      op: 'member.invite',
      target: 'member:org-lab_new:user-b',
      payload: { org: 'org-lab_new', user: 'user-b', level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'VIEW' },
      base: null,
      actingUser: 'user-d',
      state: 'pending',
    });
    expect(entry?.summary).toContain('user-b');
    expect(events.map((e) => e.event)).toEqual(['workspace.changed', 'outbox.changed']);
    expect(events[1]?.payload).toEqual({ pending: 1, failed: 0, conflict: 0 });
  });

  it('emits only after commit: another connection already sees the row', () => {
    const app = demoApp();
    const other = openDatabase(app.workspacePath);
    const seen: unknown[] = [];
    app.events.subscribe((event) => {
      seen.push([event, other.prepare("SELECT count(*) AS n FROM memberships WHERE org_id = 'org-lab_new' AND user_id = 'user-c'").get(), other.prepare('SELECT count(*) AS n FROM outbox').get()]);
    });
    app.services.members.invite({ org: 'org-lab_new', user: 'user-c' });
    other.close();
    expect(seen).toEqual([
      ['workspace.changed', { n: 1 }, { n: 1 }],
      ['outbox.changed', { n: 1 }, { n: 1 }],
    ]);
  });

  it('resolves users by email and gives ADMINs their fixed flags', () => {
    const app = demoApp();
    const row = app.services.members.invite({ org: 'org-lab_new', user: 'A@LAB.example', level: 'ADMIN' });
    expect(row).toMatchObject({ user: 'user-a', level: 'ADMIN', allowBillableActivities: true, appAccess: true, projectAccess: 'ADMINISTER' });
  });

  it('refuses an existing member and points to update; nothing is written', () => {
    const app = demoApp();
    const before = snapshot(app);
    const err = expectCode(() => app.services.members.invite({ org: 'org-lab', user: 'user-b' }), 'Conflict');
    expect(err.message).toMatch(/already a member.*members\.update/);
    expect(err.details).toEqual({ field: 'user' });
    expect(snapshot(app)).toEqual(before);
  });

  it('refuses contradicting ADMIN flags, unknown users and orgs, naming the field', () => {
    const app = demoApp();
    const before = snapshot(app);
    expect(expectCode(() => app.services.members.invite({ org: 'org-lab_new', user: 'user-b', level: 'ADMIN', projectAccess: 'VIEW' }), 'InvalidInput').details).toEqual({
      field: 'projectAccess',
    });
    expect(expectCode(() => app.services.members.invite({ org: 'org-lab', user: 'user-zz' }), 'NotFound').message).toMatch(/user: no user user-zz/);
    expect(expectCode(() => app.services.members.invite({ org: 'org-nope', user: 'user-b' }), 'NotFound').message).toMatch(/org: no org org-nope/);
    expect(snapshot(app)).toEqual(before);
  });

  it('refuses a non-ADMIN acting user with the rule, and queues nothing', () => {
    const app = demoApp('user-b');
    const before = snapshot(app);
    const events = recordEvents(app);
    const err = expectCode(() => app.services.members.invite({ org: 'org-lab', user: 'user-f' }), 'PermissionDenied');
    expect(err.message).toBe('Only ADMINs of org-lab can change members, its name or its policies (user-b is a MEMBER)');
    expect(snapshot(app)).toEqual(before);
    expect(events).toEqual([]);
  });

  it('fails with InvalidState when nobody is acting', () => {
    const app = emptyApp();
    loadSeed(app.db, { users: [{ id: 'user-a' }], orgs: [{ id: 'org-x', name: 'X', members: [{ id: 'user-a', level: 'ADMIN' }] }] });
    const err = expectCode(() => app.services.members.invite({ org: 'org-x', user: 'user-a' }), 'InvalidState');
    expect(err.message).toBe('No acting user: open the demo workspace or connect to a platform');
  });

  it('rolls back the membership when the outbox write fails mid-transaction', () => {
    const app = demoApp();
    const before = snapshot(app);
    const events = recordEvents(app);
    failOutboxInserts(app);
    expect(() => app.services.members.invite({ org: 'org-lab_new', user: 'user-b' })).toThrow(/forced failure/);
    expect(app.services.members.matrix({}).rows.find((r) => r.user === 'user-b')?.memberships['org-lab_new']).toBeUndefined();
    expect(snapshot(app)).toEqual(before);
    expect(events).toEqual([]);
  });
});

describe('members.update', () => {
  it('changes flags, records the previous values as base', () => {
    const app = demoApp();
    app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    const [entry] = app.services.outbox.list({}).entries;
    expect(entry).toMatchObject({
      op: 'member.update',
      target: 'member:org-lab:user-b',
      payload: { org: 'org-lab', user: 'user-b', level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'UPLOAD' },
      base: { level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' },
    });
  });

  it('refuses a non-member and points to invite', () => {
    const app = demoApp();
    const before = snapshot(app);
    const err = expectCode(() => app.services.members.update({ org: 'org-lab', user: 'user-f', appAccess: false }), 'NotFound');
    expect(err.message).toMatch(/not a member of org-lab.*members\.invite/);
    expect(snapshot(app)).toEqual(before);
  });

  it('demotes an ADMIN to MEMBER stating all three flags (defaults unless chosen)', () => {
    const app = demoApp();
    const preview = app.services.members.previewChange({ org: 'org-lab', user: 'user-a', level: 'MEMBER' });
    expect(preview.after).toEqual({ level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' });
    expect(preview.flagChanges).toEqual([
      { flag: 'allowBillableActivities', from: true, to: false },
      { flag: 'projectAccess', from: 'ADMINISTER', to: 'CONTRIBUTE' },
    ]);
    app.services.members.update({ org: 'org-lab', user: 'user-a', level: 'MEMBER', appAccess: false });
    expect(app.services.outbox.list({}).entries[0]?.payload).toEqual({
      org: 'org-lab',
      user: 'user-a',
      level: 'MEMBER',
      allowBillableActivities: false,
      appAccess: false,
      projectAccess: 'CONTRIBUTE',
    });
  });

  it('does not queue a change that changes nothing', () => {
    const app = demoApp();
    app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'CONTRIBUTE' });
    expect(app.services.outbox.list({}).entries).toEqual([]);
  });

  it('never leaves an org without an ADMIN', () => {
    const app = demoApp();
    const before = snapshot(app);
    expect(expectCode(() => app.services.members.update({ org: 'org-lab_new', user: 'user-d', level: 'MEMBER' }), 'InvalidState').message).toMatch(/only ADMIN/);
    expect(expectCode(() => app.services.members.remove({ org: 'org-lab_new', user: 'user-d', ...REMOVE_ALL }), 'InvalidState').message).toMatch(/only ADMIN/);
    expect(snapshot(app)).toEqual(before);
  });

  it('rolls back on a failure mid-transaction', () => {
    const app = demoApp();
    const before = snapshot(app);
    failOutboxInserts(app);
    expect(() => app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'NONE' })).toThrow(/forced failure/);
    expect(snapshot(app)).toEqual(before);
  });
});

describe('Example 1 step 5: removing user-c from org-lab', () => {
  it('previews exactly Resources, Raw Data and qc', () => {
    const app = demoApp();
    const before = snapshot(app);
    const preview = app.services.members.previewRemoval({ org: 'org-lab', user: 'user-c', ...REMOVE_ALL });
    expect(preview).toEqual({
      org: 'org-lab',
      user: 'user-c',
      projectsLost: [
        { project: RAW, name: 'Raw Data', from: 'UPLOAD', to: 'NONE' },
        { project: RES, name: 'Resources', from: 'VIEW', to: 'NONE' },
      ],
      appsLost: [{ app: DEMO_APP_ID, name: 'qc' }],
      directGrantsRevoked: [],
    });
    expect(snapshot(app)).toEqual(before);
  });

  it('removes user-c and nobody else changes', () => {
    const app = demoApp();
    const table = accessTable(app);
    const impact = app.services.members.remove({ org: 'org-lab', user: 'user-c', ...REMOVE_ALL });
    expect(impact.projectsLost.map((p) => p.name)).toEqual(['Raw Data', 'Resources']);
    expect(impact.appsLost.map((a) => a.name)).toEqual(['qc']);
    const after = accessTable(app);
    expect(after['user-c']).toEqual({ projects: {}, qc: false });
    expect({ ...after, 'user-c': null }).toEqual({ ...table, 'user-c': null });
    const [entry, ...rest] = app.services.outbox.list({}).entries;
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      op: 'member.remove',
      target: 'member:org-lab:user-c',
      payload: { org: 'org-lab', user: 'user-c', revokeProjectPermissions: true, revokeAppPermissions: true },
      base: { level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' },
    });
  });

  it('revokes direct grants on org-billed projects only when asked', () => {
    const app = demoApp();
    app.services.projects.share({ project: 'Raw Data', principal: 'user-c', level: 'CONTRIBUTE' });
    const keep = app.services.members.previewRemoval({ org: 'org-lab', user: 'user-c', revokeProjectPermissions: false, revokeAppPermissions: true });
    expect(keep.projectsLost.map((p) => p.name)).toEqual(['Resources']);
    expect(keep.directGrantsRevoked).toEqual([]);
    const impact = app.services.members.remove({ org: 'org-lab', user: 'user-c', ...REMOVE_ALL });
    expect(impact.directGrantsRevoked).toEqual([{ project: RAW, name: 'Raw Data', level: 'CONTRIBUTE' }]);
    expect(app.services.projects.get({ project: RAW }).grants.map((g) => g.principal)).toEqual(['org-lab', 'user-d']);
  });

  it('refuses a non-ADMIN and rolls back on failure', () => {
    const app = demoApp('user-e');
    const before = snapshot(app);
    expectCode(() => app.services.members.remove({ org: 'org-lab', user: 'user-c', ...REMOVE_ALL }), 'PermissionDenied');
    expect(snapshot(app)).toEqual(before);
    app.services.workspace.setActingUser('user-d');
    const asD = snapshot(app);
    failOutboxInserts(app);
    expect(() => app.services.members.remove({ org: 'org-lab', user: 'user-c', ...REMOVE_ALL })).toThrow(/forced failure/);
    expect(snapshot(app)).toEqual(asD);
  });
});

describe('Example 1 step 6: changing user-b', () => {
  it('projectAccess NONE loses both projects and keeps qc; appAccess false loses qc', () => {
    const app = demoApp();
    const preview = app.services.members.previewChange({ org: 'org-lab', user: 'user-b', projectAccess: 'NONE' });
    expect(preview.projects).toEqual([
      { project: RAW, name: 'Raw Data', from: 'UPLOAD', to: 'NONE' },
      { project: RES, name: 'Resources', from: 'VIEW', to: 'NONE' },
    ]);
    expect(preview.apps).toEqual([]);
    app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'NONE' });
    expect(accessTable(app)['user-b']).toEqual({ projects: {}, qc: true });
    const apps = app.services.members.previewChange({ org: 'org-lab', user: 'user-b', appAccess: false });
    expect(apps.apps).toEqual([{ app: DEMO_APP_ID, name: 'qc', from: true, to: false }]);
    app.services.members.update({ org: 'org-lab', user: 'user-b', appAccess: false });
    expect(accessTable(app)['user-b']).toEqual({ projects: {}, qc: false });
  });
});

describe('members.list and matrix', () => {
  it('lists an org with its summary and read-only platform flags', () => {
    const app = emptyApp();
    loadSeed(app.db, {
      users: [{ id: 'user-a', first: 'Ada', last: 'Adams', email: 'a@x' }, { id: 'user-b' }],
      orgs: [{ id: 'org-x', name: 'X', members: [{ id: 'user-a', level: 'ADMIN', dataSearch: true }, { id: 'user-b' }] }],
    });
    const list = app.services.members.list({ org: 'x' });
    expect(list.org).toMatchObject({ id: 'org-x', memberCount: 2, adminCount: 1, myLevel: null, canAdminister: { allowed: false } });
    expect(list.members).toEqual([
      { org: 'org-x', user: 'user-a', name: 'Ada Adams', email: 'a@x', level: 'ADMIN', allowBillableActivities: true, appAccess: true, projectAccess: 'ADMINISTER', readOnlyFlags: { dataSearch: true }, pending: false },
      { org: 'org-x', user: 'user-b', name: 'user-b', email: '', level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE', readOnlyFlags: {}, pending: false },
    ]);
  });

  it('filters the matrix to one org and marks pending cells', () => {
    const app = demoApp();
    app.services.members.update({ org: 'org-lab_new', user: 'user-f', appAccess: false });
    const m = app.services.members.matrix({ org: 'org-lab_new' });
    expect(m.orgs).toEqual(['org-lab_new']);
    expect(m.rows.map((r) => r.user)).toEqual(['user-d', 'user-e', 'user-f']);
    expect(m.rows.find((r) => r.user === 'user-f')?.memberships['org-lab_new']?.pending).toBe(true);
    expect(m.rows.find((r) => r.user === 'user-e')?.memberships['org-lab_new']?.pending).toBe(false);
  });
});
