// Snapshot rows and their stored fact changes. Statements only: callers own transactions
// (taking a snapshot reads the previous one and writes the new one in one IMMEDIATE transaction).
import type { Db } from '../connection';

export type SnapshotSource = 'pull' | 'manual' | 'migration';

export interface SnapshotRecord {
  id: number;
  takenAt: number;
  source: SnapshotSource;
  label: string | null;
  hash: string;
  factCount: number;
  changeCount: number;
}

interface SnapshotRow {
  id: number;
  taken_at: number;
  source: SnapshotSource;
  label: string | null;
  hash: string;
  fact_count: number;
  change_count: number;
}

export interface FactChange {
  key: string;
  /** Canonical JSON, or null when the fact was removed. */
  value: string | null;
}

const COLS = 'id, taken_at, source, label, hash, fact_count, change_count';

const toRecord = (r: SnapshotRow): SnapshotRecord => ({
  id: r.id,
  takenAt: r.taken_at,
  source: r.source,
  label: r.label,
  hash: r.hash,
  factCount: r.fact_count,
  changeCount: r.change_count,
});

/**
 * Statements are prepared on first use, not at createRepos time: the repos object is built for
 * every connection, and preparing eagerly would make a workspace whose migration has not run yet
 * fail on open instead of on the snapshot call that needs the table.
 */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

interface WriteGuard {
  token(): string | null;
  /** Runs the repo's own snapshot writes, which must not count as foreign writes. */
  own<T>(write: () => T): T;
}

const GUARD_FN = 'orgdesk_snapshot_rows_written';
const GUARDED = ['snapshots', 'snapshot_changes'].flatMap((table) => ['INSERT', 'UPDATE', 'DELETE'].map((op) => ({ table, op })));
const guards = new WeakMap<Db, WriteGuard>();

/**
 * Watches the snapshot tables so a per-connection cache of snapshot contents can tell when the
 * stored rows may differ from what it remembers. Temp triggers (per connection, never in the
 * file, no migration) count writes made on this connection outside `own`, e.g. a hand edit of a
 * change row; data_version moves when any other connection commits. One guard per connection.
 */
function writeGuard(db: Db): WriteGuard {
  const known = guards.get(db);
  if (known) return known;
  let epoch = 0;
  let owning = false;
  let registered = false;
  const triggerCount = lazy(() =>
    db.prepare<[], number>("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE 'orgdesk_snapshot_guard_%'").pluck(),
  );
  const watching = (): boolean => {
    try {
      if (!registered) {
        db.function(GUARD_FN, { deterministic: false }, () => {
          if (!owning) epoch++;
          return null;
        });
        registered = true;
      }
      if (triggerCount().get() === GUARDED.length) return true;
      // Missing triggers (first use, or their creation was rolled back) mean writes went unseen.
      epoch++;
      db.exec(
        GUARDED.map(
          ({ table, op }) =>
            `CREATE TEMP TRIGGER IF NOT EXISTS orgdesk_snapshot_guard_${table}_${op.toLowerCase()} AFTER ${op} ON main.${table} BEGIN SELECT ${GUARD_FN}(); END;`,
        ).join('\n'),
      );
      return true;
    } catch {
      // A connection that cannot hold temp objects simply gets no cache.
      return false;
    }
  };
  const guard: WriteGuard = {
    token: () => (watching() ? `${String(db.pragma('data_version', { simple: true }))}:${epoch}` : null),
    own: (write) => {
      const outer = owning;
      owning = true;
      try {
        return write();
      } finally {
        owning = outer;
      }
    },
  };
  guards.set(db, guard);
  return guard;
}

