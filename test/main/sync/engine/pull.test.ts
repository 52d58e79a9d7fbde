// Pull against the real emulator: everything the user can see lands in the workspace, local
// edits waiting keep their values (the platform's is remembered for them), rows gone from
// the platform go, hidden member lists are left alone, and a pull never queues an edit.
import { afterEach, describe, expect, it } from 'vitest';
import { demoSeed, DEMO_APP_ID, DEMO_PROJECT_IDS } from '../../../../main/seed/demoSeed';
import { createSyncRemoteValuesRepo } from '../../../../main/db/repos/syncRemoteValues';
import { closeWorlds, desk, emulator } from './harness';

afterEach(closeWorlds);

describe('pull', () => {
  it('brings users, orgs, members (unknown flags kept), projects and apps into an empty workspace, queuing nothing', async () => {
    const emu = await emulator(demoSeed);
    const d = desk(emu, 'user-d');
    const report = await d.engine.sync();
    expect(report).toMatchObject({ pushed: 0, error: null });
    // 6 users, 2 orgs, 8 memberships, 2 projects, 1 app.
    expect(report.pulled).toBe(19);
    expect(d.outbox()).toEqual([]);
    const { repos } = d.app;
    expect(repos.users.get('user-e')).toEqual({ id: 'user-e', email: 'e@lab.example', first: 'Eli', last: 'Evans' });
    expect(repos.orgs.get('org-lab_new')).toMatchObject({ name: 'Lab (new)', policies: { memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN' } });
    expect(repos.memberships.byOrg('org-lab').map((m) => [m.user, m.level, m.projectAccess])).toEqual([
      ['user-a', 'ADMIN', 'ADMINISTER'],
      ['user-b', 'MEMBER', 'CONTRIBUTE'],
      ['user-c', 'MEMBER', 'CONTRIBUTE'],
      ['user-d', 'ADMIN', 'ADMINISTER'],
      ['user-e', 'MEMBER', 'CONTRIBUTE'],
    ]);
    expect(repos.memberships.get('org-lab', 'user-a')?.extra).toMatchObject({ dataDeletion: true, treManagement: false });
    expect(repos.projects.get(DEMO_PROJECT_IDS.resources)?.permissions).toEqual({ 'user-a': 'ADMINISTER', 'org-lab': 'VIEW' });
    expect(repos.apps.get(DEMO_APP_ID)).toMatchObject({ name: 'qc', developers: ['user-d'], authorizedUsers: ['org-lab'] });
    expect((await d.engine.sync()).pulled).toBe(0);
  });

  it('keeps local values of edited targets, remembers the platform value for them, and updates the rest', async () => {
    const emu = await emulator(demoSeed);
    const d = desk(emu, 'user-d');
    await d.engine.sync();
    await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    await d.edit('members.update', { org: 'org-lab', user: 'user-c', projectAccess: 'UPLOAD' });
    d.app.db.prepare("UPDATE outbox SET acting_user = 'user-x' WHERE target = 'member:org-lab:user-b'").run();
    emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', projectAccess: 'VIEW' }, 'user-e': { level: 'MEMBER', projectAccess: 'NONE' } });
    await d.engine.sync();
    expect(d.app.repos.memberships.get('org-lab', 'user-b')?.projectAccess).toBe('UPLOAD');
    expect(d.app.repos.memberships.get('org-lab', 'user-e')?.projectAccess).toBe('NONE');
    expect(createSyncRemoteValuesRepo(d.app.db).get('member:org-lab:user-b')).toMatchObject({ projectAccess: 'VIEW' });
    // Remote values are kept only while edits wait.
    expect(createSyncRemoteValuesRepo(d.app.db).get('member:org-lab:user-c')).toBeUndefined();
  });

  it('removes rows that disappeared from the platform unless an edit of them waits', async () => {
    const emu = await emulator(demoSeed);
    const d = desk(emu, 'user-d');
    await d.engine.sync();
    await d.edit('members.update', { org: 'org-lab', user: 'user-e', projectAccess: 'VIEW' });
    const admin = emu.act('user-a');
    for (const user of ['user-c', 'user-e']) admin.removeMember('org-lab', { user, revokeProjectPermissions: true, revokeAppPermissions: true });
    admin.decreasePermissions(DEMO_PROJECT_IDS.resources, { 'org-lab': null });
    expect(await d.engine.sync()).toMatchObject({ conflicts: 1 });
    expect(d.app.repos.memberships.get('org-lab', 'user-c')).toBeUndefined();
    expect(d.app.repos.memberships.get('org-lab', 'user-e')?.projectAccess).toBe('VIEW');
    // Resources was visible to user-d only through org-lab: it is gone from the workspace.
    expect(d.app.repos.projects.get(DEMO_PROJECT_IDS.resources)).toBeUndefined();
    expect(d.outbox()).toHaveLength(1);
  });

  it('leaves a hidden member list alone but keeps the own membership current', async () => {
    const emu = await emulator(demoSeed);
    const b = desk(emu, 'user-b', { localSeed: demoSeed });
    emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', projectAccess: 'UPLOAD' } });
    const report = await b.engine.sync();
    expect(report.error).toBeNull();
    expect(b.app.repos.memberships.get('org-lab', 'user-b')?.projectAccess).toBe('UPLOAD');
    expect(b.app.repos.memberships.byOrg('org-lab').map((m) => m.user)).toEqual(['user-a', 'user-b', 'user-c', 'user-d', 'user-e']);
    // Not an org of user-b's: gone from the workspace.
    expect(b.app.repos.orgs.get('org-lab_new')).toBeUndefined();
    expect(b.outbox()).toEqual([]);
  });

  it('refreshes the platform side of a conflict', async () => {
    const emu = await emulator(demoSeed);
    const d = desk(emu, 'user-d');
    await d.engine.sync();
    await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', projectAccess: 'VIEW' } });
    await d.engine.sync();
    emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', projectAccess: 'NONE' } });
    await d.engine.sync();
    expect(d.outbox()[0]).toMatchObject({ state: 'conflict', theirs: { projectAccess: 'NONE' } });
  });
});
