// Push against the real emulator: batched reads and merged calls, invite vs setMemberAccess by
// actual membership, conflicts holding only their own target, rejections failing with the
// platform's message (one by one when a merged call is refused), lost replies verified, and
// creates that are found again instead of made twice.
import { afterEach, describe, expect, it } from 'vitest';
import { demoSeed, DEMO_PROJECT_IDS } from '../../../../main/seed/demoSeed';
import { LOCAL_ID_PROPERTY } from '../../../../main/sync/engine/index';
import { PlatformError } from '../../../../main/sync/platform/index';
import type { PlatformClient } from '../../../../main/sync/platform/index';
import { closeWorlds, desk, emulator } from './harness';

afterEach(closeWorlds);

const changes = (calls: string[]) => calls.filter((c) => !/\/(describe|find\w+|whoami|list\w+)$/.test(c));
const rejection = (type: string, message: string, attempts = 1): PlatformError => {
  const err = new PlatformError({ type, status: 422, message, route: '/x' });
  err.attempts = attempts;
  return err;
};

async function demoDesk(opts: Parameters<typeof desk>[2] = {}) {
  const emu = await emulator(demoSeed);
  const d = desk(emu, 'user-d', opts);
  await d.engine.sync();
  d.calls.length = 0;
  return { emu, d };
}

const labMember = (emu: Awaited<ReturnType<typeof demoDesk>>['emu'], org: string, user: string) =>
  emu.state().orgs.find((o) => o.id === org)?.members.find((m) => m.id === user);

