// scenarios.md Examples 1 and 2, built step by step in a small world and checked against the
// expected tables written out literally from the document.
import { describe, expect, it } from 'vitest';
import { canRunApp, describeRoute, explainAccess, explainAppAccess, mayBillTo, maySeePrices, removalImpact, sliceAfterMembershipChange, diffUserAccess } from '../../../shared/domain/index';
import type { Level } from '../../../shared/domain/index';
import { example1, example2 } from '../fixtures/scenarioWorld';
import type { WorldBuilder } from '../fixtures/scenarioWorld';

type Row = { Resources: Level; 'Raw Data': Level; qc: boolean };

function accessTable(w: WorldBuilder, users: string[]): Record<string, Row> {
  const out: Record<string, Row> = {};
  for (const u of users) {
    const ms = w.membershipsOf(u);
    out[u] = {
      Resources: explainAccess(u, w.project('Resources').permissions, ms).level,
      'Raw Data': explainAccess(u, w.project('Raw Data').permissions, ms).level,
      qc: canRunApp(u, w.app('qc'), ms),
    };
  }
  return out;
}

function winning(w: WorldBuilder, user: string, project: string): string {
  const route = explainAccess(user, w.project(project).permissions, w.membershipsOf(user)).routes.find((r) => r.winning);
  return route ? describeRoute(route) : 'none';
}

const USERS_1 = ['user-a', 'user-b', 'user-c', 'user-d'];
const REMOVE_DEFAULT = { revokeProjectPermissions: true, revokeAppPermissions: true };

