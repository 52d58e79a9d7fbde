// Schema 2: what sync needs beside the workspace model. The outbox learns the platform's value
// at conflict time (theirs), attempt bookkeeping and the real ID of a created object; the
// singleton sync_state records the connection, the last runs and the run lease; and
// sync_remote_values keeps the last remote value seen for targets with local edits, so a
// discarded edit can be reverted. Frozen like 0001: never imports repos or services.
import type Database from 'better-sqlite3';

export const migration = {
  version: 2,
  name: 'sync',
  up(db: Database.Database): void {
    db.exec(`
      ALTER TABLE outbox ADD COLUMN theirs TEXT CHECK (theirs IS NULL OR json_valid(theirs));
      ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0);
      ALTER TABLE outbox ADD COLUMN last_attempt_at INTEGER;
      ALTER TABLE outbox ADD COLUMN remote_ref TEXT;

      CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        platform_url TEXT,
        connected_user TEXT,
        last_pull_at INTEGER,
        last_push_at INTEGER,
        last_error TEXT,
        lease_owner TEXT,
        lease_expires_at INTEGER
      ) STRICT;

      CREATE TABLE sync_remote_values (
        target TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        seen_at INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
