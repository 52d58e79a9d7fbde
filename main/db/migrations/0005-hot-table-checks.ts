// Schema 5: the tables a bulk import writes per row (memberships, outbox, project_grants) are
// rebuilt with the same columns, rows and meaning, only their enum CHECKs spelled as OR chains.
// SQLite evaluates `x IN ('a', 'b', 'c')` with more than two constants through an ephemeral
// table it builds again on every statement run: about 3 µs per inserted row, 0.3 s of a
// 100k-row import. Nothing references these tables by foreign key, so drop-and-rename is safe
// with foreign keys on. The outbox keeps its AUTOINCREMENT high-water mark: edit log rows name
// outbox ids, and an id must never be handed out twice. Frozen once shipped.
import type Database from 'better-sqlite3';

const oneOf = (col: string, values: readonly string[]) => `CHECK (${values.map((v) => `${col} = '${v}'`).join(' OR ')})`;
const BOOL = (col: string) => `${col} INTEGER NOT NULL DEFAULT 0 CHECK (${col} = 0 OR ${col} = 1)`;
const LEVELS = ['NONE', 'VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'];
const GRANT_LEVELS = ['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'];
const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed', 'conflict', 'discarded'];

interface Rebuild {
  table: string;
  columns: readonly string[];
  create: string;
  indexes: string;
}

const REBUILDS: readonly Rebuild[] = [
  {
    table: 'memberships',
    columns: ['org_id', 'user_id', 'level', 'allow_billable_activities', 'app_access', 'project_access', 'extra'],
    create: `
      CREATE TABLE memberships_v5 (
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        level TEXT NOT NULL ${oneOf('level', ['ADMIN', 'MEMBER'])},
        ${BOOL('allow_billable_activities')},
        ${BOOL('app_access')},
        project_access TEXT NOT NULL ${oneOf('project_access', LEVELS)},
        extra TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (org_id, user_id)
      ) STRICT, WITHOUT ROWID;`,
    indexes: 'CREATE INDEX idx_memberships_user_id ON memberships (user_id);',
  },
  {
    table: 'project_grants',
    columns: ['project_id', 'principal', 'level'],
    create: `
      CREATE TABLE project_grants_v5 (
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        principal TEXT NOT NULL,
        level TEXT NOT NULL ${oneOf('level', GRANT_LEVELS)},
        PRIMARY KEY (project_id, principal)
      ) STRICT, WITHOUT ROWID;`,
    indexes: 'CREATE INDEX idx_project_grants_principal ON project_grants (principal);',
  },
  {
    table: 'outbox',
    columns: ['id', 'op', 'target', 'summary', 'payload', 'base', 'acting_user', 'created_at', 'state', 'error', 'theirs', 'attempts', 'last_attempt_at', 'remote_ref'],
    create: `
      CREATE TABLE outbox_v5 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        op TEXT NOT NULL,
        target TEXT NOT NULL,
        summary TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        base TEXT CHECK (base IS NULL OR json_valid(base)),
        acting_user TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' ${oneOf('state', OUTBOX_STATES)},
        error TEXT,
        theirs TEXT CHECK (theirs IS NULL OR json_valid(theirs)),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_attempt_at INTEGER,
        remote_ref TEXT
      ) STRICT;`,
    indexes: 'CREATE INDEX idx_outbox_state ON outbox (state); CREATE INDEX idx_outbox_target ON outbox (target);',
  },
];

function rebuild(db: Database.Database, r: Rebuild): void {
  const cols = r.columns.join(', ');
  db.exec(`
    ${r.create}
    INSERT INTO ${r.table}_v5 (${cols}) SELECT ${cols} FROM ${r.table};
    DROP TABLE ${r.table};
    ALTER TABLE ${r.table}_v5 RENAME TO ${r.table};
    ${r.indexes}
  `);
}

export const migration = {
  version: 5,
  name: 'hot-table-checks',
  up(db: Database.Database): void {
    // Read before the drop: the old row goes with the table, and the copy only knows max(id).
    const seq = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").get()?.seq ?? 0;
    for (const r of REBUILDS) rebuild(db, r);
    db.prepare("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'outbox'").run(seq);
    if (seq > 0) db.prepare("INSERT INTO sqlite_sequence (name, seq) SELECT 'outbox', ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox')").run(seq);
  },
};
