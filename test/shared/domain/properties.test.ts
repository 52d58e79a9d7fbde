// Property tests of the access rules over random small worlds. The oracle below is the
// formula of scenarios.md "Effective project access" written independently of access.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_SETTINGS, LEVELS, canRunApp, capabilities, effectiveLevel, explainAccess, removalImpact } from '../../../shared/domain/index';
import type { App, GrantLevel, Level, Membership, Permissions, Project, UserSlice } from '../../../shared/domain/index';

const USERS = ['user-a', 'user-b', 'user-c'] as const;
const ORGS = ['org-x', 'org-y'] as const;
const PRINCIPALS = [...USERS, ...ORGS, 'PUBLIC'] as const;
const GRANTS: readonly GrantLevel[] = ['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'];
const rank = (l: Level): number => ['NONE', 'VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'].indexOf(l);

interface World {
  memberships: Membership[];
  projects: Project[];
  apps: App[];
}

const levelArb = fc.constantFrom<Level>(...LEVELS);
const grantArb = fc.constantFrom<GrantLevel>(...GRANTS);
const permissionsArb: fc.Arbitrary<Permissions> = fc.record(
  Object.fromEntries(PRINCIPALS.map((p) => [p, grantArb])) as Record<(typeof PRINCIPALS)[number], fc.Arbitrary<GrantLevel>>,
  { requiredKeys: [] },
) as fc.Arbitrary<Permissions>;

/** At most one membership per (org, user), as on the platform. */
const membershipsArb: fc.Arbitrary<Membership[]> = fc
  .uniqueArray(
    fc.record({
      user: fc.constantFrom(...USERS),
      org: fc.constantFrom(...ORGS),
      level: fc.constantFrom<'ADMIN' | 'MEMBER'>('ADMIN', 'MEMBER'),
      allowBillableActivities: fc.boolean(),
      appAccess: fc.boolean(),
      projectAccess: levelArb,
    }),
    { maxLength: 6, selector: (m) => `${m.org}:${m.user}` },
  )
  .map((ms) => ms.map((m) => ({ ...m, extra: {} })));

const projectsArb: fc.Arbitrary<Project[]> = fc
  .array(fc.record({ billTo: fc.constantFrom<string>(...ORGS, 'user-a'), permissions: permissionsArb }), { minLength: 1, maxLength: 3 })
  .map((ps) =>
    ps.map((p, i) => ({
      id: `project-${'B'.repeat(23)}${i}`,
      name: `P${i}`,
      billTo: p.billTo,
      permissions: p.permissions,
      settings: { ...DEFAULT_PROJECT_SETTINGS },
      version: 0,
    })),
  );

const appsArb: fc.Arbitrary<App[]> = fc
  .array(
    fc.record({
      billTo: fc.constantFrom<string>(...ORGS),
      published: fc.boolean(),
      developers: fc.subarray([...USERS, ...ORGS]),
      authorizedUsers: fc.subarray([...PRINCIPALS]),
    }),
    { maxLength: 2 },
  )
  .map((as) => as.map((a, i) => ({ ...a, id: `app-a${i}`, name: `a${i}` })));

const worldArb: fc.Arbitrary<World> = fc.record({ memberships: membershipsArb, projects: projectsArb, apps: appsArb });

/** scenarios.md, literally: max(direct, min(grant, cap) per org the user is in, VIEW if PUBLIC). */
function oracle(user: string, perms: Permissions, memberships: readonly Membership[]): Level {
  let best = rank(perms[user] ?? 'NONE');
  for (const m of memberships) {
    const granted = perms[m.org];
    if (m.user !== user || !granted) continue;
    const cap = m.level === 'ADMIN' ? 'ADMINISTER' : m.projectAccess;
    best = Math.max(best, Math.min(rank(granted), rank(cap)));
  }
  if (perms.PUBLIC) best = Math.max(best, rank('VIEW'));
  return (['NONE', 'VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'] as const)[best] ?? 'NONE';
}

const of = (w: World, user: string) => w.memberships.filter((m) => m.user === user);

/** removeMember per platform-api.md §3.5, written here independently of impact.ts. */
function removeMember(w: World, user: string, org: string, revokeProjects: boolean, revokeApps: boolean): World {
  const next = structuredClone(w);
  next.memberships = next.memberships.filter((m) => !(m.user === user && m.org === org));
  if (revokeProjects) for (const p of next.projects) if (p.billTo === org) delete p.permissions[user];
  if (revokeApps) {
    for (const a of next.apps) {
      if (a.billTo !== org) continue;
      a.developers = a.developers.filter((d) => d !== user);
      a.authorizedUsers = a.authorizedUsers.filter((d) => d !== user);
    }
  }
  return next;
}

describe('effective access', () => {
  it('equals the scenarios.md formula and the max of its routes\' levels', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        for (const p of w.projects) {
          for (const u of USERS) {
            const e = explainAccess(u, p.permissions, of(w, u));
            expect(e.level).toBe(oracle(u, p.permissions, w.memberships));
            // The allocation-free path used by whole-workspace passes agrees with the explanation.
            expect(effectiveLevel(u, p.permissions, of(w, u))).toBe(e.level);
            const max = e.routes.reduce((acc, r) => Math.max(acc, rank(r.level)), 0);
            expect(rank(e.level)).toBe(max);
          }
        }
      }),
    );
  });

  it('the winning route\'s level is the effective level; exactly one winner iff level > NONE', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        for (const p of w.projects) {
          for (const u of USERS) {
            const e = explainAccess(u, p.permissions, of(w, u));
            const winners = e.routes.filter((r) => r.winning);
            if (e.level === 'NONE') {
              expect(winners).toHaveLength(0);
            } else {
              expect(winners).toHaveLength(1);
              expect(winners[0]?.level).toBe(e.level);
            }
          }
        }
      }),
    );
  });
});

