// act(userId) and state(): remote edits by someone else go through the same rules as HTTP
// calls (refusals included) without counting as calls, and state() is a deep copy that a test
// cannot use to change the platform behind its back.
import { describe, expect, it } from 'vitest';
import { EmulatorError } from '../../../main/emulator/index';
import { DEMO_PROJECT_IDS } from '../../../main/seed/demoSeed';
import { TOKEN, emulator, ok } from './emuHelpers';

describe('act()', () => {
  it("performs a remote edit that the HTTP API then shows, without counting a call", async () => {
    const emu = await emulator();
    emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { projectAccess: 'VIEW' } });
    const page = await ok<{ results: Array<{ id: string; projectAccess: string }> }>(emu, TOKEN.d, '/org-lab/findMembers', { id: ['user-b'] });
    expect(page.results[0]?.projectAccess).toBe('VIEW');
    expect(emu.stats().calls).toBe(1);
    expect(emu.act('user-d').whoami()).toEqual({ id: 'user-d' });
    expect(emu.act('user-e').findOrgs().results.map((o) => o.id)).toEqual(['org-lab', 'org-lab_new']);
    expect(emu.act('user-d').call('/org-lab/describe')).toMatchObject({ id: 'org-lab', level: 'ADMIN' });
  });

  it('applies the same permission checks, throwing EmulatorError with type and status', () => {
    return emulator().then((emu) => {
      const b = emu.act('user-b');
      let caught: unknown;
      try {
        b.removeMember('org-lab', { user: 'user-c' });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(EmulatorError);
      expect(caught).toMatchObject({ type: 'PermissionDenied', status: 401 });
      expect(() => b.updateProject(DEMO_PROJECT_IDS.rawData, { protected: true })).toThrow(/ADMINISTER/);
      expect(() => emu.act('user-nobody')).toThrow(/not a user/);
    });
  });

  it('state() is a deep copy in the seed layout', async () => {
    const emu = await emulator();
    const state = emu.state();
    expect(state.users.map((u) => u.id)).toEqual(['user-a', 'user-b', 'user-c', 'user-d', 'user-e', 'user-f']);
    expect(state.orgs.map((o) => [o.id, o.members.length])).toEqual([
      ['org-lab', 5],
      ['org-lab_new', 3],
    ]);
    state.orgs[0]?.members.splice(0);
    const raw = state.projects.find((p) => p.id === DEMO_PROJECT_IDS.rawData);
    if (raw) raw.permissions['user-f'] = 'ADMINISTER';
    expect(emu.state().orgs[0]?.members).toHaveLength(5);
    expect(emu.state().projects.find((p) => p.id === DEMO_PROJECT_IDS.rawData)?.permissions['user-f']).toBeUndefined();
  });
});
