// scenarios.md Example 1 done entirely with OrgDesk edits (router -> services -> outbox) and
// pushed to the emulator over loopback HTTP: user-a builds org-lab and Resources, user-d adds
// Raw Data and authorizes qc, then removes user-c. The emulator's state is checked field by
// field, and the access table of the scenario is recomputed from it with the domain rules.
import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../../../main/emulator/index';
import { canRunApp, explainAccess } from '../../../../shared/domain/index';
import type { Level } from '../../../../shared/domain/index';
import { closeWorlds, desk, emulator } from '../engine/harness';
import { EXAMPLE1_START, PEOPLE, QC } from '../engine/seeds';

afterEach(closeWorlds);

function accessTable(state: EmulatorState): Record<string, { resources: Level; rawData: Level; qc: boolean }> {
  const byName = (name: string) => {
    const p = state.projects.find((x) => x.name === name);
    if (!p) throw new Error(`no project ${name}`);
    return p;
  };
  const memberships = state.orgs.flatMap((o) => o.members.map((m) => ({ ...m, org: o.id, user: m.id })));
  const qc = state.apps.find((a) => a.id === QC);
  if (!qc) throw new Error('no qc');
  const out: Record<string, { resources: Level; rawData: Level; qc: boolean }> = {};
  for (const user of ['user-a', 'user-b', 'user-c', 'user-d']) {
    const mine = memberships.filter((m) => m.user === user);
    out[user] = {
      resources: explainAccess(user, byName('Resources').permissions, mine).level,
      rawData: explainAccess(user, byName('Raw Data').permissions, mine).level,
      qc: canRunApp(user, qc, mine),
    };
  }
  return out;
}

describe('scenarios.md Example 1 through OrgDesk and the emulator', () => {
  it('creates, shares, adds members, authorizes and removes, and the platform ends exactly so', async () => {
    const emu = await emulator(EXAMPLE1_START);
    const a = desk(emu, 'user-a', { localSeed: { users: PEOPLE } });
    expect((await a.engine.sync()).error).toBeNull();

    await a.edit('orgs.create', { handle: 'lab', name: 'Lab' });
    await a.edit('projects.create', { name: 'Resources', billTo: 'org-lab' });
    await a.edit('projects.share', { project: 'Resources', principal: 'org-lab', level: 'VIEW' });
    await a.edit('members.invite', { org: 'org-lab', user: 'user-b' });
    await a.edit('members.invite', { org: 'org-lab', user: 'user-c' });
    await a.edit('members.invite', { org: 'org-lab', user: 'user-d', level: 'ADMIN' });
    const pushedA = await a.engine.sync();
    expect(pushedA).toMatchObject({ pushed: 6, conflicts: 0, failed: 0, error: null });
    expect(a.outbox().map((e) => e.state)).toEqual(Array(6).fill('sent'));

    // The created project now carries its real ID everywhere locally.
    const resources = emu.state().projects.find((p) => p.name === 'Resources');
    expect(resources).toMatchObject({ billTo: 'org-lab', permissions: { 'user-a': 'ADMINISTER', 'org-lab': 'VIEW' } });
    expect(a.app.repos.projects.byName('Resources').map((p) => p.id)).toEqual([resources?.id]);
    expect(a.outbox().find((e) => e.op === 'project.share')?.target).toBe(`grant:${resources?.id}:org-lab`);

    const d = desk(emu, 'user-d', { localSeed: { users: PEOPLE } });
    expect((await d.engine.sync()).error).toBeNull();
    expect(d.app.repos.apps.get(QC)?.developers).toEqual(['user-d']);
    await d.edit('projects.create', { name: 'Raw Data', billTo: 'org-lab' });
    await d.edit('projects.share', { project: 'Raw Data', principal: 'org-lab', level: 'UPLOAD' });
    await d.edit('apps.authorize', { app: 'qc', principal: 'org-lab' });
    expect(await d.engine.sync()).toMatchObject({ pushed: 3, conflicts: 0, failed: 0, error: null });

    const state = emu.state();
    const lab = state.orgs.find((o) => o.id === 'org-lab');
    expect(lab?.name).toBe('Lab');
    expect(lab?.members.map((m) => [m.id, m.level, m.allowBillableActivities, m.appAccess, m.projectAccess])).toEqual([
      ['user-a', 'ADMIN', true, true, 'ADMINISTER'],
      ['user-b', 'MEMBER', false, true, 'CONTRIBUTE'],
      ['user-c', 'MEMBER', false, true, 'CONTRIBUTE'],
      ['user-d', 'ADMIN', true, true, 'ADMINISTER'],
    ]);
    expect(state.projects.map((p) => [p.name, p.billTo, p.permissions]).sort()).toEqual([
      ['Raw Data', 'org-lab', { 'user-d': 'ADMINISTER', 'org-lab': 'UPLOAD' }],
      ['Resources', 'org-lab', { 'user-a': 'ADMINISTER', 'org-lab': 'VIEW' }],
    ]);
    expect(state.apps.find((x) => x.id === QC)?.authorizedUsers).toEqual(['org-lab']);
    expect(accessTable(state)).toEqual({
      'user-a': { resources: 'ADMINISTER', rawData: 'UPLOAD', qc: true },
      'user-b': { resources: 'VIEW', rawData: 'UPLOAD', qc: true },
      'user-c': { resources: 'VIEW', rawData: 'UPLOAD', qc: true },
      'user-d': { resources: 'VIEW', rawData: 'ADMINISTER', qc: true },
    });

    // Step 5: user-d removes user-c.
    await d.edit('members.remove', { org: 'org-lab', user: 'user-c' });
    expect(await d.engine.sync()).toMatchObject({ pushed: 1, error: null });
    const after = emu.state();
    expect(after.orgs.find((o) => o.id === 'org-lab')?.members.map((m) => m.id)).toEqual(['user-a', 'user-b', 'user-d']);
    expect(accessTable(after)).toEqual({
      'user-a': { resources: 'ADMINISTER', rawData: 'UPLOAD', qc: true },
      'user-b': { resources: 'VIEW', rawData: 'UPLOAD', qc: true },
      'user-c': { resources: 'NONE', rawData: 'NONE', qc: false },
      'user-d': { resources: 'VIEW', rawData: 'ADMINISTER', qc: true },
    });
    // One project per create, however many syncs ran.
    expect(after.projects).toHaveLength(2);

    // user-a's workspace learns all of it on the next pull, without queuing anything.
    const before = a.outbox().length;
    const pulled = await a.engine.sync();
    expect(pulled.error).toBeNull();
    expect(pulled.pulled).toBeGreaterThan(0);
    expect(a.outbox()).toHaveLength(before);
    expect(a.app.repos.memberships.byOrg('org-lab').map((m) => m.user)).toEqual(['user-a', 'user-b', 'user-d']);
    expect(a.app.repos.projects.byName('Raw Data')[0]?.permissions).toEqual({ 'user-d': 'ADMINISTER', 'org-lab': 'UPLOAD' });
  });
});