describe('monotonicity', () => {
  const removalArb = fc.record({
    world: worldArb,
    user: fc.constantFrom(...USERS),
    org: fc.constantFrom(...ORGS),
    revokeProjects: fc.boolean(),
    revokeApps: fc.boolean(),
  });

  it('removing a membership never raises anyone\'s project or app access', () => {
    fc.assert(
      fc.property(removalArb, ({ world, user, org, revokeProjects, revokeApps }) => {
        const after = removeMember(world, user, org, revokeProjects, revokeApps);
        for (const u of USERS) {
          for (const [i, p] of world.projects.entries()) {
            const q = after.projects[i];
            if (!q) throw new Error('project vanished');
            const before = explainAccess(u, p.permissions, of(world, u)).level;
            const now = explainAccess(u, q.permissions, of(after, u)).level;
            expect(rank(now)).toBeLessThanOrEqual(rank(before));
            if (u !== user) expect(now).toBe(before);
          }
          for (const [i, a] of world.apps.entries()) {
            const b = after.apps[i];
            if (!b) throw new Error('app vanished');
            if (canRunApp(u, b, of(after, u))) expect(canRunApp(u, a, of(world, u))).toBe(true);
          }
        }
      }),
    );
  });

  it('the removal preview lists exactly the projects and apps the removal loses', () => {
    fc.assert(
      fc.property(removalArb, ({ world, user, org, revokeProjects, revokeApps }) => {
        fc.pre(world.memberships.some((m) => m.user === user && m.org === org));
        const slice: UserSlice = { user, memberships: of(world, user), projects: world.projects, apps: world.apps };
        const impact = removalImpact(slice, org, { revokeProjectPermissions: revokeProjects, revokeAppPermissions: revokeApps });
        const after = removeMember(world, user, org, revokeProjects, revokeApps);
        const lost = world.projects
          .map((p, i) => ({ name: p.name, from: oracle(user, p.permissions, world.memberships), to: oracle(user, after.projects[i]?.permissions ?? {}, after.memberships) }))
          .filter((c) => c.from !== c.to)
          .map((c) => `${c.name}:${c.from}->${c.to}`);
        expect(impact.projectsLost.map((c) => `${c.name}:${c.from}->${c.to}`).sort()).toEqual(lost.sort());
        const appsLost = world.apps
          .filter((a, i) => {
            const b = after.apps[i];
            return canRunApp(user, a, of(world, user)) && !(b && canRunApp(user, b, of(after, user)));
          })
          .map((a) => a.name);
        expect(impact.appsLost.map((a) => a.name).sort()).toEqual(appsLost.sort());
      }),
    );
  });

  it('lowering or revoking a grant never raises anyone\'s access', () => {
    fc.assert(
      fc.property(worldArb, fc.constantFrom(...PRINCIPALS), fc.option(grantArb, { nil: null }), (w, principal, lowerTo) => {
        for (const p of w.projects) {
          const current = p.permissions[principal];
          if (!current) continue;
          const perms: Permissions = { ...p.permissions };
          if (lowerTo === null || rank(lowerTo) >= rank(current)) delete perms[principal];
          else perms[principal] = lowerTo;
          for (const u of USERS) {
            const before = explainAccess(u, p.permissions, of(w, u)).level;
            const after = explainAccess(u, perms, of(w, u)).level;
            expect(rank(after)).toBeLessThanOrEqual(rank(before));
          }
        }
      }),
    );
  });

  it('lowering a member\'s projectAccess or appAccess never raises their access', () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), levelArb, (w, pick, lower) => {
        const m = w.memberships[pick % Math.max(1, w.memberships.length)];
        fc.pre(m !== undefined && rank(lower) <= rank(m.projectAccess));
        if (!m) return;
        const changed = w.memberships.map((x) => (x === m ? { ...x, projectAccess: lower, appAccess: false } : x));
        for (const p of w.projects) {
          const before = explainAccess(m.user, p.permissions, of(w, m.user)).level;
          const after = explainAccess(m.user, p.permissions, changed.filter((x) => x.user === m.user)).level;
          expect(rank(after)).toBeLessThanOrEqual(rank(before));
        }
        for (const a of w.apps) {
          if (canRunApp(m.user, a, changed.filter((x) => x.user === m.user))) expect(canRunApp(m.user, a, of(w, m.user))).toBe(true);
        }
      }),
    );
  });

  it('capabilities are monotone in level under any overrides', () => {
    fc.assert(
      fc.property(levelArb, levelArb, fc.boolean(), fc.boolean(), fc.boolean(), (x, y, restricted, prot, downloadRestricted) => {
        const [lo, hi] = rank(x) <= rank(y) ? [x, y] : [y, x];
        const settings = { restricted, protected: prot, downloadRestricted };
        const a = capabilities(lo, settings);
        const b = capabilities(hi, settings);
        for (const key of Object.keys(a) as Array<keyof typeof a>) {
          if (a[key]) expect(b[key]).toBe(true);
        }
      }),
    );
  });
});