describe('push', () => {
  it('reads each org once and merges its member changes into one setMemberAccess, orgs side by side', async () => {
    const { emu, d } = await demoDesk();
    await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    await d.edit('members.update', { org: 'org-lab_new', user: 'user-f', appAccess: false });
    await d.edit('members.update', { org: 'org-lab', user: 'user-c', projectAccess: 'VIEW' });
    await d.edit('members.update', { org: 'org-lab', user: 'user-e', level: 'ADMIN' });
    expect(await d.engine.sync()).toMatchObject({ pushed: 4, error: null });
    const pushCalls = d.calls.slice(0, d.calls.indexOf('/system/whoami'));
    expect(pushCalls.sort()).toEqual(['/org-lab/findMembers', '/org-lab/setMemberAccess', '/org-lab_new/findMembers', '/org-lab_new/setMemberAccess']);
    expect(labMember(emu, 'org-lab', 'user-c')?.projectAccess).toBe('VIEW');
    expect(labMember(emu, 'org-lab', 'user-e')).toMatchObject({ level: 'ADMIN', projectAccess: 'ADMINISTER' });
  });

  it('marks an edit the platform already has as sent without sending it', async () => {
    const { emu, d } = await demoDesk();
    await d.edit('members.invite', { org: 'org-lab', user: 'user-f' });
    emu.act('user-a').invite('org-lab', { invitee: 'user-f', level: 'MEMBER' });
    expect(await d.engine.sync()).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(changes(d.calls)).toEqual([]);
  });

  it('chooses setMemberAccess over invite when keep mine meets a member someone else added', async () => {
    const { emu, d } = await demoDesk();
    await d.edit('members.invite', { org: 'org-lab', user: 'user-f', projectAccess: 'UPLOAD' });
    emu.act('user-a').invite('org-lab', { invitee: 'user-f', level: 'MEMBER', projectAccess: 'VIEW' });
    expect(await d.engine.sync()).toMatchObject({ pushed: 0, conflicts: 1 });
    const [conflict] = d.outbox();
    expect(conflict?.theirs).toMatchObject({ level: 'MEMBER', projectAccess: 'VIEW' });
    d.engine.resolve(conflict?.id ?? 0, 'keepMine');
    d.calls.length = 0;
    expect(await d.engine.sync()).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(changes(d.calls)).toEqual(['/org-lab/setMemberAccess']);
    expect(labMember(emu, 'org-lab', 'user-f')?.projectAccess).toBe('UPLOAD');
  });

  it('holds later edits of a conflicting target while other edits go', async () => {
    const { emu, d } = await demoDesk();
    await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    await d.edit('members.update', { org: 'org-lab', user: 'user-b', appAccess: false });
    await d.edit('projects.share', { project: 'Raw Data', principal: 'user-f', level: 'VIEW' });
    emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', projectAccess: 'VIEW' } });
    expect(await d.engine.sync()).toMatchObject({ pushed: 1, conflicts: 1 });
    expect(d.outbox().map((e) => e.state)).toEqual(['conflict', 'pending', 'sent']);
    expect(labMember(emu, 'org-lab', 'user-b')).toMatchObject({ projectAccess: 'VIEW', appAccess: true });
    expect(emu.state().projects.find((p) => p.id === DEMO_PROJECT_IDS.rawData)?.permissions['user-f']).toBe('VIEW');
  });

  it('fails a refused edit with the platform message and does not send it again by itself', async () => {
    const { emu, d } = await demoDesk();
    await d.edit('members.invite', { org: 'org-lab', user: 'user-f' });
    emu.act('user-a').setMemberAccess('org-lab', { 'user-d': { level: 'MEMBER', projectAccess: 'CONTRIBUTE', appAccess: true, allowBillableActivities: false } });
    expect(await d.engine.sync()).toMatchObject({ failed: 1, error: null });
    const [failed] = d.outbox();
    expect(failed?.state).toBe('failed');
    expect(failed?.error).toMatch(/^PermissionDenied: .*ADMIN/);
    d.calls.length = 0;
    await d.engine.sync();
    expect(d.calls.filter((c) => c.startsWith('/org-lab/') && c !== '/org-lab/findMembers')).toEqual([]);
    expect(d.app.repos.outbox.syncDetails(failed?.id ?? 0)?.attempts).toBe(0);
  });

  it('retries a refused merged call one edit at a time so only the culprit fails', async () => {
    const wrap = (c: PlatformClient): PlatformClient => ({
      ...c,
      setMemberAccess: async (org, access) => {
        if ('user-e' in access) throw rejection('InvalidInput', 'user-e cannot be changed now');
        return c.setMemberAccess(org, access);
      },
    });
    const { emu, d } = await demoDesk({ wrapClient: wrap });
    await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    await d.edit('members.update', { org: 'org-lab', user: 'user-e', projectAccess: 'UPLOAD' });
    expect(await d.engine.sync()).toMatchObject({ pushed: 1, failed: 1 });
    expect(d.outbox().map((e) => [e.state, e.error])).toEqual([
      ['sent', null],
      ['failed', 'InvalidInput: user-e cannot be changed now'],
    ]);
    expect(labMember(emu, 'org-lab', 'user-b')?.projectAccess).toBe('UPLOAD');
  });

  it('counts a call refused only on a retry as done when a fresh read shows it applied (lost reply)', async () => {
    const wrap = (c: PlatformClient): PlatformClient => ({
      ...c,
      removeMember: async (org, input) => {
        await c.removeMember(org, input);
        throw rejection('InvalidInput', `${input.user} is not a member of ${org}`, 2);
      },
    });
    const { emu, d } = await demoDesk({ wrapClient: wrap });
    await d.edit('members.remove', { org: 'org-lab', user: 'user-c' });
    expect(await d.engine.sync()).toMatchObject({ pushed: 1, failed: 0 });
    expect(d.outbox()[0]?.state).toBe('sent');
    expect(labMember(emu, 'org-lab', 'user-c')).toBeUndefined();
  });

  it('creates a project once, tagged with the local ID, and moves every local reference to the real ID', async () => {
    const { emu, d } = await demoDesk();
    const created = await d.edit('projects.create', { name: 'Scratch', billTo: 'org-lab' });
    await d.edit('projects.share', { project: created.id, principal: 'org-lab', level: 'VIEW' });
    await d.edit('projects.updateSettings', { project: created.id, settings: { protected: true } });
    expect(await d.engine.sync()).toMatchObject({ pushed: 3, error: null });
    const remote = emu.state().projects.filter((p) => p.name === 'Scratch');
    expect(remote).toHaveLength(1);
    expect(remote[0]).toMatchObject({ properties: { [LOCAL_ID_PROPERTY]: created.id }, permissions: { 'user-d': 'ADMINISTER', 'org-lab': 'VIEW' } });
    expect(remote[0]?.settings.protected).toBe(true);
    const realId = remote[0]?.id ?? '';
    expect(d.app.repos.projects.get(created.id)).toBeUndefined();
    expect(d.app.repos.projects.get(realId)?.permissions).toEqual({ 'user-d': 'ADMINISTER', 'org-lab': 'VIEW' });
    expect(d.outbox().map((e) => e.target)).toEqual([`project:${realId}`, `grant:${realId}:org-lab`, `project:${realId}`]);
    expect(d.app.repos.outbox.syncDetails(d.outbox()[0]?.id ?? 0)?.remoteRef).toBe(realId);
  });

  it('finds a create whose reply was lost instead of creating it again', async () => {
    const { emu, d } = await demoDesk();
    const created = await d.edit('projects.create', { name: 'Scratch', billTo: 'org-lab' });
    const made = emu.act('user-d').newProject({ name: 'Scratch', billTo: 'org-lab', properties: { [LOCAL_ID_PROPERTY]: created.id } });
    expect(await d.engine.sync()).toMatchObject({ pushed: 1 });
    expect(changes(d.calls)).toEqual([]);
    expect(emu.state().projects.filter((p) => p.name === 'Scratch').map((p) => p.id)).toEqual([made.id]);
    expect(d.app.repos.projects.byName('Scratch').map((p) => p.id)).toEqual([made.id]);
  });

  it('keeps the edits of a project whose create failed waiting, not failed', async () => {
    const { emu, d } = await demoDesk();
    const created = await d.edit('projects.create', { name: 'Scratch', billTo: 'org-lab' });
    await d.edit('projects.share', { project: created.id, principal: 'org-lab', level: 'VIEW' });
    emu.act('user-a').setMemberAccess('org-lab', { 'user-d': { level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' } });
    expect(await d.engine.sync()).toMatchObject({ failed: 1, pushed: 0 });
    expect(d.outbox().map((e) => e.state)).toEqual(['failed', 'pending']);
    expect(emu.state().projects.filter((p) => p.name === 'Scratch')).toEqual([]);
  });

  it('creates an org with a nonce kept in the payload, and counts an existing org of ours as created', async () => {
    const { emu, d } = await demoDesk();
    await d.edit('orgs.create', { handle: 'extra', name: 'Extra' });
    await d.edit('orgs.create', { handle: 'mine', name: 'Mine' });
    emu.act('user-d').newOrg({ handle: 'mine', name: 'Mine' });
    expect(await d.engine.sync()).toMatchObject({ pushed: 2, error: null });
    expect(changes(d.calls)).toEqual(['/org/new']);
    expect(d.outbox()[0]?.payload.nonce).toEqual(expect.any(String));
    expect(emu.state().orgs.find((o) => o.id === 'org-extra')?.members.map((m) => [m.id, m.level])).toEqual([['user-d', 'ADMIN']]);
  });

  it('updates settings with the version of a fresh describe, whatever changed meanwhile', async () => {
    const { emu, d } = await demoDesk();
    await d.edit('projects.updateSettings', { project: 'Raw Data', settings: { restricted: true } });
    const version = emu.state().projects.find((p) => p.id === DEMO_PROJECT_IDS.rawData)?.version ?? 0;
    emu.act('user-d').updateProject(DEMO_PROJECT_IDS.rawData, { protected: true, version });
    expect(await d.engine.sync()).toMatchObject({ pushed: 1, failed: 0, conflicts: 0 });
    expect(emu.state().projects.find((p) => p.id === DEMO_PROJECT_IDS.rawData)?.settings).toMatchObject({ restricted: true, protected: true });
  });

  it('lowers and revokes grants of one project in one decreasePermissions', async () => {
    const { emu, d } = await demoDesk();
    await d.edit('projects.share', { project: 'Raw Data', principal: 'org-lab', level: 'VIEW' });
    await d.edit('projects.share', { project: 'Raw Data', principal: 'user-f', level: 'CONTRIBUTE' });
    await d.edit('projects.unshare', { project: 'Raw Data', principal: 'user-f' });
    expect(await d.engine.sync()).toMatchObject({ pushed: 3 });
    // The second edit of user-f's grant starts a new window (it is decided on a fresh read).
    expect(changes(d.calls)).toEqual([`/${DEMO_PROJECT_IDS.rawData}/decreasePermissions`, `/${DEMO_PROJECT_IDS.rawData}/invite`, `/${DEMO_PROJECT_IDS.rawData}/decreasePermissions`]);
    expect(emu.state().projects.find((p) => p.id === DEMO_PROJECT_IDS.rawData)?.permissions).toEqual({ 'user-d': 'ADMINISTER', 'org-lab': 'VIEW' });
  });

  it('leaves edits made as another user alone, with a note', async () => {
    const { d } = await demoDesk();
    await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    d.app.db.prepare("UPDATE outbox SET acting_user = 'user-a'").run();
    expect(await d.engine.sync()).toMatchObject({ pushed: 0 });
    expect(d.outbox()[0]).toMatchObject({ state: 'pending', error: 'Made as user-a; connect as user-a to send it' });
  });
});