describe('Example 1: orgs and sharing', () => {
  it('has the expected effective access table', () => {
    expect(accessTable(example1(), USERS_1)).toEqual({
      'user-a': { Resources: 'ADMINISTER', 'Raw Data': 'UPLOAD', qc: true },
      'user-b': { Resources: 'VIEW', 'Raw Data': 'UPLOAD', qc: true },
      'user-c': { Resources: 'VIEW', 'Raw Data': 'UPLOAD', qc: true },
      'user-d': { Resources: 'VIEW', 'Raw Data': 'ADMINISTER', qc: true },
    });
  });

  it('each cell wins by the route the table names', () => {
    const w = example1();
    expect(winning(w, 'user-a', 'Resources')).toBe('ADMINISTER by direct grant');
    expect(winning(w, 'user-a', 'Raw Data')).toBe('UPLOAD via org-lab (org grants UPLOAD, ADMIN, cap ADMINISTER)');
    expect(winning(w, 'user-b', 'Resources')).toBe('VIEW via org-lab (org grants VIEW, MEMBER, cap CONTRIBUTE)');
    expect(winning(w, 'user-b', 'Raw Data')).toBe('UPLOAD via org-lab (org grants UPLOAD, MEMBER, cap CONTRIBUTE)');
    expect(winning(w, 'user-c', 'Resources')).toBe('VIEW via org-lab (org grants VIEW, MEMBER, cap CONTRIBUTE)');
    expect(winning(w, 'user-d', 'Resources')).toBe('VIEW via org-lab (org grants VIEW, ADMIN, cap ADMINISTER)');
    expect(winning(w, 'user-d', 'Raw Data')).toBe('ADMINISTER by direct grant');
  });

  it('user-a also reaches Resources through org-lab, but the direct grant wins', () => {
    const w = example1();
    const e = explainAccess('user-a', w.project('Resources').permissions, w.membershipsOf('user-a'));
    expect(e.routes.map((r) => [r.kind, r.level, r.winning])).toEqual([
      ['direct', 'ADMINISTER', true],
      ['org', 'VIEW', false],
    ]);
  });

  it('qc: user-a runs it via org-lab, user-d as developer', () => {
    const w = example1();
    const qc = w.app('qc');
    expect(explainAppAccess('user-a', qc, w.membershipsOf('user-a')).routes).toEqual([{ kind: 'org', org: 'org-lab', grants: true }]);
    expect(explainAppAccess('user-d', qc, w.membershipsOf('user-d')).routes[0]).toEqual({ kind: 'developer', grants: true });
  });

  it('step 5: the removal preview lists exactly user-c\'s losses', () => {
    const w = example1();
    const impact = removalImpact(w.sliceFor('user-c'), 'org-lab', REMOVE_DEFAULT);
    expect(impact).toEqual({
      projectsLost: [
        { project: w.project('Raw Data').id, name: 'Raw Data', from: 'UPLOAD', to: 'NONE' },
        { project: w.project('Resources').id, name: 'Resources', from: 'VIEW', to: 'NONE' },
      ],
      appsLost: [{ app: 'app-qc', name: 'qc' }],
      directGrantsRevoked: [],
    });
  });

  it('step 5: after removal user-c has NONE and no qc; nobody else changes', () => {
    const w = example1().removeMember('org-lab', 'user-c', REMOVE_DEFAULT);
    expect(accessTable(w, USERS_1)).toEqual({
      'user-a': { Resources: 'ADMINISTER', 'Raw Data': 'UPLOAD', qc: true },
      'user-b': { Resources: 'VIEW', 'Raw Data': 'UPLOAD', qc: true },
      'user-c': { Resources: 'NONE', 'Raw Data': 'NONE', qc: false },
      'user-d': { Resources: 'VIEW', 'Raw Data': 'ADMINISTER', qc: true },
    });
  });

  it('step 6: user-b with projectAccess NONE loses both projects and keeps qc', () => {
    const w = example1();
    const before = w.sliceFor('user-b');
    w.setMember('org-lab', 'user-b', { projectAccess: 'NONE' });
    expect(w.membership('org-lab', 'user-b')).toMatchObject({ level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'NONE' });
    expect(accessTable(w, ['user-b'])).toEqual({ 'user-b': { Resources: 'NONE', 'Raw Data': 'NONE', qc: true } });
    const changed = w.membership('org-lab', 'user-b');
    if (!changed) throw new Error('membership vanished');
    expect(diffUserAccess(before, sliceAfterMembershipChange(before, changed))).toEqual({
      user: 'user-b',
      projects: [
        { project: w.project('Raw Data').id, name: 'Raw Data', from: 'UPLOAD', to: 'NONE' },
        { project: w.project('Resources').id, name: 'Resources', from: 'VIEW', to: 'NONE' },
      ],
      apps: [],
    });
  });

  it('step 6: user-b with appAccess false loses qc', () => {
    const w = example1();
    w.setMember('org-lab', 'user-b', { projectAccess: 'NONE' });
    w.setMember('org-lab', 'user-b', { appAccess: false });
    expect(accessTable(w, ['user-b'])).toEqual({ 'user-b': { Resources: 'NONE', 'Raw Data': 'NONE', qc: false } });
    const w2 = example1();
    w2.setMember('org-lab', 'user-b', { appAccess: false });
    expect(accessTable(w2, ['user-b'])).toEqual({ 'user-b': { Resources: 'VIEW', 'Raw Data': 'UPLOAD', qc: false } });
  });
});

type Cell = { level: 'ADMIN' | 'MEMBER'; allowBillableActivities: boolean; appAccess: boolean; projectAccess: Level };

function matrix(w: WorldBuilder): Record<string, Record<string, Cell>> {
  const out: Record<string, Record<string, Cell>> = {};
  for (const u of w.world.users) {
    const row: Record<string, Cell> = {};
    for (const m of w.membershipsOf(u.id)) {
      row[m.org] = { level: m.level, allowBillableActivities: m.allowBillableActivities, appAccess: m.appAccess, projectAccess: m.projectAccess };
    }
    out[u.id] = row;
  }
  return out;
}

