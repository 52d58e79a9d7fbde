// Effective project access (scenarios.md "Effective project access"; platform-api.md §5):
// direct, org (capped by projectAccess, ADMIN cap ADMINISTER) and public routes; max wins.
import { describe, expect, it } from 'vitest';
import { ProjectSchema, describeRoute, effectiveLevel, explainAccess, orgRouteCap } from '../../../shared/domain/index';
import type { AccessRoute, MembershipFacts, Permissions } from '../../../shared/domain/index';

const member = (org: string, projectAccess: MembershipFacts['projectAccess'] = 'CONTRIBUTE'): MembershipFacts => ({
  org,
  level: 'MEMBER',
  projectAccess,
});
const admin = (org: string): MembershipFacts => ({ org, level: 'ADMIN', projectAccess: 'ADMINISTER' });
const winners = (routes: AccessRoute[]) => routes.filter((r) => r.winning);

describe('routes', () => {
  it('no grant at all: NONE and no routes', () => {
    expect(explainAccess('user-u', {}, [member('org-lab')])).toEqual({ level: 'NONE', routes: [] });
  });

  it('direct grant', () => {
    const e = explainAccess('user-u', { 'user-u': 'UPLOAD', 'user-v': 'ADMINISTER' }, []);
    expect(e).toEqual({ level: 'UPLOAD', routes: [{ kind: 'direct', level: 'UPLOAD', winning: true }] });
  });

  it('org route is the lower of the grant and projectAccess, and says the cap decided it', () => {
    const e = explainAccess('user-u', { 'org-lab': 'ADMINISTER' }, [member('org-lab', 'UPLOAD')]);
    expect(e.level).toBe('UPLOAD');
    expect(e.routes).toEqual([
      { kind: 'org', org: 'org-lab', orgLevel: 'MEMBER', granted: 'ADMINISTER', cap: 'UPLOAD', capped: true, level: 'UPLOAD', winning: true },
    ]);
  });

  it('org route below the cap is the grant, not capped', () => {
    const e = explainAccess('user-u', { 'org-lab': 'VIEW' }, [member('org-lab', 'CONTRIBUTE')]);
    expect(e.level).toBe('VIEW');
    expect(e.routes[0]).toMatchObject({ kind: 'org', granted: 'VIEW', cap: 'CONTRIBUTE', capped: false, level: 'VIEW' });
  });

  it('an ADMIN gets the org grant in full (cap ADMINISTER), even if the stored projectAccess says otherwise', () => {
    expect(orgRouteCap({ level: 'ADMIN', projectAccess: 'VIEW' })).toBe('ADMINISTER');
    expect(orgRouteCap({ level: 'MEMBER', projectAccess: 'VIEW' })).toBe('VIEW');
    const e = explainAccess('user-u', { 'org-lab': 'ADMINISTER' }, [{ org: 'org-lab', level: 'ADMIN', projectAccess: 'VIEW' }]);
    expect(e.level).toBe('ADMINISTER');
    expect(e.routes[0]).toMatchObject({ orgLevel: 'ADMIN', cap: 'ADMINISTER', capped: false });
  });

  it('projectAccess NONE gives nothing; the route is listed but never wins', () => {
    const e = explainAccess('user-u', { 'org-lab': 'CONTRIBUTE' }, [member('org-lab', 'NONE')]);
    expect(e.level).toBe('NONE');
    expect(e.routes).toEqual([
      { kind: 'org', org: 'org-lab', orgLevel: 'MEMBER', granted: 'CONTRIBUTE', cap: 'NONE', capped: true, level: 'NONE', winning: false },
    ]);
    expect(winners(e.routes)).toEqual([]);
  });

  it('PUBLIC gives VIEW to anyone', () => {
    const e = explainAccess('user-stranger', { PUBLIC: 'VIEW', 'user-owner': 'ADMINISTER' }, []);
    expect(e).toEqual({ level: 'VIEW', routes: [{ kind: 'public', level: 'VIEW', winning: true }] });
  });

  it('an org grant helps only members of that org', () => {
    expect(effectiveLevel('user-u', { 'org-other': 'CONTRIBUTE' }, [member('org-lab')])).toBe('NONE');
  });

  it('being billed to an org gives nothing, even to its ADMIN', () => {
    const project = ProjectSchema.parse({
      id: 'project-BBBBBBBBBBBBBBBBBBBBBB01',
      name: 'Billed only',
      billTo: 'org-lab',
      permissions: { 'user-owner': 'ADMINISTER' },
    });
    expect(explainAccess('user-u', project.permissions, [admin('org-lab')])).toEqual({ level: 'NONE', routes: [] });
  });
});

