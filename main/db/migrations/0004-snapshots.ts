// Schema 4: access-state snapshots stored as changes. A snapshot row records when, why (pull,
// manual, migration), its content hash and fact count; snapshot_changes holds only the facts
// that differ from the previous snapshot (value NULL = the fact was removed). Frozen once
// shipped: never imports repos or services.
import type Database from 'better-sqlite3';

export const migration = {
  version: 4,
  name: 'snapshots',
  up(db: Database.Database): void {
    db.exec(`
      CREATE TABLE snapshots (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        taken_at INTEGER NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('pull', 'manual', 'migration')),
        label TEXT,
        hash TEXT NOT NULL CHECK (length(hash) = 64),
        fact_count INTEGER NOT NULL CHECK (fact_count >= 0),
        change_count INTEGER NOT NULL CHECK (change_count >= 0)
      ) STRICT;
      CREATE INDEX idx_snapshots_taken_at ON snapshots (taken_at);

      CREATE TABLE snapshot_changes (
        snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
        fact_key TEXT NOT NULL,
        value TEXT CHECK (value IS NULL OR json_valid(value)),
        PRIMARY KEY (snapshot_id, fact_key)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
