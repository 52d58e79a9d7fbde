// Snapshot storage: only changed facts are stored (a one-field change on a large state stores
// one row), nothing-changed snapshots are still recorded, listing and the event, the schema
// upgrade from 3, and the snapshot the pull hook takes after a sync.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/db/connection';
import { migrate } from '../../../../main/db/migrate';
import { MIGRATIONS } from '../../../../main/db/migrations/index';
import path from 'node:path';
import type { Membership } from '../../../../shared/domain/index';
import { closeAll, demoApp, emptyApp, recordEvents, tempDir } from '../../services/fixtures';

afterEach(closeAll);

describe('snapshots store changes, not copies', () => {
  it('a one-field change on a 3,000-member state stores one change', () => {
    const app = emptyApp();
    app.db.transaction(() => {
      app.repos.orgs.insert({ id: 'org-big', name: 'Big', phiFeaturesEnabled: false, policies: { memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN' }, extra: {} });
      for (let i = 0; i < 3000; i++) {
        const user = `user-u${i}`;
        app.repos.users.upsert({ id: user, email: `${user}@x.example`, first: '', last: '' });
        app.repos.memberships.insert({ org: 'org-big', user, level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'VIEW', extra: {} });
      }
    })();
    const first = app.services.snapshots.take({});
    expect(first).toMatchObject({ factCount: 6001, changeCount: 6001 });
    const m: Membership = { org: 'org-big', user: 'user-u7', level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'UPLOAD', extra: {} };
    app.db.transaction(() => app.repos.memberships.update(m))();
    const second = app.services.snapshots.take({});
    expect(second).toMatchObject({ factCount: 6001, changeCount: 1 });
    expect(app.repos.snapshots.changesOf(second.id)).toEqual([
      { key: 'member:org-big:user-u7', value: '{"level":"MEMBER","allowBillableActivities":false,"appAccess":true,"projectAccess":"UPLOAD"}' },
    ]);
    app.db.transaction(() => app.repos.memberships.remove('org-big', 'user-u8'))();
    const third = app.services.snapshots.take({});
    expect(app.repos.snapshots.changesOf(third.id)).toEqual([{ key: 'member:org-big:user-u8', value: null }]);
    expect(third.factCount).toBe(6000);
  });

  it('records unchanged states too, lists them oldest first and announces each', () => {
    const app = demoApp();
    const events = recordEvents(app);
    const a = app.services.snapshots.take({ label: 'before review' });
    const b = app.services.snapshots.take({});
    expect(b).toMatchObject({ hash: a.hash, changeCount: 0, source: 'manual', label: null });
    const list = app.services.snapshots.list();
    expect(list.snapshots.map((s) => [s.id, s.label, s.changeCount])).toEqual([[a.id, 'before review', a.factCount], [b.id, null, 0]]);
    expect(list.storedChanges).toBe(a.factCount);
    expect(list.storedBytes).toBeGreaterThan(0);
    expect(events.filter((e) => e.event === 'snapshots.recorded').map((e) => e.payload)).toEqual([a, b]);
  });

  it('the router refuses an empty label and a snapshot id that is not a positive integer', async () => {
    const app = demoApp();
    expect(await app.router.dispatch('snapshots.take', { label: '  ' })).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    expect(await app.router.dispatch('snapshots.diff', { from: 0, to: 'now' })).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    expect(app.services.snapshots.list().snapshots).toEqual([]);
  });
});

describe('schema 4', () => {
  it('upgrades a schema-3 workspace and keeps its data', () => {
    const file = path.join(tempDir(), 'w.sqlite');
    const db = openDatabase(file);
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare("INSERT INTO users (id) VALUES ('user-old')").run();
    expect(migrate(db)).toEqual({ from: 3, to: MIGRATIONS.length });
    expect(db.prepare('SELECT id FROM users').all()).toEqual([{ id: 'user-old' }]);
    expect(db.prepare('SELECT count(*) AS n FROM snapshots').get()).toEqual({ n: 0 });
    expect(() => db.prepare("INSERT INTO snapshots (taken_at, source, hash, fact_count, change_count) VALUES (1, 'cron', ?, 0, 0)").run('a'.repeat(64))).toThrow(/CHECK/);
    db.close();
  });
});
