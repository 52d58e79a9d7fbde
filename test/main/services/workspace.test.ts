// Workspace info, acting user and platform URL settings, outbox summary and user search.
// Uses real SQLite workspaces from fixtures.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, demoApp, emptyApp, expectCode } from './fixtures';
import { SCHEMA_VERSION } from '../../../main/db/migrate';

afterEach(closeAll);

describe('workspace and users', () => {
  it('describes a fresh workspace', () => {
    const app = emptyApp();
    expect(app.services.workspace.info()).toEqual({
      path: app.workspacePath,
      schemaVersion: SCHEMA_VERSION,
      actingUser: null,
      actingUserName: null,
      platformUrl: null,
      isEmpty: true,
      pendingEdits: 0,
    });
    expect(app.services.orgs.list().orgs).toEqual([]);
    expectCode(() => app.services.orgs.create({ handle: 'x', name: 'X' }), 'InvalidState');
  });

  it('records the acting user and platform URL', () => {
    const app = demoApp();
    app.services.workspace.setPlatformUrl('http://127.0.0.1:9999');
    expect(app.services.workspace.setActingUser('e@lab.example')).toMatchObject({ actingUser: 'user-e', actingUserName: 'Eli Evans', platformUrl: 'http://127.0.0.1:9999' });
    expectCode(() => app.services.workspace.setActingUser('user-zz'), 'NotFound');
  });

  it('counts pending edits and summarizes the outbox', () => {
    const app = demoApp();
    app.services.members.update({ org: 'org-lab', user: 'user-b', appAccess: false });
    app.services.projects.share({ project: 'Raw Data', principal: 'org-lab_new', level: 'VIEW' });
    expect(app.services.workspace.info().pendingEdits).toBe(2);
    expect(app.services.outbox.summary()).toEqual({ pending: 2, failed: 0, conflict: 0 });
    const [first] = app.services.outbox.list({}).entries;
    app.repos.outbox.setState(first?.id ?? 0, 'failed', 'PermissionDenied: nope');
    expect(app.services.outbox.summary()).toEqual({ pending: 1, failed: 1, conflict: 0 });
    expect(app.services.outbox.list({ states: ['failed'] }).entries.map((e) => e.error)).toEqual(['PermissionDenied: nope']);
    expect(app.services.workspace.info().pendingEdits).toBe(2);
  });

  it('searches users by id, name or email with a limit and a total', () => {
    const app = demoApp();
    expect(app.services.users.list({}).total).toBe(6);
    expect(app.services.users.list({ query: 'EVANS' }).users).toEqual([{ id: 'user-e', email: 'e@lab.example', first: 'Eli', last: 'Evans', name: 'Eli Evans' }]);
    expect(app.services.users.list({ query: 'lab.example', limit: 2 })).toMatchObject({ total: 6, users: [{ id: 'user-a' }, { id: 'user-b' }] });
    expect(app.services.users.list({ query: '%' }).total).toBe(0);
  });
});
