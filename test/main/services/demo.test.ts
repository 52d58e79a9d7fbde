// The demo workspace against scenarios.md (Example 1 table, Example 2 matrix, billing) and the
// emulator seed format it is stored in.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_PROJECT_IDS, demoSeed } from '../../../main/seed/demoSeed';
import { SeedSchema } from '../../../main/seed/seedSchema';
import { PLATFORM_ID_ALPHABET, ProjectIdSchema } from '../../../shared/domain/index';
import { closeAll, demoApp, emptyApp, expectCode, recordEvents, snapshot } from './fixtures';

afterEach(closeAll);

const RES = DEMO_PROJECT_IDS.resources;
const RAW = DEMO_PROJECT_IDS.rawData;

describe('demo workspace (scenarios.md after Example 2)', () => {
  it('has the Example 2 membership matrix', () => {
    const app = demoApp();
    const m = app.services.members.matrix({});
    expect(m.orgs).toEqual(['org-lab', 'org-lab_new']);
    const cell = (user: string, org: string) => {
      const x = m.rows.find((r) => r.user === user)?.memberships[org];
      return x ? `${x.level}${x.level === 'MEMBER' && x.allowBillableActivities ? ' (billable)' : ''}` : '';
    };
    const table = ['user-a', 'user-b', 'user-c', 'user-d', 'user-e', 'user-f'].map((u) => [u, cell(u, 'org-lab'), cell(u, 'org-lab_new')]);
    expect(table).toEqual([
      ['user-a', 'ADMIN', ''],
      ['user-b', 'MEMBER', ''],
      ['user-c', 'MEMBER', ''],
      ['user-d', 'ADMIN', 'ADMIN'],
      ['user-e', 'MEMBER (billable)', 'MEMBER (billable)'],
      ['user-f', '', 'MEMBER'],
    ]);
    const b = m.rows.find((r) => r.user === 'user-b')?.memberships['org-lab'];
    expect(b).toEqual({ level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE', pending: false });
  });

  it('gives the Example 1 effective access table', () => {
    const app = demoApp();
    const level = (user: string, project: string) =>
      app.services.access.byUser({ user }).projects.find((p) => p.project === project)?.level ?? 'NONE';
    const runsQc = (user: string) => app.services.apps.explain({ app: 'qc', user }).allowed;
    const rows = ['user-a', 'user-b', 'user-c', 'user-d'].map((u) => [u, level(u, RES), level(u, RAW), runsQc(u)]);
    expect(rows).toEqual([
      ['user-a', 'ADMINISTER', 'UPLOAD', true],
      ['user-b', 'VIEW', 'UPLOAD', true],
      ['user-c', 'VIEW', 'UPLOAD', true],
      ['user-d', 'VIEW', 'ADMINISTER', true],
    ]);
    expect(app.services.apps.explain({ app: 'qc', user: 'user-d' }).routes.map((r) => r.kind)).toContain('developer');
  });

  it('is the synced baseline: no outbox entries, acting as user-d', () => {
    const app = demoApp();
    expect(app.services.outbox.list({}).entries).toEqual([]);
    const info = app.services.workspace.info();
    expect(info).toMatchObject({ actingUser: 'user-d', actingUserName: 'Dana Diaz', isEmpty: false, pendingEdits: 0, platformUrl: null });
  });

  it('lets user-e bill to either org and user-f to none (no prices either)', () => {
    const app = demoApp('user-e');
    expect(app.services.projects.create({ name: 'E on lab', billTo: 'org-lab' }).billTo).toBe('org-lab');
    expect(app.services.projects.create({ name: 'E on lab_new', billTo: 'org-lab_new' }).billTo).toBe('org-lab_new');
    app.services.workspace.setActingUser('user-f');
    const before = snapshot(app);
    for (const org of ['org-lab', 'org-lab_new']) {
      expect(expectCode(() => app.services.projects.create({ name: 'F', billTo: org }), 'PermissionDenied').message).toMatch(/allowBillableActivities/);
    }
    expect(snapshot(app)).toEqual(before);
  });

  it('removing user-e from org-lab leaves the org-lab_new row intact', () => {
    const app = demoApp();
    app.services.members.remove({ org: 'org-lab', user: 'user-e', revokeProjectPermissions: true, revokeAppPermissions: true });
    const row = app.services.members.matrix({}).rows.find((r) => r.user === 'user-e');
    expect(Object.keys(row?.memberships ?? {})).toEqual(['org-lab_new']);
    expect(row?.memberships['org-lab_new']).toMatchObject({ level: 'MEMBER', allowBillableActivities: true });
  });

  it('opens only in an empty workspace', () => {
    const app = demoApp();
    const before = snapshot(app);
    expectCode(() => app.services.demo.openDemo(), 'InvalidState');
    expect(snapshot(app)).toEqual(before);
  });

  it('announces the new workspace after it is written', () => {
    const app = emptyApp();
    const events = recordEvents(app);
    app.services.demo.openDemo();
    expect(events).toEqual([{ event: 'workspace.changed', payload: { areas: ['workspace', 'orgs', 'members', 'projects', 'apps'] } }]);
  });

  it('is a valid emulator seed with platform-shaped IDs', () => {
    const seed = SeedSchema.parse(demoSeed);
    for (const p of seed.projects) {
      expect(ProjectIdSchema.safeParse(p.id).success).toBe(true);
      expect([...p.id.slice(8)].every((c) => PLATFORM_ID_ALPHABET.includes(c))).toBe(true);
    }
    expect([...DEMO_APP_ID.slice(4)].every((c) => PLATFORM_ID_ALPHABET.includes(c))).toBe(true);
    expect(seed.apps).toEqual([
      { id: DEMO_APP_ID, name: 'qc', published: true, billTo: 'org-lab', developers: ['user-d'], authorizedUsers: ['org-lab'] },
    ]);
  });

  it('accepts the interfaces.md seed example and rejects members missing from users', () => {
    const example = {
      users: [{ id: 'user-a', email: 'a@lab.example', first: 'Ada', last: 'Adams' }, { id: 'user-b' }],
      tokens: { 'token-for-a': 'user-a' },
      orgs: [
        {
          id: 'org-lab',
          name: 'Lab',
          phiFeaturesEnabled: false,
          policies: { memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN' },
          members: [
            { id: 'user-a', level: 'ADMIN' },
            { id: 'user-b', level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE', dataSearch: false },
          ],
        },
      ],
      projects: [
        {
          id: 'project-Gq4pF2kZ0bXv8J9yKQfYbP1x',
          name: 'Resources',
          billTo: 'org-lab',
          permissions: { 'user-a': 'ADMINISTER', 'org-lab': 'VIEW' },
          protected: false,
          restricted: false,
          downloadRestricted: false,
          containsPHI: false,
        },
      ],
      apps: [{ id: 'app-qc', name: 'qc', published: true, billTo: 'org-lab', developers: ['user-d'], authorizedUsers: ['org-lab'] }],
    };
    expect(SeedSchema.safeParse(example).success).toBe(true);
    const bad = { ...example, orgs: [{ ...example.orgs[0], members: [{ id: 'user-zz', level: 'MEMBER' }] }] };
    const parsed = SeedSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['orgs', 0, 'members', 0, 'id']);
  });
});
