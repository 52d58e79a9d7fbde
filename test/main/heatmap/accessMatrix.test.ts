// The fast whole-workspace pass must agree with the domain's explainAccess on every pair:
// the level, the winning route's kind (and org), which kinds of route give access, and
// whether more than one route does. Random workspaces via fast-check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MembershipFacts, Permissions } from '../../../shared/domain/index';
import { LEVELS, explainAccess } from '../../../shared/domain/index';
import { KIND_DIRECT, KIND_ORG, KIND_PUBLIC, MASK_DIRECT, MASK_ORG, MASK_PUBLIC, cellsByProject, computeAccessMatrix } from '../../../main/heatmap/accessMatrix';
import { snapshotOf, worldArb } from './worlds';

const KIND_NAME: Record<number, string> = { [KIND_DIRECT]: 'direct', [KIND_ORG]: 'org', [KIND_PUBLIC]: 'public' };

describe('the fast access pass', () => {
  it('gives the level, winning route and route kinds explainAccess gives, for every pair', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const s = snapshotOf(w);
        const m = computeAccessMatrix(s);
        const permissions = new Map<string, Permissions>();
        for (const [p, principal, level] of w.grants) permissions.set(p, { ...(permissions.get(p) ?? {}), [principal]: level });
        let nonEmpty = 0;
        s.users.ids.forEach((user, u) => {
          const facts: MembershipFacts[] = w.memberships.filter((x) => x[1] === user).map(([org, , level, projectAccess]) => ({ org, level, projectAccess }));
          const cells = new Map<number, number>();
          for (let k = m.start[u] as number; k < (m.start[u + 1] as number); k++) cells.set(m.project[k] as number, k);
          s.projects.ids.forEach((project, p) => {
            const e = explainAccess(user, permissions.get(project) ?? {}, facts);
            const k = cells.get(p);
            if (e.level === 'NONE') {
              expect(k, `${user} on ${project}`).toBeUndefined();
              return;
            }
            nonEmpty++;
            expect(k, `${user} on ${project}`).toBeDefined();
            const i = k as number;
            const winner = e.routes.find((r) => r.winning);
            const giving = e.routes.filter((r) => r.level !== 'NONE');
            expect({
              level: LEVELS[m.rank[i] as number],
              kind: KIND_NAME[m.kind[i] as number],
              org: (m.org[i] as number) >= 0 ? s.orgs.ids[m.org[i] as number] : undefined,
              direct: ((m.mask[i] as number) & MASK_DIRECT) !== 0,
              viaOrg: ((m.mask[i] as number) & MASK_ORG) !== 0,
              public: ((m.mask[i] as number) & MASK_PUBLIC) !== 0,
              multi: m.multi[i] === 1,
            }).toEqual({
              level: e.level,
              kind: winner?.kind,
              org: winner?.org,
              direct: giving.some((r) => r.kind === 'direct'),
              viaOrg: giving.some((r) => r.kind === 'org'),
              public: giving.some((r) => r.kind === 'public'),
              multi: giving.length > 1,
            });
          });
        });
        expect(m.size).toBe(nonEmpty);
      }),
      { numRuns: 300 },
    );
  });

  it('lists each project\'s cells with users in ID order', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const s = snapshotOf(w);
        const m = computeAccessMatrix(s);
        const byProject = cellsByProject(m, s.projects.ids.length);
        const owner = new Int32Array(m.size);
        for (let u = 0; u < s.users.ids.length; u++) for (let k = m.start[u]!; k < m.start[u + 1]!; k++) owner[k] = u;
        let seen = 0;
        for (let p = 0; p < s.projects.ids.length; p++) {
          expect(byProject.start[p + 1]! - byProject.start[p]!).toBe(m.projectCells[p]);
          let last = -1;
          for (let i = byProject.start[p]!; i < byProject.start[p + 1]!; i++) {
            const k = byProject.cell[i]!;
            expect(m.project[k]).toBe(p);
            const u = owner[k]!;
            expect(u).toBeGreaterThan(last);
            last = u;
            seen++;
          }
        }
        expect(seen).toBe(m.size);
      }),
      { numRuns: 100 },
    );
  });
});
