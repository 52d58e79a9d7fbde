// Migrations: fresh schema, refusal of newer files, all-or-nothing upgrades, and the indexes
// that keep per-user and per-principal lookups fast.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/connection';
import { SCHEMA_VERSION, migrate, schemaVersion } from '../../../main/db/migrate';
import { MIGRATIONS } from '../../../main/db/migrations/index';
import type { Migration } from '../../../main/db/migrations/index';
import { tempDb } from './tempDb';

const tables = (db: Db) =>
  db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
const indexes = (db: Db) =>
  db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").all().map((r) => r.name);

describe('migrate', () => {
  it('brings a fresh file to the current schema with STRICT tables and named indexes', () => {
    const { db } = tempDb();
    expect(migrate(db)).toEqual({ from: 0, to: SCHEMA_VERSION });
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    const t = tables(db);
    // Later migrations add their own tables; these are the core schema's.
    expect(t.map((x) => x.name)).toEqual(expect.arrayContaining([
      'app_authorized_users',
      'app_developers',
      'apps',
      'memberships',
      'orgs',
      'outbox',
      'project_grants',
      'projects',
      'settings',
      'sync_remote_values',
      'sync_state',
      'users',
    ]));
    for (const table of t) expect(table.sql, table.name).toMatch(/\)\s*STRICT/);
    for (const name of indexes(db)) expect(name).toMatch(/^idx_[a-z_]+$/);
    expect(indexes(db)).toEqual(expect.arrayContaining(['idx_memberships_user_id', 'idx_project_grants_principal']));
  });

  it('is a no-op on an up-to-date workspace', () => {
    const { db } = tempDb();
    migrate(db);
    expect(migrate(db)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
  });

  it('refuses a workspace written by a newer OrgDesk and leaves it untouched', () => {
    const { db } = tempDb();
    migrate(db);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    expect(() => migrate(db)).toThrow(`This workspace was written by a newer OrgDesk (schema ${SCHEMA_VERSION + 5}, this build knows ${SCHEMA_VERSION})`);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION + 5);
  });

  it('runs all pending migrations in one transaction: a failing one leaves nothing behind', () => {
    const { db } = tempDb();
    const failing: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, failing])).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it('upgrades from the previous schema keeping its rows', () => {
    const { db } = tempDb();
    migrate(db, MIGRATIONS.slice(0, SCHEMA_VERSION - 1));
    if (SCHEMA_VERSION > 1) {
      db.prepare("INSERT INTO users (id, email) VALUES ('user-a', 'a@x')").run();
    }
    migrate(db);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    if (SCHEMA_VERSION > 1) expect(db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 1 });
  });

  it('answers the per-user and per-principal lookups from indexes', () => {
    const { db } = tempDb();
    migrate(db);
    const plan = (sql: string, ...params: unknown[]) =>
      db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...params)
        .map((r) => (r as { detail: string }).detail)
        .join('\n');
    expect(plan('SELECT * FROM memberships WHERE user_id = ?', 'user-a')).toMatch(/USING INDEX idx_memberships_user_id/);
    expect(plan('SELECT DISTINCT project_id FROM project_grants WHERE principal IN (SELECT value FROM json_each(?))', '["user-a"]')).toMatch(
      /USING (COVERING )?INDEX idx_project_grants_principal/,
    );
    expect(plan('SELECT app_id FROM app_authorized_users WHERE principal IN (SELECT value FROM json_each(?))', '["org-a"]')).toMatch(
      /USING (COVERING )?INDEX idx_app_authorized_users_principal/,
    );
  });

  it('schema 5 rebuilds the bulk-written tables keeping rows, indexes, constraints and the outbox id mark', () => {
    const { db } = tempDb();
    migrate(db, MIGRATIONS.slice(0, 4));
    db.exec(`
      INSERT INTO users (id) VALUES ('user-a');
      INSERT INTO orgs (id, name) VALUES ('org-x', 'X');
      INSERT INTO projects (id, name, bill_to) VALUES ('project-p', 'P', 'org-x');
      INSERT INTO memberships (org_id, user_id, level, allow_billable_activities, app_access, project_access, extra) VALUES ('org-x', 'user-a', 'MEMBER', 1, 0, 'UPLOAD', '{"k":1}');
      INSERT INTO project_grants (project_id, principal, level) VALUES ('project-p', 'user-a', 'CONTRIBUTE');
      INSERT INTO outbox (op, target, summary, payload, acting_user, created_at, state, theirs, attempts, remote_ref) VALUES ('member.invite', 'member:org-x:user-a', 's', '{}', 'user-a', 5, 'conflict', '{"t":2}', 3, 'ref');
      INSERT INTO outbox (op, target, summary, payload, acting_user, created_at) VALUES ('member.invite', 't', 's', '{}', 'user-a', 6);
      DELETE FROM outbox WHERE id = 2;
    `);
    const before = ['memberships', 'project_grants', 'outbox'].map((t) => db.prepare(`SELECT * FROM ${t}`).all());
    migrate(db);
    expect(['memberships', 'project_grants', 'outbox'].map((t) => db.prepare(`SELECT * FROM ${t}`).all())).toEqual(before);
    expect(indexes(db)).toEqual(expect.arrayContaining(['idx_memberships_user_id', 'idx_project_grants_principal', 'idx_outbox_state', 'idx_outbox_target']));
    // The deleted id 2 is never handed out again.
    expect(db.prepare("INSERT INTO outbox (op, target, summary, payload, acting_user, created_at) VALUES ('o', 't', 's', '{}', 'u', 7)").run().lastInsertRowid).toBe(3);
    const rejects = (sql: string) => expect(() => db.exec(sql), sql).toThrow(/CHECK constraint failed|FOREIGN KEY/);
    rejects("UPDATE memberships SET project_access = 'OWNER'");
    rejects("UPDATE memberships SET level = 'OWNER'");
    rejects('UPDATE memberships SET app_access = 2');
    rejects("INSERT INTO memberships (org_id, user_id, level, project_access) VALUES ('org-x', 'user-nobody', 'MEMBER', 'VIEW')");
    rejects("UPDATE project_grants SET level = 'NONE'");
    rejects("UPDATE outbox SET state = 'lost'");
    rejects("UPDATE outbox SET payload = '{not json'");
    // The reason for schema 5: no enum CHECK spelled as an IN list on these tables.
    for (const t of tables(db).filter((x) => ['memberships', 'project_grants', 'outbox'].includes(x.name))) expect(t.sql, t.name).not.toMatch(/ IN \(/);
  });
});
