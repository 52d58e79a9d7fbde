// Random small workspaces as the heatmap's snapshot rows, for property tests against the
// domain's explainAccess. Org names are chosen so ID order and localeCompare order differ.
import fc from 'fast-check';
import type { GrantLevel, Level } from '../../../shared/domain/index';
import { LEVELS } from '../../../shared/domain/index';
import { buildSnapshot } from '../../../main/heatmap/snapshot';
import type { Snapshot } from '../../../main/heatmap/snapshot';

export const USERS = ['user-a', 'user-b', 'user-c', 'user-d', 'user-e'] as const;
export const ORGS = ['org-lab', 'org-lab_new', 'org-lab2', 'org-a.b'] as const;
const GRANTS: readonly GrantLevel[] = ['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'];
const PRINCIPALS = [...USERS, ...ORGS, 'PUBLIC'] as const;

export interface World {
  users: Array<[string, string, string, string]>;
  orgs: Array<[string, string]>;
  projects: Array<[string, string, string]>;
  memberships: Array<[string, string, 'ADMIN' | 'MEMBER', Level]>;
  grants: Array<[string, string, GrantLevel]>;
}

export const worldArb: fc.Arbitrary<World> = fc
  .record({
    knownUsers: fc.subarray([...USERS], { minLength: 0 }),
    memberships: fc.uniqueArray(
      fc.tuple(fc.constantFrom(...ORGS), fc.constantFrom(...USERS), fc.constantFrom<'ADMIN' | 'MEMBER'>('ADMIN', 'MEMBER'), fc.constantFrom<Level>(...LEVELS)),
      { maxLength: 14, selector: (m) => `${m[0]}:${m[1]}` },
    ),
    projects: fc.array(
      fc.record({
        billTo: fc.constantFrom<string>(...ORGS, 'user-a'),
        grants: fc.uniqueArray(fc.tuple(fc.constantFrom(...PRINCIPALS), fc.constantFrom(...GRANTS)), { maxLength: 6, selector: (g) => g[0] }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ knownUsers, memberships, projects }) => ({
    users: knownUsers.map((u): [string, string, string, string] => [u, u.slice(5).toUpperCase(), 'Tester', `${u.slice(5)}@x.example`]),
    orgs: ORGS.map((o): [string, string] => [o, `Org ${o.slice(4)}`]),
    projects: projects.map((p, i): [string, string, string] => [`project-${'B'.repeat(23)}${i}`, `P${i}`, p.billTo]),
    memberships,
    grants: projects.flatMap((p, i) =>
      p.grants.map(([principal, level]): [string, string, GrantLevel] => [`project-${'B'.repeat(23)}${i}`, principal === 'PUBLIC' ? 'PUBLIC' : principal, level]),
    ),
  }));

export function snapshotOf(w: World): Snapshot {
  return buildSnapshot(w.users, w.orgs, w.projects, w.memberships, w.grants);
}
