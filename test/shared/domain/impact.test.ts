// What a removal or membership change costs a user, before it happens (scenarios.md
// "Removing a member"; platform-api.md §3.5): org routes always go; direct grants and app
// entries go only with the revoke flags and only where the project or app is billed to the org.
import { describe, expect, it } from 'vitest';
import { MembershipSchema, diffUserAccess, removalImpact, sliceAfterMembershipChange, sliceAfterRemoval } from '../../../shared/domain/index';
import type { UserSlice } from '../../../shared/domain/index';

const pid = (n: number) => `project-${'B'.repeat(22)}${String(n).padStart(2, '0')}`;

function slice(): UserSlice {
  return {
    user: 'user-u',
    memberships: [
      MembershipSchema.parse({ org: 'org-lab', user: 'user-u', level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' }),
      MembershipSchema.parse({ org: 'org-other', user: 'user-u', level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'VIEW' }),
    ],
    projects: [
      { id: pid(1), name: 'Alpha', billTo: 'org-lab', permissions: { 'user-u': 'CONTRIBUTE' } },
      { id: pid(2), name: 'Beta', billTo: 'org-other', permissions: { 'user-u': 'VIEW', 'org-lab': 'UPLOAD' } },
      { id: pid(3), name: 'Gamma', billTo: 'org-lab', permissions: { 'org-lab': 'VIEW' } },
      { id: pid(4), name: 'Delta', billTo: 'user-u', permissions: { 'user-u': 'ADMINISTER' } },
      { id: pid(5), name: 'Epsilon', billTo: 'org-lab', permissions: { 'user-u': 'ADMINISTER', PUBLIC: 'VIEW' } },
      { id: pid(6), name: 'Zeta', billTo: 'org-lab', permissions: { 'org-other': 'VIEW' } },
    ],
    apps: [
      { id: 'app-qc', name: 'qc', billTo: 'org-lab', published: true, developers: ['user-z'], authorizedUsers: ['org-lab'] },
      { id: 'app-align', name: 'align', billTo: 'org-lab', published: true, developers: ['user-u'], authorizedUsers: [] },
      { id: 'app-sort', name: 'sort', billTo: 'org-other', published: true, developers: ['user-z'], authorizedUsers: ['user-u'] },
      { id: 'app-trim', name: 'trim', billTo: 'org-lab', published: true, developers: ['user-z'], authorizedUsers: ['user-u'] },
    ],
  };
}

describe('removalImpact', () => {
  it('with both revoke flags (the default): org routes and org-billed direct grants and app entries go', () => {
    expect(removalImpact(slice(), 'org-lab', { revokeProjectPermissions: true, revokeAppPermissions: true })).toEqual({
      projectsLost: [
        { project: pid(1), name: 'Alpha', from: 'CONTRIBUTE', to: 'NONE' },
        { project: pid(2), name: 'Beta', from: 'UPLOAD', to: 'VIEW' },
        { project: pid(5), name: 'Epsilon', from: 'ADMINISTER', to: 'VIEW' },
        { project: pid(3), name: 'Gamma', from: 'VIEW', to: 'NONE' },
      ],
      appsLost: [
        { app: 'app-align', name: 'align' },
        { app: 'app-qc', name: 'qc' },
        { app: 'app-trim', name: 'trim' },
      ],
      directGrantsRevoked: [
        { project: pid(1), name: 'Alpha', level: 'CONTRIBUTE' },
        { project: pid(5), name: 'Epsilon', level: 'ADMINISTER' },
      ],
    });
  });

  it('keeping explicit permissions: only the routes through the org go', () => {
    expect(removalImpact(slice(), 'org-lab', { revokeProjectPermissions: false, revokeAppPermissions: false })).toEqual({
      projectsLost: [
        { project: pid(2), name: 'Beta', from: 'UPLOAD', to: 'VIEW' },
        { project: pid(3), name: 'Gamma', from: 'VIEW', to: 'NONE' },
      ],
      appsLost: [{ app: 'app-qc', name: 'qc' }],
      directGrantsRevoked: [],
    });
  });

  it('the two flags act independently', () => {
    const projectsOnly = removalImpact(slice(), 'org-lab', { revokeProjectPermissions: true, revokeAppPermissions: false });
    expect(projectsOnly.projectsLost.map((p) => p.name)).toEqual(['Alpha', 'Beta', 'Epsilon', 'Gamma']);
    expect(projectsOnly.appsLost.map((a) => a.name)).toEqual(['qc']);
    const appsOnly = removalImpact(slice(), 'org-lab', { revokeProjectPermissions: false, revokeAppPermissions: true });
    expect(appsOnly.projectsLost.map((p) => p.name)).toEqual(['Beta', 'Gamma']);
    expect(appsOnly.appsLost.map((a) => a.name)).toEqual(['align', 'qc', 'trim']);
    expect(appsOnly.directGrantsRevoked).toEqual([]);
  });

  it('removal from the other org honours its own billTo: direct grants on org-lab projects stay', () => {
    expect(removalImpact(slice(), 'org-other', { revokeProjectPermissions: true, revokeAppPermissions: true })).toEqual({
      projectsLost: [{ project: pid(6), name: 'Zeta', from: 'VIEW', to: 'NONE' }],
      appsLost: [{ app: 'app-sort', name: 'sort' }],
      directGrantsRevoked: [{ project: pid(2), name: 'Beta', level: 'VIEW' }],
    });
  });
});

describe('sliceAfterRemoval', () => {
  it('drops the membership and the org-billed direct grants, keeps grants on projects billed elsewhere', () => {
    const after = sliceAfterRemoval(slice(), 'org-lab', { revokeProjectPermissions: true, revokeAppPermissions: true });
    expect(after.memberships.map((m) => m.org)).toEqual(['org-other']);
    expect(after.projects.map((p) => [p.name, p.permissions])).toEqual([
      ['Alpha', {}],
      ['Beta', { 'user-u': 'VIEW', 'org-lab': 'UPLOAD' }],
      ['Gamma', { 'org-lab': 'VIEW' }],
      ['Delta', { 'user-u': 'ADMINISTER' }],
      ['Epsilon', { PUBLIC: 'VIEW' }],
      ['Zeta', { 'org-other': 'VIEW' }],
    ]);
    expect(after.apps.map((a) => [a.name, a.developers, a.authorizedUsers])).toEqual([
      ['qc', ['user-z'], ['org-lab']],
      ['align', [], []],
      ['sort', ['user-z'], ['user-u']],
      ['trim', ['user-z'], []],
    ]);
  });
  it('never mutates the slice it was given', () => {
    const s = slice();
    const before = structuredClone(s);
    sliceAfterRemoval(s, 'org-lab', { revokeProjectPermissions: true, revokeAppPermissions: true });
    expect(s).toEqual(before);
  });
});

describe('diffUserAccess and sliceAfterMembershipChange', () => {
  it('a membership change previews losses and gains', () => {
    const s = slice();
    const lab = s.memberships[0];
    if (!lab) throw new Error('fixture');
    const next = { ...lab, projectAccess: 'VIEW' as const, appAccess: false };
    expect(diffUserAccess(s, sliceAfterMembershipChange(s, next))).toEqual({
      user: 'user-u',
      projects: [{ project: pid(2), name: 'Beta', from: 'UPLOAD', to: 'VIEW' }],
      apps: [{ app: 'app-qc', name: 'qc', from: true, to: false }],
    });
    const raised = { ...lab, level: 'ADMIN' as const, allowBillableActivities: true, projectAccess: 'ADMINISTER' as const };
    const out = diffUserAccess(s, sliceAfterMembershipChange(s, raised));
    expect(out.projects).toEqual([]);
    expect(out.apps).toEqual([]);
  });
  it('projects and apps that appear only afterwards count as gains', () => {
    const s = slice();
    const after: UserSlice = {
      ...s,
      projects: [...s.projects, { id: pid(7), name: 'Eta', billTo: 'org-lab', permissions: { 'org-lab': 'UPLOAD' } }],
      apps: [...s.apps, { id: 'app-new', name: 'new', billTo: 'org-lab', published: true, developers: [], authorizedUsers: ['org-lab'] }],
    };
    expect(diffUserAccess(s, after)).toEqual({
      user: 'user-u',
      projects: [{ project: pid(7), name: 'Eta', from: 'NONE', to: 'UPLOAD' }],
      apps: [{ app: 'app-new', name: 'new', from: false, to: true }],
    });
  });
  it('a project missing afterwards counts as lost', () => {
    const s = slice();
    const out = diffUserAccess(s, { ...s, projects: s.projects.filter((p) => p.name !== 'Delta') });
    expect(out.projects).toEqual([{ project: pid(4), name: 'Delta', from: 'ADMINISTER', to: 'NONE' }]);
  });
});
