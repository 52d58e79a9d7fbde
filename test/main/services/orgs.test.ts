// Org list, creation (creator becomes ADMIN) and updates: outbox entries, refusals, rollback.
// Uses real SQLite workspaces from fixtures.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, demoApp, expectCode, failOutboxInserts, recordEvents, snapshot } from './fixtures';

afterEach(closeAll);

describe('orgs.list', () => {
  it('gives counts, the acting user level and whether they may administer', () => {
    const app = demoApp('user-e');
    const [lab, labNew] = app.services.orgs.list().orgs;
    expect(lab).toMatchObject({ id: 'org-lab', name: 'Lab', memberCount: 5, adminCount: 2, projectCount: 2, appCount: 1, myLevel: 'MEMBER', pending: false });
    expect(lab?.canAdminister).toEqual({ allowed: false, reason: 'Only ADMINs of org-lab can change members, its name or its policies (user-e is a MEMBER)' });
    expect(labNew).toMatchObject({ id: 'org-lab_new', memberCount: 3, adminCount: 1, projectCount: 0, appCount: 0, myLevel: 'MEMBER' });
  });
});

describe('orgs.create', () => {
  it('creates org-<lowercased handle> with the acting user as ADMIN and queues it', () => {
    const app = demoApp('user-f');
    const events = recordEvents(app);
    const org = app.services.orgs.create({ handle: 'Genomics_2', name: 'Genomics' });
    expect(org).toMatchObject({ id: 'org-genomics_2', name: 'Genomics', memberCount: 1, adminCount: 1, myLevel: 'ADMIN', pending: true, canAdminister: { allowed: true } });
    expect(org.policies).toEqual({ memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN' });
    expect(app.services.members.list({ org: 'org-genomics_2' }).members.map((m) => [m.user, m.level])).toEqual([['user-f', 'ADMIN']]);
    expect(app.services.outbox.list({}).entries).toMatchObject([
      { op: 'org.create', target: 'org:org-genomics_2', payload: { handle: 'genomics_2', name: 'Genomics' }, base: null, actingUser: 'user-f' },
    ]);
    expect(events.map((e) => e.event)).toEqual(['workspace.changed', 'outbox.changed']);
  });

  it('refuses a duplicate or malformed handle without writing', () => {
    const app = demoApp();
    const before = snapshot(app);
    expect(expectCode(() => app.services.orgs.create({ handle: 'LAB', name: 'Again' }), 'Conflict').details).toEqual({ field: 'handle' });
    expect(expectCode(() => app.services.orgs.create({ handle: 'has space', name: 'x' }), 'InvalidInput').details).toEqual({ field: 'handle' });
    expect(snapshot(app)).toEqual(before);
  });

  it('rolls back the org and its ADMIN membership on a failure mid-transaction', () => {
    const app = demoApp();
    const before = snapshot(app);
    failOutboxInserts(app);
    expect(() => app.services.orgs.create({ handle: 'new', name: 'New' })).toThrow(/forced failure/);
    expect(snapshot(app)).toEqual(before);
  });
});

describe('orgs.update', () => {
  it('renames and changes policies, recording the old values', () => {
    const app = demoApp();
    const org = app.services.orgs.update({ org: 'org-lab', name: 'The Lab', policies: { memberListVisibility: 'MEMBER' } });
    expect(org).toMatchObject({ name: 'The Lab', policies: { memberListVisibility: 'MEMBER', restrictProjectTransfer: 'ADMIN' }, pending: true });
    expect(app.services.outbox.list({}).entries).toMatchObject([
      {
        op: 'org.update',
        target: 'org:org-lab',
        payload: { org: 'org-lab', name: 'The Lab', policies: { memberListVisibility: 'MEMBER' } },
        base: { name: 'Lab', policies: { memberListVisibility: 'ADMIN' } },
      },
    ]);
  });

  it('refuses members who are not ADMIN and queues nothing', () => {
    const app = demoApp('user-b');
    const before = snapshot(app);
    expectCode(() => app.services.orgs.update({ org: 'org-lab', name: 'Mine' }), 'PermissionDenied');
    expect(snapshot(app)).toEqual(before);
  });

  it('rolls back on a failure mid-transaction', () => {
    const app = demoApp();
    const before = snapshot(app);
    failOutboxInserts(app);
    expect(() => app.services.orgs.update({ org: 'org-lab', name: 'Renamed' })).toThrow(/forced failure/);
    expect(snapshot(app)).toEqual(before);
  });
});
