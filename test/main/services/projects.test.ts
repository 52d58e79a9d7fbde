// Projects: creation, sharing, settings (PHI one-way, download/preview coupling) and the share
// preview; every edit queued once and rolled back whole on failure.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PROJECT_IDS } from '../../../main/seed/demoSeed';
import { PLATFORM_ID_ALPHABET } from '../../../shared/domain/index';
import { closeAll, demoApp, expectCode, failOutboxInserts, snapshot } from './fixtures';

afterEach(closeAll);

const RES = DEMO_PROJECT_IDS.resources;
const RAW = DEMO_PROJECT_IDS.rawData;

describe('projects.list and get', () => {
  it('lists projects with the acting user level, filtered by query', () => {
    const app = demoApp();
    expect(app.services.projects.list({}).projects.map((p) => [p.name, p.myLevel, p.grantCount])).toEqual([
      ['Raw Data', 'ADMINISTER', 2],
      ['Resources', 'VIEW', 2],
    ]);
    expect(app.services.projects.list({ query: 'raw' }).projects.map((p) => p.id)).toEqual([RAW]);
  });

  it('details grants, capabilities and PHI eligibility; resolves exact names', () => {
    const app = demoApp('user-b');
    const p = app.services.projects.get({ project: 'Resources' });
    expect(p.grants).toEqual([
      { principal: 'org-lab', kind: 'org', name: 'Lab', level: 'VIEW', pending: false },
      { principal: 'user-a', kind: 'user', name: 'Ada Adams', level: 'ADMINISTER', pending: false },
    ]);
    expect(p).toMatchObject({ myLevel: 'VIEW', billToPhiEnabled: false, pendingSettings: [], canAdminister: { allowed: false } });
    expect(p.myCapabilities).toMatchObject({ view: true, upload: false, administer: false });
    expect(expectCode(() => app.services.projects.get({ project: 'resources' }), 'NotFound').details).toEqual({ field: 'project' });
  });
});

describe('projects.create', () => {
  it('creates project-<24 platform chars>, creator ADMINISTER, billed to the creator by default', () => {
    const app = demoApp('user-f');
    const p = app.services.projects.create({ name: 'Scratch' });
    expect(p.id).toMatch(/^project-.{24}$/);
    expect([...p.id.slice(8)].every((c) => PLATFORM_ID_ALPHABET.includes(c))).toBe(true);
    expect(p).toMatchObject({ name: 'Scratch', billTo: 'user-f', myLevel: 'ADMINISTER', pending: true });
    expect(p.grants.map((g) => [g.principal, g.level])).toEqual([['user-f', 'ADMINISTER']]);
    expect(app.services.outbox.list({}).entries).toMatchObject([
      { op: 'project.create', target: `project:${p.id}`, payload: { id: p.id, name: 'Scratch', billTo: 'user-f' }, base: null },
    ]);
  });

  it('checks billing rights and rolls back on failure', () => {
    const app = demoApp('user-b');
    const before = snapshot(app);
    expectCode(() => app.services.projects.create({ name: 'X', billTo: 'org-lab' }), 'PermissionDenied');
    expectCode(() => app.services.projects.create({ name: 'X', billTo: 'org-missing' }), 'NotFound');
    expect(snapshot(app)).toEqual(before);
    app.services.workspace.setActingUser('user-d');
    const asD = snapshot(app);
    failOutboxInserts(app);
    expect(() => app.services.projects.create({ name: 'X', billTo: 'org-lab' })).toThrow(/forced failure/);
    expect(snapshot(app)).toEqual(asD);
  });
});

describe('projects.share / unshare', () => {
  it('shares, changes and revokes grants with their base values', () => {
    const app = demoApp();
    app.services.projects.share({ project: RAW, principal: 'org-lab_new', level: 'VIEW' });
    app.services.projects.share({ project: RAW, principal: 'org-lab', level: 'CONTRIBUTE' });
    const detail = app.services.projects.unshare({ project: 'Raw Data', principal: 'org-lab_new' });
    expect(detail.grants.map((g) => [g.principal, g.level, g.pending])).toEqual([
      ['org-lab', 'CONTRIBUTE', true],
      ['user-d', 'ADMINISTER', false],
    ]);
    expect(app.services.outbox.list({}).entries.map((e) => [e.op, e.target, e.payload, e.base])).toEqual([
      ['project.share', `grant:${RAW}:org-lab_new`, { project: RAW, principal: 'org-lab_new', level: 'VIEW' }, null],
      ['project.share', `grant:${RAW}:org-lab`, { project: RAW, principal: 'org-lab', level: 'CONTRIBUTE' }, { level: 'UPLOAD' }],
      ['project.unshare', `grant:${RAW}:org-lab_new`, { project: RAW, principal: 'org-lab_new' }, { level: 'VIEW' }],
    ]);
  });

  it('lets PUBLIC have VIEW only, resolves users by email, refuses non-administrators', () => {
    const app = demoApp();
    const before = snapshot(app);
    expect(expectCode(() => app.services.projects.share({ project: RAW, principal: 'PUBLIC', level: 'UPLOAD' }), 'InvalidInput').details).toEqual({ field: 'level' });
    expect(expectCode(() => app.services.projects.share({ project: RES, principal: 'user-b', level: 'VIEW' }), 'PermissionDenied').message).toMatch(
      /Only users with ADMINISTER on Resources.*user-d has VIEW/,
    );
    expectCode(() => app.services.projects.unshare({ project: RAW, principal: 'user-b' }), 'NotFound');
    expect(snapshot(app)).toEqual(before);
    expect(app.services.projects.share({ project: RAW, principal: 'public', level: 'VIEW' }).isPublic).toBe(true);
    expect(app.services.projects.share({ project: RAW, principal: 'f@lab.example', level: 'VIEW' }).grants.some((g) => g.principal === 'user-f')).toBe(true);
  });

  it('rolls back a grant on failure mid-transaction', () => {
    const app = demoApp();
    const before = snapshot(app);
    failOutboxInserts(app);
    expect(() => app.services.projects.share({ project: RAW, principal: 'user-f', level: 'VIEW' })).toThrow(/forced failure/);
    expect(() => app.services.projects.unshare({ project: RAW, principal: 'org-lab' })).toThrow(/forced failure/);
    expect(snapshot(app)).toEqual(before);
  });
});