export function createSnapshotsRepo(db: Db) {
  const get = lazy(() =>
    db.prepare<[number], SnapshotRow>(`SELECT ${COLS} FROM snapshots WHERE id = ?`),
  );
  const latest = lazy(() =>
    db.prepare<[], SnapshotRow>(`SELECT ${COLS} FROM snapshots ORDER BY id DESC LIMIT 1`),
  );
  const all = lazy(() =>
    db.prepare<[], SnapshotRow>(`SELECT ${COLS} FROM snapshots ORDER BY id`),
  );
  const insert = lazy(() =>
    db.prepare<[number, SnapshotSource, string | null, string, number, number]>(
      'INSERT INTO snapshots (taken_at, source, label, hash, fact_count, change_count) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  );
  const insertChange = lazy(() =>
    db.prepare<[number, string, string | null]>('INSERT INTO snapshot_changes (snapshot_id, fact_key, value) VALUES (?, ?, ?)'),
  );
  // Ascending snapshot order is what makes a fold correct: a later change to a key wins.
  const changesUpTo = lazy(() =>
    db.prepare<[number], { fact_key: string; value: string | null }>(
      'SELECT fact_key, value FROM snapshot_changes WHERE snapshot_id <= ? ORDER BY snapshot_id',
    ),
  );
  const changesOf = lazy(() =>
    db.prepare<[number], { fact_key: string; value: string | null }>(
      'SELECT fact_key, value FROM snapshot_changes WHERE snapshot_id = ? ORDER BY fact_key',
    ),
  );
  const storedBytes = lazy(() =>
    db.prepare<[], { n: number | null }>(
      'SELECT sum(length(fact_key) + coalesce(length(value), 0)) AS n FROM snapshot_changes',
    ),
  );
  // The live access tables as (fact key, canonical value) rows, built by SQLite: json_quote
  // escapes exactly as JSON.stringify does for any text SQLite can hold, booleans are CHECKed
  // 0/1 and the tables are STRICT, so these strings equal stateToFacts(readLiveState()) (the
  // state tests check it). Building them here instead of in JS halves the cost of a 100k-fact read.
  const bool = (col: string) => `iif(${col} = 1, 'true', 'false')`;
  const liveFacts = lazy(() =>
    db
      .prepare<[], [string, string]>(
        `SELECT 'user:' || id, '{"email":' || json_quote(email) || ',"first":' || json_quote(first) || ',"last":' || json_quote(last) || '}' FROM users
         UNION ALL
         SELECT 'org:' || id, '{"name":' || json_quote(name) || ',"phiFeaturesEnabled":' || ${bool('phi_features_enabled')} ||
           ',"policies":{"memberListVisibility":' || json_quote(member_list_visibility) ||
           ',"restrictProjectTransfer":' || json_quote(restrict_project_transfer) || '}}' FROM orgs
         UNION ALL
         SELECT 'member:' || org_id || ':' || user_id, '{"level":' || json_quote(level) ||
           ',"allowBillableActivities":' || ${bool('allow_billable_activities')} || ',"appAccess":' || ${bool('app_access')} ||
           ',"projectAccess":' || json_quote(project_access) || '}' FROM memberships
         UNION ALL
         SELECT 'project:' || id, '{"name":' || json_quote(name) || ',"billTo":' || json_quote(bill_to) ||
           ',"settings":{"protected":' || ${bool('protected')} || ',"restricted":' || ${bool('restricted')} ||
           ',"downloadRestricted":' || ${bool('download_restricted')} || ',"previewViewerRestricted":' || ${bool('preview_viewer_restricted')} ||
           ',"containsPHI":' || ${bool('contains_phi')} || ',"externalUploadRestricted":' || ${bool('external_upload_restricted')} ||
           ',"databaseUIViewOnly":' || ${bool('database_ui_view_only')} ||
           ',"databaseResultsRestricted":' || coalesce(database_results_restricted, 'null') || '}}' FROM projects
         UNION ALL
         SELECT 'grant:' || project_id || ':' || principal, '{"level":' || json_quote(level) || '}' FROM project_grants
         UNION ALL
         SELECT 'app:' || id, '{"name":' || json_quote(name) || ',"billTo":' || json_quote(bill_to) || ',"published":' || ${bool('published')} || '}' FROM apps
         UNION ALL
         SELECT 'appdev:' || app_id || ':' || principal, '{}' FROM app_developers
         UNION ALL
         SELECT 'appauth:' || app_id || ':' || principal, '{}' FROM app_authorized_users`,
      )
      .raw(true),
  );
  const changesBetween = lazy(() =>
    db.prepare<[number, number], { fact_key: string; value: string | null }>(
      'SELECT fact_key, value FROM snapshot_changes WHERE snapshot_id > ? AND snapshot_id <= ? ORDER BY snapshot_id',
    ),
  );
  const guard = writeGuard(db);
  return {
    /** Calls `each` for every fact of the live access tables, in no particular order. */
    liveFacts: (each: (key: string, value: string) => void): void => {
      for (const [key, value] of liveFacts().iterate()) each(key, value);
    },
    get: (id: number): SnapshotRecord | undefined => {
      const r = get().get(id);
      return r && toRecord(r);
    },
    latest: (): SnapshotRecord | undefined => {
      const r = latest().get();
      return r && toRecord(r);
    },
    all: (): SnapshotRecord[] => all().all().map(toRecord),
    insert: (s: Omit<SnapshotRecord, 'id'>, changes: readonly FactChange[]): number => {
      return guard.own(() => {
        const id = Number(insert().run(s.takenAt, s.source, s.label, s.hash, s.factCount, s.changeCount).lastInsertRowid);
        for (const c of changes) insertChange().run(id, c.key, c.value);
        return id;
      });
    },
    /** Calls `each` for every stored change up to and including snapshot `id`, oldest first. */
    foldChanges: (id: number, each: (key: string, value: string | null) => void): void => {
      for (const r of changesUpTo().iterate(id)) each(r.fact_key, r.value);
    },
    /** Like foldChanges, for the changes of the snapshots after `afterId` up to and including `id`. */
    foldChangesBetween: (afterId: number, id: number, each: (key: string, value: string | null) => void): void => {
      for (const r of changesBetween().iterate(afterId, id)) each(r.fact_key, r.value);
    },
    /**
     * A token that changes whenever snapshot rows may have been written by anything but
     * `insert` on this connection: another connection's commit (data_version) or any other
     * statement on this one (temp triggers). Null when it cannot be watched (then nothing
     * derived from the stored rows may be trusted across calls).
     */
    writeToken: (): string | null => guard.token(),
    changesOf: (id: number): FactChange[] => changesOf().all(id).map((r) => ({ key: r.fact_key, value: r.value })),
    /** Payload bytes of all stored changes (keys + values), for size reports. */
    storedBytes: (): number => storedBytes().get()?.n ?? 0,
  };
}
export type SnapshotsRepo = ReturnType<typeof createSnapshotsRepo>;
