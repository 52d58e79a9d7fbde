// Diff correctness on constructed histories: each test writes a base state straight into the
// tables, snapshots it, changes one thing, snapshots again and checks the structural and
// effective changes, including the revocations naive diffs miss and the direct grant that
// must stay unaffected when the org route goes.
import { afterEach, describe, expect, it } from 'vitest';
import type { OrgDeskApp } from '../../../../main/app';
import type { Diff, DiffFilters } from '../../../../shared/contract/audit';
import type { Membership } from '../../../../shared/domain/index';
import { DEFAULT_PROJECT_SETTINGS } from '../../../../shared/domain/index';
import { closeAll, emptyApp, expectCode } from '../../services/fixtures';

afterEach(closeAll);

const P1 = 'project-AAAAAAAAAAAAAAAAAAAAAAA1';
const P2 = 'project-AAAAAAAAAAAAAAAAAAAAAAA2';
const APP = 'app-tool';

const member = (org: string, user: string, over: Partial<Membership> = {}): Membership => ({
  org, user, level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE', extra: {}, ...over,
});

/** org-x with u1 (MEMBER), u2 (ADMIN), u3 (MEMBER); u4 outside. P1 shared with org-x at UPLOAD and u1 directly at VIEW; P2 shared with u4. */
function base(): OrgDeskApp {
  const app = emptyApp();
  const r = app.repos;
  app.db.transaction(() => {
    for (const u of ['user-u1', 'user-u2', 'user-u3', 'user-u4']) r.users.upsert({ id: u, email: `${u}@x.example`, first: u.slice(5).toUpperCase(), last: '' });
    r.orgs.insert({ id: 'org-x', name: 'X', phiFeaturesEnabled: false, policies: { memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN' }, extra: {} });
    r.orgs.insert({ id: 'org-y', name: 'Y', phiFeaturesEnabled: false, policies: { memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN' }, extra: {} });
    r.memberships.insert(member('org-x', 'user-u1'));
    r.memberships.insert(member('org-x', 'user-u2', { level: 'ADMIN', allowBillableActivities: true, projectAccess: 'ADMINISTER' }));
    r.memberships.insert(member('org-x', 'user-u3'));
    r.projects.insert({ id: P1, name: 'One', billTo: 'org-x', version: 1, settings: DEFAULT_PROJECT_SETTINGS, permissions: { 'org-x': 'UPLOAD', 'user-u1': 'VIEW' }, extra: {} });
    r.projects.insert({ id: P2, name: 'Two', billTo: 'org-y', version: 1, settings: DEFAULT_PROJECT_SETTINGS, permissions: { 'user-u4': 'ADMINISTER' }, extra: {} });
    r.apps.insert({ id: APP, name: 'tool', published: true, billTo: 'org-x', developers: ['user-u4'], authorizedUsers: ['org-x'], extra: {} });
  })();
  return app;
}

function around(app: OrgDeskApp, change: () => void, filters: DiffFilters = {}): Diff {
  const a = app.services.snapshots.take({});
  app.db.transaction(change)();
  const b = app.services.snapshots.take({});
  return app.services.snapshots.diff({ from: a.id, to: b.id, filters });
}

const effects = (d: Diff) => d.effective.map((e) => `${e.user} ${e.projectName} ${e.change} ${e.before}->${e.after}`);
const appEffects = (d: Diff) => d.apps.map((e) => `${e.user} ${e.appName} ${e.change}`);

describe('memberships', () => {
  it('removal revokes every project reached only via the org; a remaining direct grant leaves the pair at its level', () => {
    const app = base();
    const d = around(app, () => {
      app.repos.memberships.remove('org-x', 'user-u1');
      app.repos.memberships.remove('org-x', 'user-u3');
    });
    expect(d.structural.map((s) => `${s.kind} ${s.change} ${s.key}`)).toEqual(['membership removed member:org-x:user-u1', 'membership removed member:org-x:user-u3']);
    // u1 keeps VIEW by direct grant: lowered from UPLOAD, not revoked; u3 had only the org route.
    expect(effects(d)).toEqual(['user-u1 One lowered UPLOAD->VIEW', 'user-u3 One revoked UPLOAD->NONE']);
    const u1 = d.effective[0];
    expect(u1?.routesAfter).toEqual([expect.objectContaining({ kind: 'direct', level: 'VIEW', winning: true })]);
    expect(u1?.cause).toMatchObject({ kind: 'org', org: 'org-x', level: 'UPLOAD' });
    expect(appEffects(d)).toEqual(['user-u1 tool revoked', 'user-u3 tool revoked']);
  });

  it('a removal where the direct grant is at least the org route shows no effective change', () => {
    const app = base();
    app.db.transaction(() => app.repos.projects.setGrant(P1, 'user-u1', 'CONTRIBUTE'))();
    const d = around(app, () => app.repos.memberships.remove('org-x', 'user-u1'), { project: 'One' });
    expect(d.structural).toEqual([]);
    expect(d.effective).toEqual([]);
    const all = app.services.snapshots.diff({ from: 1, to: 2, filters: { user: 'user-u1' } });
    expect(all.structural.map((s) => s.key)).toEqual(['member:org-x:user-u1']);
    expect(effects(all)).toEqual([]);
    expect(appEffects(all)).toEqual(['user-u1 tool revoked']);
  });

  it('an addition grants, a projectAccess cut lowers, a promotion raises to the org grant', () => {
    const app = base();
    const d = around(app, () => {
      app.repos.memberships.insert(member('org-x', 'user-u4', { appAccess: false }));
      app.repos.memberships.update(member('org-x', 'user-u3', { projectAccess: 'VIEW' }));
    });
    expect(effects(d)).toEqual(['user-u3 One lowered UPLOAD->VIEW', 'user-u4 One granted NONE->UPLOAD']);
    expect(d.effective[0]?.routesAfter[0]).toMatchObject({ kind: 'org', capped: true, cap: 'VIEW', level: 'VIEW' });
    expect(d.effective[0]?.causeSummary).toContain('projectAccess CONTRIBUTE → VIEW');
    // u4 joined with appAccess off: still runs tool as its developer, so no app change.
    expect(appEffects(d)).toEqual([]);
    expect(d.structural.find((s) => s.key === 'member:org-x:user-u3')?.fields).toEqual([{ field: 'projectAccess', label: 'projectAccess', before: 'CONTRIBUTE', after: 'VIEW' }]);
  });

  it('appAccess off loses the app via the org and nothing else', () => {
    const app = base();
    const d = around(app, () => app.repos.memberships.update(member('org-x', 'user-u3', { appAccess: false })));
    expect(effects(d)).toEqual([]);
    expect(appEffects(d)).toEqual(['user-u3 tool revoked']);
    expect(d.apps[0]?.routesAfter).toEqual([expect.objectContaining({ kind: 'org', blockedByAppAccess: true, grants: false })]);
  });
});

describe('grants, PUBLIC and settings', () => {
  it('an org grant change reaches every member, capped per member', () => {
    const app = base();
    const d = around(app, () => app.repos.projects.setGrant(P1, 'org-x', 'ADMINISTER'));
    expect(d.structural.map((s) => s.summary)).toEqual(['One: org-x UPLOAD → ADMINISTER']);
    expect(effects(d)).toEqual(['user-u1 One raised UPLOAD->CONTRIBUTE', 'user-u2 One raised UPLOAD->ADMINISTER', 'user-u3 One raised UPLOAD->CONTRIBUTE']);
    const admins = app.services.snapshots.diff({ from: 1, to: 2, filters: { gained: 'ADMINISTER' } });
    expect(effects(admins)).toEqual(['user-u2 One raised UPLOAD->ADMINISTER']);
    expect(admins.structural.map((s) => s.key)).toEqual([`grant:${P1}:org-x`]);
  });

  it('removing the org grant revokes members, but the direct grantee keeps VIEW', () => {
    const app = base();
    const d = around(app, () => app.repos.projects.removeGrant(P1, 'org-x'));
    expect(effects(d)).toEqual(['user-u1 One lowered UPLOAD->VIEW', 'user-u2 One revoked UPLOAD->NONE', 'user-u3 One revoked UPLOAD->NONE']);
    expect(d.effective[1]?.causeSummary).toBe('lost UPLOAD via org-x (org grants UPLOAD, ADMIN, cap ADMINISTER): grant to org-x removed (was UPLOAD)');
  });

  it('PUBLIC grants VIEW to everyone without better access, and its removal revokes it', () => {
    const app = base();
    const d = around(app, () => app.repos.projects.setGrant(P2, 'PUBLIC', 'VIEW'));
    expect(effects(d)).toEqual(['user-u1 Two granted NONE->VIEW', 'user-u2 Two granted NONE->VIEW', 'user-u3 Two granted NONE->VIEW']);
    expect(d.effective[0]?.cause).toMatchObject({ kind: 'public' });
    const back = around(app, () => app.repos.projects.removeGrant(P2, 'PUBLIC'));
    expect(effects(back)).toEqual(['user-u1 Two revoked VIEW->NONE', 'user-u2 Two revoked VIEW->NONE', 'user-u3 Two revoked VIEW->NONE']);
  });

  it('a Download access flip is a settings change and a capabilities change; "gained download" finds the reverse', () => {
    const app = base();
    const on = { ...DEFAULT_PROJECT_SETTINGS, downloadRestricted: true, previewViewerRestricted: true };
    const d = around(app, () => app.repos.projects.updateSettings(P1, on));
    expect(d.structural.map((s) => s.summary)).toEqual(['One: Download access (downloadRestricted) All members → No one', 'One: previewViewerRestricted false → true']);
    expect(d.structural.every((s) => s.kind === 'settings')).toBe(true);
    expect(d.effective.map((e) => [e.user, e.change, e.capabilitiesLost])).toEqual([
      ['user-u1', 'capabilities', ['download']],
      ['user-u2', 'capabilities', ['download']],
      ['user-u3', 'capabilities', ['download']],
    ]);
    const off = around(app, () => app.repos.projects.updateSettings(P1, DEFAULT_PROJECT_SETTINGS), { gained: 'download' });
    expect(off.effective.map((e) => e.user)).toEqual(['user-u1', 'user-u2', 'user-u3']);
    expect(off.structural.map((s) => s.kind)).toEqual(['settings', 'settings']);
    expect(around(app, () => undefined, { gained: 'download' }).effective).toEqual([]);
  });

  it('app authorization removal revokes org members; the developer keeps running it', () => {
    const app = base();
    const d = around(app, () => app.repos.apps.removeAuthorized(APP, 'org-x'));
    expect(d.structural.map((s) => s.summary)).toEqual(['org-x no longer authorized for tool']);
    expect(appEffects(d)).toEqual(['user-u1 tool revoked', 'user-u2 tool revoked', 'user-u3 tool revoked']);
    expect(d.apps[0]?.causedBy).toEqual([`appauth:${APP}:org-x`]);
  });
});

describe('identity, filters and errors', () => {
  it('identical states: same hash, no stored changes, an empty diff', () => {
    const app = base();
    const d = around(app, () => {
      // Rewrite the same rows in another order: the state, and so the hash, is unchanged.
      app.repos.projects.removeGrant(P1, 'user-u1');
      app.repos.projects.setGrant(P1, 'user-u1', 'VIEW');
    });
    const [s1, s2] = app.services.snapshots.list().snapshots;
    expect(s2?.hash).toBe(s1?.hash);
    expect(s2?.changeCount).toBe(0);
    expect(d).toMatchObject({ identical: true, structural: [], effective: [], apps: [] });
  });

  it('filters by user, org, project and kind; unknown references fail naming the field', () => {
    const app = base();
    around(app, () => {
      app.repos.memberships.remove('org-x', 'user-u3');
      app.repos.projects.setGrant(P2, 'user-u1', 'VIEW');
    });
    const diff = (filters: DiffFilters) => app.services.snapshots.diff({ from: 1, to: 2, filters });
    expect(effects(diff({ user: 'user-u1@x.example' }))).toEqual(['user-u1 Two granted NONE->VIEW']);
    expect(effects(diff({ org: 'org-x' }))).toEqual(['user-u3 One revoked UPLOAD->NONE']);
    expect(effects(diff({ project: P2 }))).toEqual(['user-u1 Two granted NONE->VIEW']);
    const revoked = diff({ kinds: ['revoked'] });
    expect([revoked.structural.length, effects(revoked), appEffects(revoked)]).toEqual([0, ['user-u3 One revoked UPLOAD->NONE'], ['user-u3 tool revoked']]);
    expect(diff({ kinds: ['grant'] }).structural.map((s) => s.kind)).toEqual(['grant']);
    expect(expectCode(() => diff({ user: 'user-nobody' }), 'NotFound').details).toEqual({ field: 'user' });
    expect(expectCode(() => diff({ project: 'Nope' }), 'NotFound').message).toMatch(/^project:/);
    expectCode(() => app.services.snapshots.diff({ from: 1, to: 9, filters: {} }), 'NotFound');
  });

  it('diff to now sees edits not yet snapshotted', () => {
    const app = base();
    const s = app.services.snapshots.take({});
    app.db.transaction(() => app.repos.memberships.remove('org-x', 'user-u2'))();
    const d = app.services.snapshots.diff({ from: s.id, to: 'now', filters: {} });
    expect(d.to).toMatchObject({ kind: 'now', id: null });
    expect(effects(d)).toEqual(['user-u2 One revoked UPLOAD->NONE']);
  });
});