describe('projects.previewShare', () => {
  it('lists who gains or loses', () => {
    const app = demoApp();
    expect(app.services.projects.previewShare({ project: RAW, principal: 'org-lab', level: null }).changes).toEqual([
      { user: 'user-a', name: 'Ada Adams', from: 'UPLOAD', to: 'NONE' },
      { user: 'user-b', name: 'Ben Baker', from: 'UPLOAD', to: 'NONE' },
      { user: 'user-c', name: 'Cleo Carter', from: 'UPLOAD', to: 'NONE' },
      { user: 'user-e', name: 'Eli Evans', from: 'UPLOAD', to: 'NONE' },
    ]);
    expect(app.services.projects.previewShare({ project: RES, principal: 'org-lab', level: 'ADMINISTER' }).changes).toEqual([
      { user: 'user-b', name: 'Ben Baker', from: 'VIEW', to: 'CONTRIBUTE' },
      { user: 'user-c', name: 'Cleo Carter', from: 'VIEW', to: 'CONTRIBUTE' },
      { user: 'user-d', name: 'Dana Diaz', from: 'VIEW', to: 'ADMINISTER' },
      { user: 'user-e', name: 'Eli Evans', from: 'VIEW', to: 'CONTRIBUTE' },
    ]);
    expect(app.services.projects.previewShare({ project: RES, principal: 'PUBLIC', level: 'VIEW' }).changes.map((c) => c.user)).toEqual(['user-f']);
    expect(app.services.outbox.list({}).entries).toEqual([]);
  });
});

describe('projects.updateSettings', () => {
  it('couples downloadRestricted with previewViewerRestricted and records the base', () => {
    const app = demoApp();
    const p = app.services.projects.updateSettings({ project: RAW, settings: { downloadRestricted: true } });
    expect(p.settings).toMatchObject({ downloadRestricted: true, previewViewerRestricted: true });
    expect(p.pendingSettings).toEqual(['downloadRestricted', 'previewViewerRestricted']);
    expect(app.services.outbox.list({}).entries).toMatchObject([
      {
        op: 'project.update',
        target: `project:${RAW}`,
        payload: { project: RAW, settings: { downloadRestricted: true, previewViewerRestricted: true } },
        base: { version: 0, settings: { downloadRestricted: false, previewViewerRestricted: false } },
      },
    ]);
    const err = expectCode(() => app.services.projects.updateSettings({ project: RAW, settings: { downloadRestricted: false } }), 'InvalidInput');
    expect(err.details).toEqual({ field: 'settings.downloadRestricted' });
  });

  it('refuses containsPHI without PHI features, asks for confirmation, never switches it off', () => {
    const app = demoApp();
    const before = snapshot(app);
    expect(expectCode(() => app.services.projects.updateSettings({ project: RAW, settings: { containsPHI: true }, confirmContainsPHI: true }), 'InvalidInput').message).toMatch(
      /PHI features/,
    );
    expect(snapshot(app)).toEqual(before);
    app.db.prepare("UPDATE orgs SET phi_features_enabled = 1 WHERE id = 'org-lab'").run();
    const withPhi = snapshot(app);
    expectCode(() => app.services.projects.updateSettings({ project: RAW, settings: { containsPHI: true } }), 'ConfirmationRequired');
    expect(snapshot(app)).toEqual(withPhi);
    expect(app.services.projects.updateSettings({ project: RAW, settings: { containsPHI: true }, confirmContainsPHI: true }).settings.containsPHI).toBe(true);
    expectCode(() => app.services.projects.updateSettings({ project: RAW, settings: { containsPHI: false } }), 'InvalidInput');
  });

  it('refuses non-administrators and rolls back on failure', () => {
    const app = demoApp();
    const before = snapshot(app);
    expectCode(() => app.services.projects.updateSettings({ project: RES, settings: { protected: true } }), 'PermissionDenied');
    failOutboxInserts(app);
    expect(() => app.services.projects.updateSettings({ project: RAW, settings: { protected: true } })).toThrow(/forced failure/);
    expect(snapshot(app)).toEqual(before);
  });
});
