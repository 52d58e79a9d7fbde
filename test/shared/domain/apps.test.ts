// Who may run an app (scenarios.md "Apps"; platform-api.md §6): PUBLIC, a direct
// authorization, developers, and authorized orgs whose member has appAccess.
import { describe, expect, it } from 'vitest';
import { canRunApp, explainAppAccess, isAppDeveloper } from '../../../shared/domain/index';
import type { AppFacts } from '../../../shared/domain/index';

const app = (over: Partial<AppFacts> = {}): AppFacts => ({
  id: 'app-qc',
  published: true,
  developers: ['user-dev'],
  authorizedUsers: [],
  ...over,
});
const inLab = (appAccess: boolean) => [{ org: 'org-lab', appAccess }];

describe('published apps', () => {
  it('nobody outside the lists may run it', () => {
    expect(explainAppAccess('user-u', app(), [])).toEqual({ allowed: false, routes: [] });
  });
  it('PUBLIC lets anyone run it', () => {
    expect(explainAppAccess('user-u', app({ authorizedUsers: ['PUBLIC'] }), [])).toEqual({
      allowed: true,
      routes: [{ kind: 'public', grants: true }],
    });
  });
  it('a user in authorizedUsers may run it', () => {
    expect(explainAppAccess('user-u', app({ authorizedUsers: ['user-u'] }), [])).toEqual({
      allowed: true,
      routes: [{ kind: 'authorized', grants: true }],
    });
  });
  it('a developer may run it', () => {
    expect(explainAppAccess('user-dev', app(), [])).toEqual({ allowed: true, routes: [{ kind: 'developer', grants: true }] });
  });
  it('a member of an authorized org with appAccess may run it', () => {
    expect(explainAppAccess('user-u', app({ authorizedUsers: ['org-lab'] }), inLab(true))).toEqual({
      allowed: true,
      routes: [{ kind: 'org', org: 'org-lab', grants: true }],
    });
  });
  it('appAccess false: the org route is shown but blocked', () => {
    expect(explainAppAccess('user-u', app({ authorizedUsers: ['org-lab'] }), inLab(false))).toEqual({
      allowed: false,
      routes: [{ kind: 'org', org: 'org-lab', blockedByAppAccess: true, grants: false }],
    });
  });
  it('appAccess false does not take away a direct authorization or PUBLIC', () => {
    expect(canRunApp('user-u', app({ authorizedUsers: ['org-lab', 'user-u'] }), inLab(false))).toBe(true);
    expect(canRunApp('user-u', app({ authorizedUsers: ['org-lab', 'PUBLIC'] }), inLab(false))).toBe(true);
  });
  it('membership of an org that is not authorized gives nothing', () => {
    expect(canRunApp('user-u', app({ authorizedUsers: ['org-other'] }), inLab(true))).toBe(false);
  });
  it('a developer org lets its members with appAccess run it', () => {
    expect(canRunApp('user-u', app({ developers: ['org-lab'] }), inLab(true))).toBe(true);
    expect(canRunApp('user-u', app({ developers: ['org-lab'] }), inLab(false))).toBe(false);
  });
});

describe('unpublished apps: developers only', () => {
  const draft = (authorizedUsers: string[]) => app({ published: false, authorizedUsers });
  it('a developer may run it', () => {
    expect(canRunApp('user-dev', draft([]), [])).toBe(true);
  });
  it('authorized users, authorized orgs and PUBLIC may not', () => {
    expect(explainAppAccess('user-u', draft(['user-u']), [])).toEqual({
      allowed: false,
      routes: [{ kind: 'authorized', blockedUnpublished: true, grants: false }],
    });
    expect(canRunApp('user-u', draft(['PUBLIC']), [])).toBe(false);
    expect(canRunApp('user-u', draft(['org-lab']), inLab(true))).toBe(false);
  });
});

describe('isAppDeveloper', () => {
  it('direct developers and members of a developer org', () => {
    expect(isAppDeveloper('user-dev', app(), [])).toBe(true);
    expect(isAppDeveloper('user-u', app({ developers: ['org-lab'] }), [{ org: 'org-lab' }])).toBe(true);
  });
  it('authorized users and members of authorized orgs are not developers', () => {
    expect(isAppDeveloper('user-u', app({ authorizedUsers: ['user-u', 'org-lab'] }), [{ org: 'org-lab' }])).toBe(false);
  });
});
