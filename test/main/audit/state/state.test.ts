// Reading an AccessState: from the live tables and from a snapshot they are deep-equal; the
// hash does not depend on the order a state was built in; a snapshot whose stored changes
// were edited is refused, not silently rebuilt wrong.
import { afterEach, describe, expect, it } from 'vitest';
import { hashState } from '../../../../main/audit/snapshots/hash';
import { factsToState, stateToFacts } from '../../../../main/audit/state/facts';
import { readLiveFacts } from '../../../../main/audit/state/liveFacts';
import { readLiveState } from '../../../../main/audit/state/liveState';
import { loadAccessState } from '../../../../main/audit/state/loadAccessState';
import type { AccessState } from '../../../../shared/domain/accessState';
import { closeAll, demoApp, expectCode } from '../../services/fixtures';

afterEach(closeAll);

const reversed = (s: AccessState): AccessState => ({
  users: [...s.users].reverse(),
  orgs: [...s.orgs].reverse(),
  memberships: [...s.memberships].reverse(),
  projects: [...s.projects].reverse().map((p) => ({ ...p, permissions: Object.fromEntries(Object.entries(p.permissions).reverse()) })),
  apps: [...s.apps].reverse().map((a) => ({ ...a, authorizedUsers: [...a.authorizedUsers].reverse() })),
});

describe('loadAccessState', () => {
  it('now and a snapshot of now are deep-equal, with the snapshot hash as source', () => {
    const app = demoApp();
    const now = loadAccessState(app.repos, 'now');
    expect(now.source).toEqual({ kind: 'now' });
    expect(now.state.memberships.some((m) => m.org === 'org-lab' && m.user === 'user-c')).toBe(true);
    const s = app.services.snapshots.take({ label: 'x' });
    const snap = loadAccessState(app.repos, s.id);
    expect(snap.state).toEqual(now.state);
    expect(snap.source).toEqual({ kind: 'snapshot', id: s.id, hash: s.hash, takenAt: s.takenAt });
    expect(hashState(now.state)).toBe(s.hash);
  });

  it('the hash ignores build order; facts round-trip', () => {
    const { state } = loadAccessState(demoApp().repos, 'now');
    expect(hashState(reversed(state))).toBe(hashState(state));
    expect(factsToState(stateToFacts(reversed(state)))).toEqual(state);
    const changed = { ...state, memberships: state.memberships.map((m) => (m.user === 'user-b' ? { ...m, appAccess: !m.appAccess } : m)) };
    expect(hashState(changed)).not.toBe(hashState(state));
  });

  it('the lean fact reader agrees with the state path, odd strings and settings included', () => {
    const app = demoApp();
    app.db.prepare(`UPDATE users SET first = 'Zoë "Z"', last = '\\ tab\t' WHERE id = 'user-a'`).run();
    app.db.prepare('UPDATE projects SET database_results_restricted = 7, download_restricted = 1, preview_viewer_restricted = 1').run();
    app.db.prepare(`UPDATE orgs SET name = 'Lab, "new"', phi_features_enabled = 1, member_list_visibility = 'PUBLIC'`).run();
    expect(readLiveFacts(app.repos.snapshots)).toEqual(stateToFacts(readLiveState(app.repos)));
  });

  it('an unknown snapshot is NotFound; an edited change row is InvalidState', () => {
    const app = demoApp();
    expectCode(() => loadAccessState(app.repos, 5), 'NotFound');
    const s = app.services.snapshots.take({});
    app.db.prepare(`UPDATE snapshot_changes SET value = '{"level":"ADMIN","allowBillableActivities":true,"appAccess":true,"projectAccess":"ADMINISTER"}' WHERE fact_key = 'member:org-lab:user-c'`).run();
    expect(expectCode(() => loadAccessState(app.repos, s.id), 'InvalidState').message).toContain('altered');
    // Later snapshots are still recorded; the first one after a real change stores whatever
    // turns the damaged fold into the true state, so it rebuilds correctly.
    app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
    const next = app.services.snapshots.take({});
    expect(loadAccessState(app.repos, next.id).state).toEqual(loadAccessState(app.repos, 'now').state);
  });
});
