// What a connection remembers between snapshots (main/audit/snapshots/memory.ts) must never
// make a snapshot or a diff disagree with the stored rows: another connection's snapshot or
// hand edit, a rolled-back take and an edited change row on this connection all make it start
// over. Every check is on results (a snapshot rebuilds to the live state, an edit is reported),
// so each test fails if the remembered state were trusted when it should not be.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../../../main/app';
import type { OrgDeskApp } from '../../../../main/app';
import { hashFacts } from '../../../../main/audit/snapshots/hash';
import { HashText } from '../../../../main/audit/snapshots/hashText';
import { loadAccessState } from '../../../../main/audit/state/loadAccessState';
import type { FactMap } from '../../../../main/audit/state/facts';
import { closeAll, demoApp, expectCode } from '../../services/fixtures';

afterEach(closeAll);

const rebuildsToNow = (app: OrgDeskApp, id: number) => expect(loadAccessState(app.repos, id).state).toEqual(loadAccessState(app.repos, 'now').state);

function withSecondConnection(app: OrgDeskApp, use: (other: OrgDeskApp) => void): void {
  const other = openApp({ workspacePath: app.workspacePath });
  try {
    use(other);
  } finally {
    other.close();
  }
}

describe('snapshots after a remembered one', () => {
  it('store only the new change and rebuild to the live state, many times over', () => {
    const app = demoApp();
    app.services.snapshots.take({});
    for (const projectAccess of ['VIEW', 'UPLOAD', 'NONE'] as const) {
      app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess });
      const s = app.services.snapshots.take({});
      expect(app.repos.snapshots.changesOf(s.id).map((c) => c.key)).toEqual(['member:org-lab:user-b']);
      rebuildsToNow(app, s.id);
    }
    app.db.prepare(`DELETE FROM memberships WHERE org_id = 'org-lab' AND user_id = 'user-c'`).run();
    const removed = app.services.snapshots.take({});
    expect(app.repos.snapshots.changesOf(removed.id)).toEqual([{ key: 'member:org-lab:user-c', value: null }]);
    rebuildsToNow(app, removed.id);
    const unchanged = app.services.snapshots.take({});
    expect(unchanged).toMatchObject({ hash: removed.hash, changeCount: 0, factCount: removed.factCount });
  });

  it('build on a snapshot another connection added, not on what this one remembers', () => {
    const app = demoApp();
    app.services.snapshots.take({});
    withSecondConnection(app, (other) => {
      other.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
      other.services.snapshots.take({});
    });
    app.services.members.update({ org: 'org-lab', user: 'user-c', projectAccess: 'VIEW' });
    const s = app.services.snapshots.take({});
    expect(app.repos.snapshots.changesOf(s.id).map((c) => c.key)).toEqual(['member:org-lab:user-c']);
    rebuildsToNow(app, s.id);
  });

  it('start over when another connection edits a stored change row', () => {
    const app = demoApp();
    const first = app.services.snapshots.take({});
    withSecondConnection(app, (other) => {
      other.db.prepare(`UPDATE snapshot_changes SET value = NULL WHERE snapshot_id = ? AND fact_key = 'member:org-lab:user-c'`).run(first.id);
    });
    app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
    const next = app.services.snapshots.take({});
    expectCode(() => loadAccessState(app.repos, first.id), 'InvalidState');
    rebuildsToNow(app, next.id);
  });

  it('ignore a take whose transaction rolled back', () => {
    const app = demoApp();
    app.services.snapshots.take({});
    app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
    expect(() =>
      app.db.transaction(() => {
        app.services.snapshots.take({});
        throw new Error('pull failed after its snapshot');
      })(),
    ).toThrow('pull failed');
    // Nothing changed since the rolled-back take: trusting it would store no change here.
    const s = app.services.snapshots.take({});
    expect(app.repos.snapshots.changesOf(s.id).map((c) => c.key)).toEqual(['member:org-lab:user-b']);
    rebuildsToNow(app, s.id);
  });

  it('ignore a rolled-back first take, which also rolls back the watch on the snapshot tables', () => {
    const app = demoApp();
    expect(() =>
      app.db.transaction(() => {
        app.services.snapshots.take({});
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    const first = app.services.snapshots.take({});
    expect(first.id).toBe(1);
    app.db.prepare(`UPDATE snapshot_changes SET value = NULL WHERE fact_key = 'member:org-lab:user-c'`).run();
    app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
    const next = app.services.snapshots.take({});
    rebuildsToNow(app, next.id);
  });
});

describe('diffs between snapshots this connection already checked', () => {
  it('still report a change row edited afterwards on this same connection', () => {
    const app = demoApp();
    const a = app.services.snapshots.take({});
    app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
    const b = app.services.snapshots.take({});
    expect(app.services.snapshots.diff({ from: a.id, to: b.id, filters: {} }).structural).toHaveLength(1);
    app.db.prepare(`UPDATE snapshot_changes SET value = '{"level":"ADMINISTER"}' WHERE snapshot_id = ? AND fact_key LIKE 'grant:%' AND value IS NOT NULL`).run(a.id);
    expect(expectCode(() => app.services.snapshots.diff({ from: a.id, to: b.id, filters: {} }), 'InvalidState').message).toContain('altered');
    expect(expectCode(() => app.services.snapshots.diff({ from: b.id, to: a.id, filters: {} }), 'InvalidState').message).toContain('altered');
  });

  it('give the same result either way round and for a snapshot against itself', () => {
    const app = demoApp();
    const a = app.services.snapshots.take({});
    app.services.members.update({ org: 'org-lab', user: 'user-c', projectAccess: 'NONE' });
    const b = app.services.snapshots.take({});
    const forward = app.services.snapshots.diff({ from: a.id, to: b.id, filters: {} });
    const back = app.services.snapshots.diff({ from: b.id, to: a.id, filters: {} });
    expect(forward.effective.map((e) => [e.user, e.project, e.change])).toEqual(back.effective.map((e) => [e.user, e.project, e.change === 'revoked' ? 'granted' : e.change === 'granted' ? 'revoked' : e.change === 'lowered' ? 'raised' : 'lowered']));
    expect(forward.effective.length).toBeGreaterThan(0);
    expect(app.services.snapshots.diff({ from: a.id, to: a.id, filters: {} })).toMatchObject({ identical: true, structural: [], effective: [] });
    expectCode(() => app.services.snapshots.diff({ from: 99, to: a.id, filters: {} }), 'NotFound');
  });
});

describe('diffs that reuse the sides of the previous diff', () => {
  it('equal the same diffs on a fresh connection, stepping forward, back and re-filtered', () => {
    const app = demoApp();
    const ids = [app.services.snapshots.take({}).id];
    const edits = [
      () => app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' }),
      () => app.db.prepare(`DELETE FROM memberships WHERE org_id = 'org-lab' AND user_id = 'user-c'`).run(),
      () => app.db.prepare(`UPDATE project_grants SET level = 'ADMINISTER' WHERE principal = 'org-lab'`).run(),
    ];
    for (const edit of edits) {
      edit();
      ids.push(app.services.snapshots.take({}).id);
    }
    const [s1 = 0, s2 = 0, s3 = 0, s4 = 0] = ids;
    const asks: Array<[number, number, Record<string, string>]> = [
      [s1, s2, {}], [s2, s3, {}], [s2, s3, { user: 'user-c' }], [s3, s4, {}], [s2, s3, {}], [s4, s1, {}], [s1, s4, { kinds: 'revoked' }], [s3, s3, {}],
    ];
    const ask = (a: OrgDeskApp, [from, to, f]: (typeof asks)[number]) =>
      a.services.snapshots.diff({ from, to, filters: f.kinds ? { kinds: [f.kinds as 'revoked'] } : f.user ? { user: f.user } : {} });
    const here = asks.map((q) => ask(app, q));
    withSecondConnection(app, (other) => {
      expect(here).toEqual(asks.map((q) => ask(other, q)));
    });
    expect(here[1]?.effective.length).toBeGreaterThan(0);
  });
});

describe('HashText', () => {
  const key = fc.tuple(fc.constantFrom('member', 'grant', 'user'), fc.stringMatching(/^[a-z0-9-]{0,4}$/)).map(([k, id]) => `${k}:${id}`);
  const value = fc.constantFrom('{}', '{"level":"VIEW"}', '{"name":"Zoë \\"Z\\""}');
  it('digests to hashFacts of the same facts after any adds, changes and removals', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 60 }), fc.array(fc.tuple(key, fc.option(value, { nil: null })), { maxLength: 60 }), (start, edits) => {
        const facts: FactMap = new Map(start);
        const text = new HashText(facts);
        expect(text.digest(facts)).toBe(hashFacts(facts));
        for (const [k, v] of edits) {
          if (v === null) facts.delete(k);
          else facts.set(k, v);
          text.touch(k, v !== null);
        }
        expect(text.digest(facts)).toBe(hashFacts(facts));
      }),
    );
  });
});