const ADMIN: Cell = { level: 'ADMIN', allowBillableActivities: true, appAccess: true, projectAccess: 'ADMINISTER' };
const MEMBER: Cell = { level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' };
const BILLABLE: Cell = { ...MEMBER, allowBillableActivities: true };

describe('Example 2: multiple orgs', () => {
  it('has the expected membership matrix', () => {
    expect(matrix(example2())).toEqual({
      'user-a': { 'org-lab': ADMIN },
      'user-b': { 'org-lab': MEMBER },
      'user-c': { 'org-lab': MEMBER },
      'user-d': { 'org-lab': ADMIN, 'org-lab_new': ADMIN },
      'user-e': { 'org-lab': BILLABLE, 'org-lab_new': BILLABLE },
      'user-f': { 'org-lab_new': MEMBER },
    });
  });

  it('user-e may bill to either org and sees prices of both', () => {
    const w = example2();
    for (const org of ['org-lab', 'org-lab_new']) {
      expect(mayBillTo('user-e', org, w.membership(org, 'user-e'))).toEqual({ allowed: true });
      expect(maySeePrices('user-e', org, w.membership(org, 'user-e'))).toEqual({ allowed: true });
    }
  });

  it('user-f may bill to neither org and sees no prices', () => {
    const w = example2();
    for (const org of ['org-lab', 'org-lab_new']) {
      expect(mayBillTo('user-f', org, w.membership(org, 'user-f')).allowed).toBe(false);
      expect(maySeePrices('user-f', org, w.membership(org, 'user-f')).allowed).toBe(false);
    }
    expect(mayBillTo('user-f', 'user-f', undefined)).toEqual({ allowed: true });
  });

  it('removing user-e from org-lab leaves the org-lab_new row intact', () => {
    const w = example2();
    const preview = removalImpact(w.sliceFor('user-e'), 'org-lab', REMOVE_DEFAULT);
    expect(preview).toEqual({
      projectsLost: [
        { project: w.project('Raw Data').id, name: 'Raw Data', from: 'UPLOAD', to: 'NONE' },
        { project: w.project('Resources').id, name: 'Resources', from: 'VIEW', to: 'NONE' },
      ],
      appsLost: [{ app: 'app-qc', name: 'qc' }],
      directGrantsRevoked: [],
    });
    w.removeMember('org-lab', 'user-e', REMOVE_DEFAULT);
    expect(matrix(w)).toEqual({
      'user-a': { 'org-lab': ADMIN },
      'user-b': { 'org-lab': MEMBER },
      'user-c': { 'org-lab': MEMBER },
      'user-d': { 'org-lab': ADMIN, 'org-lab_new': ADMIN },
      'user-e': { 'org-lab_new': BILLABLE },
      'user-f': { 'org-lab_new': MEMBER },
    });
    expect(mayBillTo('user-e', 'org-lab_new', w.membership('org-lab_new', 'user-e'))).toEqual({ allowed: true });
    expect(mayBillTo('user-e', 'org-lab', w.membership('org-lab', 'user-e')).allowed).toBe(false);
  });

  it('Example 1 access is unchanged by Example 2, and the new users reach what org-lab gives', () => {
    expect(accessTable(example2(), ['user-a', 'user-b', 'user-c', 'user-d', 'user-e', 'user-f'])).toEqual({
      'user-a': { Resources: 'ADMINISTER', 'Raw Data': 'UPLOAD', qc: true },
      'user-b': { Resources: 'VIEW', 'Raw Data': 'UPLOAD', qc: true },
      'user-c': { Resources: 'VIEW', 'Raw Data': 'UPLOAD', qc: true },
      'user-d': { Resources: 'VIEW', 'Raw Data': 'ADMINISTER', qc: true },
      'user-e': { Resources: 'VIEW', 'Raw Data': 'UPLOAD', qc: true },
      'user-f': { Resources: 'NONE', 'Raw Data': 'NONE', qc: false },
    });
  });
});
