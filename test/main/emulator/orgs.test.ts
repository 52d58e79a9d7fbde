// Org routes over HTTP against the demo seed (scenarios.md after Example 2): findOrgs, describe,
// findMembers visibility, invite / setMemberAccess / removeMember rules, update, /org/new with
// nonce replay, and the ADMIN-only findProjects / findApps.
import { describe, expect, it } from 'vitest';
import type { EmulatorHandle, FindOrgsResult, MemberRecord, Page, RemoveMemberReply } from '../../../main/emulator/index';
import { DEMO_APP_ID, DEMO_PROJECT_IDS } from '../../../main/seed/demoSeed';
import { TOKEN, emulator, ok, refused } from './emuHelpers';

function member(emu: EmulatorHandle, org: string, user: string) {
  return emu.state().orgs.find((o) => o.id === org)?.members.find((m) => m.id === user);
}

describe('findOrgs and org describe', () => {
  it("lists the caller's orgs with their level, flags and describe", async () => {
    const emu = await emulator();
    const page = await ok<Page<FindOrgsResult>>(emu, TOKEN.e, '/system/findOrgs', { describe: true });
    expect(page.next).toBeNull();
    expect(page.results.map((r) => r.id)).toEqual(['org-lab', 'org-lab_new']);
    expect(page.results[0]).toMatchObject({ level: 'MEMBER', allowBillableActivities: true, appAccess: true, projectAccess: 'CONTRIBUTE' });
    expect(page.results[0]?.describe).toMatchObject({ id: 'org-lab', class: 'org', handle: 'lab', name: 'Lab', level: 'MEMBER' });
    const admin = await ok<Page<FindOrgsResult>>(emu, TOKEN.a, '/system/findOrgs', { level: 'ADMIN' });
    expect(admin.results.map((r) => r.id)).toEqual(['org-lab']);
    expect((await ok<Page<FindOrgsResult>>(emu, TOKEN.f, '/system/findOrgs', { level: 'ADMIN' })).results).toEqual([]);
  });

  it("describes an org with policies, admins and the caller's own membership", async () => {
    const emu = await emulator();
    expect(await ok(emu, TOKEN.b, '/org-lab/describe')).toEqual({
      id: 'org-lab',
      class: 'org',
      handle: 'lab',
      name: 'Lab',
      created: expect.any(Number),
      policies: { memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN', jobReuse: false, detailedJobMetricsCollectDefault: false },
      admins: ['user-a', 'user-d'],
      phiFeaturesEnabled: false,
      level: 'MEMBER',
      allowBillableActivities: false,
      appAccess: true,
      projectAccess: 'CONTRIBUTE',
    });
    expect(await refused(emu, TOKEN.f, '/org-lab/describe')).toMatchObject({ status: 404, type: 'ResourceNotFound' });
  });
});

describe('findMembers', () => {
  it('gives ADMINs every member record with all ten fields, describe on request', async () => {
    const emu = await emulator();
    const page = await ok<Page<MemberRecord>>(emu, TOKEN.d, '/org-lab/findMembers', { describe: true });
    expect(page.results.map((m) => m.id)).toEqual(['user-a', 'user-b', 'user-c', 'user-d', 'user-e']);
    expect(page.results[1]).toEqual({
      id: 'user-b',
      level: 'MEMBER',
      allowBillableActivities: false,
      appAccess: true,
      projectAccess: 'CONTRIBUTE',
      cloudIntegrationManagement: false,
      treManagement: false,
      archivalManagement: false,
      dataDeletion: false,
      dataSearch: false,
      projectMemberDemotion: false,
      describe: { id: 'user-b', class: 'user', handle: 'b', first: 'Ben', last: 'Baker', email: 'b@lab.example', billTo: 'user-b' },
    });
    expect(page.results[0]).toMatchObject({ level: 'ADMIN', projectAccess: 'ADMINISTER', archivalManagement: true, treManagement: false });
    const some = await ok<Page<MemberRecord>>(emu, TOKEN.d, '/org-lab/findMembers', { id: ['user-c', 'user-f'], level: 'MEMBER' });
    expect(some.results.map((m) => m.id)).toEqual(['user-c']);
  });

  it('refuses MEMBERs unless memberListVisibility lets them see the list', async () => {
    const emu = await emulator();
    expect(await refused(emu, TOKEN.b, '/org-lab/findMembers')).toMatchObject({ status: 401, type: 'PermissionDenied' });
    await ok(emu, TOKEN.a, '/org-lab/update', { policies: { memberListVisibility: 'MEMBER' } });
    expect((await ok<Page<MemberRecord>>(emu, TOKEN.b, '/org-lab/findMembers')).results).toHaveLength(5);
    expect(await refused(emu, TOKEN.f, '/org-lab/findMembers')).toMatchObject({ status: 404 });
    await ok(emu, TOKEN.a, '/org-lab/update', { policies: { memberListVisibility: 'PUBLIC' } });
    expect((await ok<Page<MemberRecord>>(emu, TOKEN.f, '/org-lab/findMembers')).results).toHaveLength(5);
  });
});

describe('invite', () => {
  it('adds a MEMBER at once with the defaults, or with the flags sent', async () => {
    const emu = await emulator();
    expect(await ok(emu, TOKEN.d, '/org-lab/invite', { invitee: 'user-f' })).toEqual({ id: 'org-lab', state: 'ACTIVE' });
    expect(member(emu, 'org-lab', 'user-f')).toMatchObject({ level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' });
    await ok(emu, TOKEN.d, '/org-lab_new/invite', { invitee: 'user-b', level: 'MEMBER', projectAccess: 'VIEW', appAccess: false });
    expect(member(emu, 'org-lab_new', 'user-b')).toMatchObject({ appAccess: false, projectAccess: 'VIEW', allowBillableActivities: false });
  });

  it('ignores flags sent for an ADMIN', async () => {
    const emu = await emulator();
    await ok(emu, TOKEN.d, '/org-lab_new/invite', { invitee: 'user-a', level: 'ADMIN', allowBillableActivities: false, projectAccess: 'VIEW' });
    expect(member(emu, 'org-lab_new', 'user-a')).toMatchObject({ level: 'ADMIN', allowBillableActivities: true, appAccess: true, projectAccess: 'ADMINISTER' });
  });

  it('refuses non-ADMINs, existing members and unknown users', async () => {
    const emu = await emulator();
    expect(await refused(emu, TOKEN.e, '/org-lab/invite', { invitee: 'user-f' })).toMatchObject({ status: 401, type: 'PermissionDenied' });
    expect(await refused(emu, TOKEN.d, '/org-lab/invite', { invitee: 'user-b' })).toEqual({
      status: 422,
      type: 'InvalidInput',
      message: 'user-b is already a member of org-lab; use setMemberAccess',
    });
    expect(await refused(emu, TOKEN.d, '/org-lab/invite', { invitee: 'user-zz' })).toMatchObject({ status: 404, type: 'ResourceNotFound' });
    expect(member(emu, 'org-lab', 'user-f')).toBeUndefined();
  });
});

describe('setMemberAccess', () => {
  it('changes several members in one call; a demotion takes the MEMBER defaults for flags not sent', async () => {
    const emu = await emulator();
    expect(
      await ok(emu, TOKEN.d, '/org-lab/setMemberAccess', {
        'user-b': { projectAccess: 'UPLOAD' },
        'user-c': { level: 'ADMIN' },
        'user-a': { level: 'MEMBER', appAccess: false },
      }),
    ).toEqual({ id: 'org-lab' });
    expect(member(emu, 'org-lab', 'user-b')).toMatchObject({ level: 'MEMBER', projectAccess: 'UPLOAD', appAccess: true });
    expect(member(emu, 'org-lab', 'user-c')).toMatchObject({ level: 'ADMIN', projectAccess: 'ADMINISTER', allowBillableActivities: true });
    expect(member(emu, 'org-lab', 'user-a')).toMatchObject({ level: 'MEMBER', appAccess: false, allowBillableActivities: false, projectAccess: 'CONTRIBUTE' });
  });

  it('rejects the whole map for flags with ADMIN, a non-member, or a non-ADMIN caller', async () => {
    const emu = await emulator();
    const before = emu.state();
    const flagsForAdmin = await refused(emu, TOKEN.d, '/org-lab/setMemberAccess', {
      'user-b': { projectAccess: 'VIEW' },
      'user-c': { level: 'ADMIN', allowBillableActivities: true },
    });
    expect(flagsForAdmin).toMatchObject({ status: 422, type: 'InvalidInput' });
    expect(flagsForAdmin.message).toContain('user-c');
    const adminFlags = await refused(emu, TOKEN.d, '/org-lab/setMemberAccess', { 'user-a': { appAccess: true } });
    expect(adminFlags).toMatchObject({ status: 422, type: 'InvalidInput' });
    const nonMember = await refused(emu, TOKEN.d, '/org-lab/setMemberAccess', { 'user-b': { projectAccess: 'VIEW' }, 'user-f': { projectAccess: 'VIEW' } });
    expect(nonMember).toMatchObject({ status: 422, type: 'InvalidInput', message: 'user-f is not a member of org-lab; use invite' });
    expect(await refused(emu, TOKEN.b, '/org-lab/setMemberAccess', { 'user-b': { projectAccess: 'VIEW' } })).toMatchObject({ status: 401, type: 'PermissionDenied' });
    expect(emu.state()).toEqual(before);
  });

  it('keeps at least one ADMIN', async () => {
    const emu = await emulator();
    const r = await refused(emu, TOKEN.d, '/org-lab_new/setMemberAccess', { 'user-d': { level: 'MEMBER' } });
    expect(r).toMatchObject({ status: 422, type: 'InvalidState' });
    expect(await refused(emu, TOKEN.d, '/org-lab_new/removeMember', { user: 'user-d' })).toMatchObject({ type: 'InvalidState' });
  });
});

describe('removeMember', () => {
  it('scenarios.md Example 1 step 5: user-d removes user-c; only user-c loses Resources, Raw Data and qc', async () => {
    const emu = await emulator();
    const before = (token: string) => ok<Page<{ id: string; level: string }>>(emu, token, '/system/findProjects', { level: 'VIEW' });
    expect((await before(TOKEN.c)).results.map((p) => p.level).sort()).toEqual(['UPLOAD', 'VIEW']);
    const others = await Promise.all([TOKEN.a, TOKEN.b, TOKEN.d].map(before));

    const reply = await ok<RemoveMemberReply>(emu, TOKEN.d, '/org-lab/removeMember', { user: 'user-c' });
    expect(reply).toEqual({ id: 'org-lab', projects: {}, apps: {} });
    expect((await before(TOKEN.c)).results).toEqual([]);
    expect(await refused(emu, TOKEN.c, `/${DEMO_APP_ID}/describe`)).toMatchObject({ status: 404 });
    expect(await Promise.all([TOKEN.a, TOKEN.b, TOKEN.d].map(before))).toEqual(others);
    expect(member(emu, 'org-lab', 'user-c')).toBeUndefined();
  });

  it('revokes direct grants and app entries billed to the org only, and lists them', async () => {
    const emu = await emulator();
    const d = emu.act('user-d');
    const elsewhere = d.newProject({ name: 'Elsewhere', billTo: 'org-lab_new' }).id;
    d.projectInvite(elsewhere, { invitee: 'user-e', level: 'VIEW' });
    d.projectInvite(DEMO_PROJECT_IDS.rawData, { invitee: 'user-e', level: 'CONTRIBUTE' });
    d.addAuthorizedUsers(DEMO_APP_ID, ['user-e']);

    const reply = await ok<RemoveMemberReply>(emu, TOKEN.d, '/org-lab/removeMember', { user: 'user-e' });
    expect(reply).toEqual({
      id: 'org-lab',
      projects: { [DEMO_PROJECT_IDS.rawData]: 'CONTRIBUTE' },
      apps: { [DEMO_APP_ID]: { developer: false, authorizedUser: true } },
    });
    const state = emu.state();
    expect(state.projects.find((p) => p.id === DEMO_PROJECT_IDS.rawData)?.permissions['user-e']).toBeUndefined();
    expect(state.projects.find((p) => p.id === elsewhere)?.permissions['user-e']).toBe('VIEW');
    expect(state.apps[0]?.authorizedUsers).toEqual(['org-lab']);
    expect(member(emu, 'org-lab_new', 'user-e')).toBeDefined();
  });

  it('keeps explicit grants when the revoke flags are false, and refuses non-members and non-ADMINs', async () => {
    const emu = await emulator();
    emu.act('user-d').projectInvite(DEMO_PROJECT_IDS.rawData, { invitee: 'user-b', level: 'VIEW' });
    const reply = await ok<RemoveMemberReply>(emu, TOKEN.d, '/org-lab/removeMember', {
      user: 'user-b',
      revokeProjectPermissions: false,
      revokeAppPermissions: false,
    });
    expect(reply.projects).toEqual({});
    expect(emu.state().projects.find((p) => p.id === DEMO_PROJECT_IDS.rawData)?.permissions['user-b']).toBe('VIEW');
    expect(await refused(emu, TOKEN.d, '/org-lab/removeMember', { user: 'user-f' })).toMatchObject({ status: 422, type: 'InvalidInput' });
    expect(await refused(emu, TOKEN.e, '/org-lab/removeMember', { user: 'user-c' })).toMatchObject({ status: 401, type: 'PermissionDenied' });
  });
});

describe('org update, /org/new, findProjects, findApps', () => {
  it('lets ADMINs rename the org and change policies; MEMBERs are refused', async () => {
    const emu = await emulator();
    expect(await ok(emu, TOKEN.a, '/org-lab/update', { name: 'The Lab', policies: { restrictProjectTransfer: 'MEMBER' } })).toEqual({ id: 'org-lab' });
    expect(emu.state().orgs[0]).toMatchObject({ name: 'The Lab', policies: { restrictProjectTransfer: 'MEMBER', memberListVisibility: 'ADMIN' } });
    expect(await refused(emu, TOKEN.b, '/org-lab/update', { name: 'Mine' })).toMatchObject({ status: 401, type: 'PermissionDenied' });
    expect(await refused(emu, TOKEN.a, '/org-lab/update', { policies: { restrictProjectTransfer: 'PUBLIC' } })).toMatchObject({ status: 422 });
  });

  it('creates an org with the caller as ADMIN and replays a repeated nonce', async () => {
    const emu = await emulator();
    const body = { handle: 'Genomics', name: 'Genomics', nonce: 'n-1' };
    expect(await ok(emu, TOKEN.b, '/org/new', body)).toEqual({ id: 'org-genomics' });
    expect(await ok(emu, TOKEN.b, '/org/new', { nonce: 'n-1', name: 'Genomics', handle: 'Genomics' })).toEqual({ id: 'org-genomics' });
    expect(emu.state().orgs.filter((o) => o.id === 'org-genomics')).toHaveLength(1);
    expect(member(emu, 'org-genomics', 'user-b')).toMatchObject({ level: 'ADMIN' });
    expect(await refused(emu, TOKEN.b, '/org/new', { ...body, name: 'Other' })).toMatchObject({ status: 422, type: 'InvalidInput' });
    expect(await refused(emu, TOKEN.b, '/org/new', { handle: 'genomics' })).toMatchObject({ status: 422, type: 'InvalidInput' });
    expect(await refused(emu, TOKEN.b, '/org/new', { handle: 'bad handle!' })).toMatchObject({ status: 422 });
  });

  it('lists projects and apps billed to the org for ADMINs only, with the caller level', async () => {
    const emu = await emulator();
    emu.act('user-e').newProject({ name: 'Billed only', billTo: 'org-lab' });
    const page = await ok<Page<{ id: string; level: string; public: boolean; describe?: { name: string } }>>(emu, TOKEN.a, '/org-lab/findProjects', { describe: true });
    const byName = new Map(page.results.map((r) => [r.describe?.name ?? r.id, r]));
    expect(page.results).toHaveLength(3);
    expect(byName.get('Resources')).toMatchObject({ level: 'ADMINISTER', public: false });
    expect(byName.get('Raw Data')).toMatchObject({ level: 'UPLOAD' });
    expect([...byName.values()].find((r) => r.describe === undefined)).toMatchObject({ level: 'NONE' });
    expect(await refused(emu, TOKEN.e, '/org-lab/findProjects')).toMatchObject({ status: 401, type: 'PermissionDenied' });
    const apps = await ok<Page<{ id: string; describe?: { name: string } }>>(emu, TOKEN.d, '/org-lab/findApps', { describe: true });
    expect(apps.results).toEqual([{ id: DEMO_APP_ID, describe: expect.objectContaining({ name: 'qc', authorizedUsers: ['org-lab'] }) }]);
    expect((await ok<Page<unknown>>(emu, TOKEN.d, '/org-lab_new/findApps')).results).toEqual([]);
    expect(await refused(emu, TOKEN.b, '/org-lab/findApps')).toMatchObject({ status: 401, type: 'PermissionDenied' });
  });
});