describe('the maximum wins, exactly once', () => {
  const perms: Permissions = { 'user-u': 'VIEW', 'org-a': 'CONTRIBUTE', 'org-b': 'ADMINISTER', PUBLIC: 'VIEW' };

  it('lists every contributing route, best first, one winner', () => {
    const e = explainAccess('user-u', perms, [member('org-a', 'ADMINISTER'), member('org-b', 'UPLOAD')]);
    expect(e.level).toBe('CONTRIBUTE');
    expect(e.routes.map((r) => [r.kind, r.org ?? null, r.level, r.winning])).toEqual([
      ['org', 'org-a', 'CONTRIBUTE', true],
      ['org', 'org-b', 'UPLOAD', false],
      ['direct', null, 'VIEW', false],
      ['public', null, 'VIEW', false],
    ]);
  });

  it('on a tie the direct grant wins over org and public routes', () => {
    const e = explainAccess('user-u', { 'user-u': 'UPLOAD', 'org-a': 'UPLOAD' }, [member('org-a')]);
    expect(e.level).toBe('UPLOAD');
    expect(winners(e.routes)).toEqual([{ kind: 'direct', level: 'UPLOAD', winning: true }]);
    expect(e.routes).toHaveLength(2);
  });

  it('on a tie between orgs, exactly one (the first by ID) wins', () => {
    const e = explainAccess('user-u', { 'org-b': 'VIEW', 'org-a': 'VIEW' }, [member('org-b'), member('org-a')]);
    expect(winners(e.routes).map((r) => r.org)).toEqual(['org-a']);
  });

  it('a direct ADMINISTER beats a capped org route', () => {
    const e = explainAccess('user-u', { 'user-u': 'ADMINISTER', 'org-a': 'ADMINISTER' }, [member('org-a', 'VIEW')]);
    expect(e.level).toBe('ADMINISTER');
    expect(winners(e.routes)).toEqual([{ kind: 'direct', level: 'ADMINISTER', winning: true }]);
  });

  it('effectiveLevel agrees with the explanation', () => {
    expect(effectiveLevel('user-u', perms, [member('org-a', 'VIEW'), member('org-b', 'UPLOAD')])).toBe('UPLOAD');
    expect(effectiveLevel('user-u', perms, [])).toBe('VIEW');
  });
});

describe('describeRoute', () => {
  it('direct and public', () => {
    expect(describeRoute({ kind: 'direct', level: 'ADMINISTER', winning: true })).toBe('ADMINISTER by direct grant');
    expect(describeRoute({ kind: 'public', level: 'VIEW', winning: true })).toBe('VIEW because the project is public');
  });
  it('an org route names the org, the grant, the role and the cap', () => {
    const [route] = explainAccess('user-b', { 'org-lab': 'VIEW' }, [member('org-lab')]).routes;
    expect(route && describeRoute(route)).toBe('VIEW via org-lab (org grants VIEW, MEMBER, cap CONTRIBUTE)');
    const [adminRoute] = explainAccess('user-a', { 'org-lab': 'UPLOAD' }, [admin('org-lab')]).routes;
    expect(adminRoute && describeRoute(adminRoute)).toBe('UPLOAD via org-lab (org grants UPLOAD, ADMIN, cap ADMINISTER)');
  });
  it('a capped org route names the projectAccess that limited it', () => {
    const [capped] = explainAccess('user-b', { 'org-lab': 'ADMINISTER' }, [member('org-lab', 'UPLOAD')]).routes;
    expect(capped && describeRoute(capped)).toBe('UPLOAD via org-lab (org grants ADMINISTER, capped by projectAccess UPLOAD)');
    const [none] = explainAccess('user-b', { 'org-lab': 'VIEW' }, [member('org-lab', 'NONE')]).routes;
    expect(none && describeRoute(none)).toBe('NONE via org-lab (org grants VIEW, capped by projectAccess NONE)');
  });
});
