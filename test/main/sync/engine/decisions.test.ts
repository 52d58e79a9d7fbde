// The user's decisions on held edits: keep mine, take theirs, retry, discard (with the rows
// reverted to the last known platform value, or to the edit's base when none was seen), each
// refused in the wrong state and followed by events only after the commit.
import { afterEach, describe, expect, it } from 'vitest';
import { demoSeed, DEMO_PROJECT_IDS } from '../../../../main/seed/demoSeed';
import type { EventName } from '../../../../shared/contract/index';
import { AppError } from '../../../../shared/rpc/index';
import { closeWorlds, desk, emulator } from './harness';

afterEach(closeWorlds);

async function world() {
  const emu = await emulator(demoSeed);
  const d = desk(emu, 'user-d');
  await d.engine.sync();
  return { emu, d };
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  return 'no error';
}

describe('outbox decisions', () => {
  it('refuses decisions that do not fit the state, and unknown IDs', async () => {
    const { d } = await world();
    await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    const [e] = d.outbox();
    expect(codeOf(() => d.engine.resolve(e?.id ?? 0, 'keepMine'))).toBe('InvalidState');
    expect(codeOf(() => d.engine.retry(e?.id ?? 0))).toBe('InvalidState');
    expect(codeOf(() => d.engine.discard(999))).toBe('NotFound');
    d.app.db.prepare("UPDATE outbox SET state = 'sending'").run();
    const running = d.engine.sync();
    expect(codeOf(() => d.engine.discard(e?.id ?? 0))).toBe('InvalidState');
    await running;
  });

  it('discards an edit a crash left in sending when no sync is running', async () => {
    const { d } = await world();
    await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    d.app.db.prepare("UPDATE outbox SET state = 'sending'").run();
    expect(d.engine.discard(d.outbox()[0]?.id ?? 0).state).toBe('discarded');
    expect(d.app.repos.memberships.get('org-lab', 'user-b')?.projectAccess).toBe('CONTRIBUTE');
  });

  it('retries a failed edit and emits the new counts after the commit', async () => {
    const { emu, d } = await world();
    await d.edit('members.invite', { org: 'org-lab', user: 'user-f' });
    emu.act('user-a').setMemberAccess('org-lab', { 'user-d': { level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' } });
    await d.engine.sync();
    const seen: Array<{ event: EventName; payload: unknown; state: string | undefined }> = [];
    d.app.events.subscribe((event, payload) => seen.push({ event, payload, state: d.app.repos.outbox.list()[0]?.state }));
    const [failed] = d.outbox();
    expect(d.engine.retry(failed?.id ?? 0)).toMatchObject({ state: 'pending', error: null });
    expect(seen.find((s) => s.event === 'outbox.changed')).toEqual({ event: 'outbox.changed', payload: { pending: 1, failed: 0, conflict: 0 }, state: 'pending' });
  });

  it('take theirs leaves the rows alone when a later edit of the same thing waits', async () => {
    const { emu, d } = await world();
    await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    await d.edit('members.update', { org: 'org-lab', user: 'user-b', appAccess: false });
    emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', projectAccess: 'VIEW' } });
    await d.engine.sync();
    const [conflict] = d.outbox();
    d.engine.resolve(conflict?.id ?? 0, 'takeTheirs');
    expect(d.app.repos.memberships.get('org-lab', 'user-b')).toMatchObject({ projectAccess: 'UPLOAD', appAccess: false });
    // The later edit changed appAccess only: it goes on top of their projectAccess.
    expect(await d.engine.sync()).toMatchObject({ pushed: 1, conflicts: 0 });
    const b = emu.state().orgs.find((o) => o.id === 'org-lab')?.members.find((m) => m.id === 'user-b');
    expect(b).toMatchObject({ projectAccess: 'VIEW', appAccess: false });
    expect(d.app.repos.memberships.get('org-lab', 'user-b')).toMatchObject({ projectAccess: 'VIEW', appAccess: false });
  });

  it('discard reverts to the platform value last seen (not the stale base)', async () => {
    const { emu, d } = await world();
    await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    d.app.db.prepare("UPDATE outbox SET acting_user = 'user-x'").run();
    emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', projectAccess: 'VIEW' } });
    await d.engine.sync();
    const [e] = d.outbox();
    expect(d.engine.discard(e?.id ?? 0).state).toBe('discarded');
    expect(d.app.repos.memberships.get('org-lab', 'user-b')?.projectAccess).toBe('VIEW');
  });

  it('discard falls back to the edit base, or to the earlier edit when one waits', async () => {
    const { d } = await world();
    await d.edit('projects.share', { project: 'Raw Data', principal: 'user-f', level: 'VIEW' });
    await d.edit('projects.share', { project: 'Raw Data', principal: 'user-f', level: 'CONTRIBUTE' });
    const [first, second] = d.outbox();
    d.engine.discard(second?.id ?? 0);
    expect(d.app.repos.projects.get(DEMO_PROJECT_IDS.rawData)?.permissions['user-f']).toBe('VIEW');
    d.engine.discard(first?.id ?? 0);
    expect(d.app.repos.projects.get(DEMO_PROJECT_IDS.rawData)?.permissions['user-f']).toBeUndefined();
    expect(await d.engine.sync()).toMatchObject({ pushed: 0 });
  });

  it('discarding a create removes what it made locally and the edits that depend on it', async () => {
    const { emu, d } = await world();
    const created = await d.edit('projects.create', { name: 'Scratch', billTo: 'org-lab' });
    await d.edit('projects.share', { project: created.id, principal: 'org-lab', level: 'VIEW' });
    await d.edit('orgs.create', { handle: 'extra', name: 'Extra' });
    await d.edit('members.invite', { org: 'org-extra', user: 'user-b' });
    const [project, , org] = d.outbox();
    d.engine.discard(project?.id ?? 0);
    d.engine.discard(org?.id ?? 0);
    expect(d.outbox().map((e) => e.state)).toEqual(['discarded', 'discarded', 'discarded', 'discarded']);
    expect(d.app.repos.projects.get(created.id)).toBeUndefined();
    expect(d.app.repos.orgs.get('org-extra')).toBeUndefined();
    expect(await d.engine.sync()).toMatchObject({ pushed: 0 });
    expect(emu.state().projects.map((p) => p.name).sort()).toEqual(['Raw Data', 'Resources']);
  });

  it('keep mine on a settings conflict rebases on the platform version and value', async () => {
    const { emu, d } = await world();
    await d.edit('projects.updateSettings', { project: 'Raw Data', settings: { databaseResultsRestricted: 10 } });
    const version = emu.state().projects.find((p) => p.id === DEMO_PROJECT_IDS.rawData)?.version ?? 0;
    emu.act('user-d').updateProject(DEMO_PROJECT_IDS.rawData, { databaseResultsRestricted: 20, version });
    expect(await d.engine.sync()).toMatchObject({ conflicts: 1 });
    const [c] = d.outbox();
    expect(c?.theirs).toEqual({ version: version + 1, settings: { databaseResultsRestricted: 20 } });
    expect(d.engine.resolve(c?.id ?? 0, 'keepMine').base).toEqual({ version: version + 1, settings: { databaseResultsRestricted: 20 } });
    expect(await d.engine.sync()).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(emu.state().projects.find((p) => p.id === DEMO_PROJECT_IDS.rawData)?.settings.databaseResultsRestricted).toBe(10);
  });
});
