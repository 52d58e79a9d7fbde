// Who may do what (scenarios.md): org administration, project settings, app authorization
// and billing, each refused with a reason that names the rule and the object.
import { describe, expect, it } from 'vitest';
import { mayAdministerOrg, mayAdministerProject, mayBillTo, mayManageAppAuthorization, maySeePrices } from '../../../shared/domain/index';

const m = (org: string, level: 'ADMIN' | 'MEMBER', allowBillableActivities: boolean) => ({ org, level, allowBillableActivities });

describe('mayAdministerOrg: only the org\'s ADMINs manage members, name and policies', () => {
  it('an ADMIN of the org may', () => {
    expect(mayAdministerOrg('user-a', 'org-lab', m('org-lab', 'ADMIN', true))).toEqual({ allowed: true });
  });
  it('a MEMBER may not, and the reason names the org and the actor', () => {
    expect(mayAdministerOrg('user-b', 'org-lab', m('org-lab', 'MEMBER', true))).toEqual({
      allowed: false,
      reason: 'Only ADMINs of org-lab can change members, its name or its policies (user-b is a MEMBER)',
    });
  });
  it('a non-member may not', () => {
    expect(mayAdministerOrg('user-x', 'org-lab', undefined)).toEqual({
      allowed: false,
      reason: 'Only ADMINs of org-lab can change members, its name or its policies (user-x is not a member)',
    });
  });
  it('being ADMIN of another org does not count', () => {
    expect(mayAdministerOrg('user-d', 'org-lab', m('org-lab_new', 'ADMIN', true))).toEqual({
      allowed: false,
      reason: 'Only ADMINs of org-lab can change members, its name or its policies (user-d is not a member)',
    });
  });
});

describe('mayAdministerProject: ADMINISTER needed for sharing and settings', () => {
  const project = { id: 'project-BBBBBBBBBBBBBBBBBBBBBB01', name: 'Resources', permissions: { 'user-a': 'ADMINISTER' as const, 'org-lab': 'CONTRIBUTE' as const } };
  it('a direct ADMINISTER may', () => {
    expect(mayAdministerProject('user-a', project, [])).toEqual({ allowed: true });
  });
  it('CONTRIBUTE may not, and the reason names the project and the level', () => {
    expect(mayAdministerProject('user-b', project, [{ org: 'org-lab', level: 'MEMBER', projectAccess: 'CONTRIBUTE' }])).toEqual({
      allowed: false,
      reason: 'Only users with ADMINISTER on Resources can change its sharing or settings (user-b has CONTRIBUTE)',
    });
  });
  it('ADMINISTER through an org counts (an org ADMIN with an ADMINISTER org grant)', () => {
    const shared = { ...project, permissions: { 'org-lab': 'ADMINISTER' as const } };
    expect(mayAdministerProject('user-d', shared, [{ org: 'org-lab', level: 'ADMIN', projectAccess: 'ADMINISTER' }])).toEqual({ allowed: true });
    expect(mayAdministerProject('user-b', shared, [{ org: 'org-lab', level: 'MEMBER', projectAccess: 'CONTRIBUTE' }]).allowed).toBe(false);
  });
  it('being ADMIN of the billTo org alone is not enough', () => {
    expect(mayAdministerProject('user-d', { ...project, permissions: { 'user-a': 'ADMINISTER' } }, [{ org: 'org-lab', level: 'ADMIN', projectAccess: 'ADMINISTER' }])).toEqual({
      allowed: false,
      reason: 'Only users with ADMINISTER on Resources can change its sharing or settings (user-d has NONE)',
    });
  });
});

describe('mayManageAppAuthorization: only developers change authorizedUsers', () => {
  const qc = { name: 'qc', developers: ['user-d'] };
  it('a developer may', () => {
    expect(mayManageAppAuthorization('user-d', qc, [])).toEqual({ allowed: true });
  });
  it('an authorized user or org ADMIN may not', () => {
    expect(mayManageAppAuthorization('user-a', qc, [{ org: 'org-lab' }])).toEqual({
      allowed: false,
      reason: 'Only developers of qc can change who may run it',
    });
  });
  it('a member of a developer org may', () => {
    expect(mayManageAppAuthorization('user-a', { name: 'qc', developers: ['org-dev'] }, [{ org: 'org-dev' }]).allowed).toBe(true);
  });
});

describe('billing needs allowBillableActivities (ADMINs always)', () => {
  it('billing to yourself is always allowed', () => {
    expect(mayBillTo('user-f', 'user-f', undefined)).toEqual({ allowed: true });
  });
  it('a billable MEMBER may bill to the org and see prices', () => {
    expect(mayBillTo('user-e', 'org-lab', m('org-lab', 'MEMBER', true))).toEqual({ allowed: true });
    expect(maySeePrices('user-e', 'org-lab', m('org-lab', 'MEMBER', true))).toEqual({ allowed: true });
  });
  it('a MEMBER without the flag may not, and the reason names the flag and the org', () => {
    expect(mayBillTo('user-f', 'org-lab_new', m('org-lab_new', 'MEMBER', false))).toEqual({
      allowed: false,
      reason: 'Billing to org-lab_new needs allowBillableActivities in org-lab_new (user-f does not have it)',
    });
    expect(maySeePrices('user-f', 'org-lab_new', m('org-lab_new', 'MEMBER', false))).toEqual({
      allowed: false,
      reason: 'Prices of org-lab_new are shown only to members with allowBillableActivities (user-f does not have it)',
    });
  });
  it('a non-member may not', () => {
    expect(mayBillTo('user-f', 'org-lab', undefined)).toEqual({
      allowed: false,
      reason: 'Billing to org-lab needs allowBillableActivities in org-lab (user-f is not a member)',
    });
    expect(maySeePrices('user-f', 'org-lab', undefined).allowed).toBe(false);
  });
  it('a billable membership in another org does not count', () => {
    expect(mayBillTo('user-e', 'org-lab', m('org-lab_new', 'MEMBER', true)).allowed).toBe(false);
    expect(maySeePrices('user-e', 'org-lab', m('org-lab_new', 'MEMBER', true)).allowed).toBe(false);
  });
  it('an ADMIN may bill and see prices even if a stored row lost the flag', () => {
    expect(mayBillTo('user-d', 'org-lab', m('org-lab', 'ADMIN', false))).toEqual({ allowed: true });
    expect(maySeePrices('user-d', 'org-lab', m('org-lab', 'ADMIN', false))).toEqual({ allowed: true });
  });
  it('billTo must be yourself or an org', () => {
    expect(mayBillTo('user-e', 'user-a', undefined)).toEqual({
      allowed: false,
      reason: 'Projects can be billed to yourself or to an org, not to user-a',
    });
  });
});
