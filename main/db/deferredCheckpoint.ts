// A large write transaction (a 100k-row import) with WAL auto-checkpoint on pays for copying
// the whole WAL back into the database file inside its COMMIT: about 0.25 s the caller waits
// for although the data is already durable in the WAL. Here the commit skips it and a PASSIVE
// checkpoint runs on the next turn of the event loop instead, after the answer has gone out.
// Closing the workspace checkpoints anyway, and a crash before then loses nothing: the WAL is
// replayed on the next open.
import type { Db } from './connection';

export function withDeferredCheckpoint<T>(db: Db, write: () => T): T {
  const previous = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  try {
    return write();
  } finally {
    db.pragma(`wal_autocheckpoint = ${previous}`);
    // Unref'd: a CLI process that is done must not stay alive for it (its close checkpoints).
    setImmediate(() => checkpointQuietly(db)).unref();
  }
}

function checkpointQuietly(db: Db): void {
  if (!db.open || db.inTransaction) return;
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    // A busy reader elsewhere only delays it: the next commit's auto-checkpoint catches up.
    console.error(`[orgdesk] deferred WAL checkpoint failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
