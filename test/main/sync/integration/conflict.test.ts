// The conflict of scenarios.md "Offline and sync": someone sets user-b's projectAccess to VIEW
// on the platform while this workspace set UPLOAD offline. The edit is held with both values,
// an unrelated edit still goes, and the user's choice (keep mine / take theirs) is honoured.
import { afterEach, describe, expect, it } from 'vitest';
import { demoSeed } from '../../../../main/seed/demoSeed';
import { closeWorlds, desk, emulator } from '../engine/harness';

afterEach(closeWorlds);

async function offlineEditMeetsRemoteChange() {
  const emu = await emulator(demoSeed);
  const d = desk(emu, 'user-d');
  expect((await d.engine.sync()).error).toBeNull();
  await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
  await d.edit('members.update', { org: 'org-lab', user: 'user-e', appAccess: false });
  emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'VIEW' } });
  const report = await d.engine.sync();
  return { emu, d, report };
}

const member = (emu: { state(): { orgs: Array<{ id: string; members: Array<{ id: string; projectAccess: string; appAccess: boolean }> }> } }, user: string) =>
  emu.state().orgs.find((o) => o.id === 'org-lab')?.members.find((m) => m.id === user);

describe('a remote change to the same field', () => {
  it('is held as a conflict with both values while an unrelated edit goes through', async () => {
    const { emu, d, report } = await offlineEditMeetsRemoteChange();
    expect(report).toMatchObject({ pushed: 1, conflicts: 1, failed: 0, error: null });
    const [conflict, other] = d.outbox();
    expect(conflict).toMatchObject({ state: 'conflict', payload: { projectAccess: 'UPLOAD' }, base: { projectAccess: 'CONTRIBUTE' }, theirs: { projectAccess: 'VIEW' } });
    expect(other?.state).toBe('sent');
    expect(member(emu, 'user-b')?.projectAccess).toBe('VIEW');
    expect(member(emu, 'user-e')?.appAccess).toBe(false);
    // Nothing overwritten silently: the workspace still shows the local edit, pending.
    expect(d.app.repos.memberships.get('org-lab', 'user-b')?.projectAccess).toBe('UPLOAD');
  });

  it('keep mine sends UPLOAD on the next sync', async () => {
    const { emu, d } = await offlineEditMeetsRemoteChange();
    const [conflict] = d.outbox();
    const resolved = d.engine.resolve(conflict?.id ?? 0, 'keepMine');
    expect(resolved).toMatchObject({ state: 'pending', base: { projectAccess: 'VIEW' }, theirs: null });
    expect(await d.engine.sync()).toMatchObject({ pushed: 1, conflicts: 0, error: null });
    expect(member(emu, 'user-b')?.projectAccess).toBe('UPLOAD');
    expect(d.app.repos.memberships.get('org-lab', 'user-b')?.projectAccess).toBe('UPLOAD');
  });

  it('take theirs shows VIEW locally and drops the edit', async () => {
    const { emu, d } = await offlineEditMeetsRemoteChange();
    const [conflict] = d.outbox();
    expect(d.engine.resolve(conflict?.id ?? 0, 'takeTheirs').state).toBe('discarded');
    expect(d.app.repos.memberships.get('org-lab', 'user-b')?.projectAccess).toBe('VIEW');
    expect(await d.engine.sync()).toMatchObject({ pushed: 0, conflicts: 0, error: null });
    expect(member(emu, 'user-b')?.projectAccess).toBe('VIEW');
    expect(d.app.repos.memberships.get('org-lab', 'user-b')?.projectAccess).toBe('VIEW');
  });
});
