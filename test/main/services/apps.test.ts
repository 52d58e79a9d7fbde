// Apps: developers-only authorizedUsers changes through the outbox, refusals and rollback.
// Uses real SQLite workspaces from fixtures.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID } from '../../../main/seed/demoSeed';
import { closeAll, demoApp, expectCode, failOutboxInserts, snapshot } from './fixtures';

afterEach(closeAll);

describe('apps', () => {
  it('lists apps with whether the acting user may manage them', () => {
    const app = demoApp();
    expect(app.services.apps.list().apps).toEqual([
      { id: DEMO_APP_ID, name: 'qc', published: true, billTo: 'org-lab', developers: ['user-d'], authorizedUsers: ['org-lab'], canManage: { allowed: true }, pending: false },
    ]);
    app.services.workspace.setActingUser('user-a');
    expect(app.services.apps.list().apps[0]?.canManage).toEqual({ allowed: false, reason: 'Only developers of qc can change who may run it' });
  });

  it('authorizes and deauthorizes through the outbox (developers only)', () => {
    const app = demoApp();
    expect(app.services.apps.authorize({ app: 'qc', principal: 'org-lab_new' })).toMatchObject({ authorizedUsers: ['org-lab', 'org-lab_new'], pending: true });
    expect(app.services.apps.explain({ app: 'qc', user: 'user-f' }).allowed).toBe(true);
    app.services.apps.deauthorize({ app: DEMO_APP_ID, principal: 'org-lab' });
    expect(app.services.apps.explain({ app: 'qc', user: 'user-b' })).toEqual({ app: DEMO_APP_ID, user: 'user-b', allowed: false, routes: [] });
    expect(app.services.outbox.list({}).entries.map((e) => [e.op, e.target, e.base])).toEqual([
      ['app.authorize', `app:${DEMO_APP_ID}:org-lab_new`, null],
      ['app.deauthorize', `app:${DEMO_APP_ID}:org-lab`, { authorized: true }],
    ]);
  });

  it('refuses non-developers, PUBLIC, and unknown entries without writing', () => {
    const app = demoApp('user-a');
    const before = snapshot(app);
    expectCode(() => app.services.apps.authorize({ app: 'qc', principal: 'user-f' }), 'PermissionDenied');
    app.services.workspace.setActingUser('user-d');
    const asD = snapshot(app);
    expectCode(() => app.services.apps.authorize({ app: 'qc', principal: 'PUBLIC' }), 'InvalidInput');
    expectCode(() => app.services.apps.deauthorize({ app: 'qc', principal: 'user-f' }), 'NotFound');
    expectCode(() => app.services.apps.authorize({ app: 'nope', principal: 'user-f' }), 'NotFound');
    expect(snapshot(app)).toEqual(asD);
    failOutboxInserts(app);
    expect(() => app.services.apps.authorize({ app: 'qc', principal: 'user-f' })).toThrow(/forced failure/);
    expect(snapshot(app)).toEqual(asD);
    expect(before.outbox).toEqual([]);
  });
});
