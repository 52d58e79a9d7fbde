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

export interface LiveProjectRow {
  id: string;
  name: string;
  bill_to: string;
  protected: number;
  restricted: number;
  download_restricted: number;
  preview_viewer_restricted: number;
  contains_phi: number;
  external_upload_restricted: number;
  database_ui_view_only: number;
  database_results_restricted: number | null;
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
  // Lean reads of the live access tables for taking a snapshot: only the columns that become
  // facts, no `extra` JSON parsing, so a 100k-fact workspace is read in one quick pass each.
  const liveUsers = lazy(() => db.prepare<[], { id: string; email: string; first: string; last: string }>('SELECT id, email, first, last FROM users'));
  const liveOrgs = lazy(() =>
    db.prepare<[], { id: string; name: string; phi: number; mlv: string; rpt: string }>(
      'SELECT id, name, phi_features_enabled AS phi, member_list_visibility AS mlv, restrict_project_transfer AS rpt FROM orgs',
    ),
  );
  const liveMembers = lazy(() =>
    db.prepare<[], { org: string; user: string; level: string; billable: number; app: number; pa: string }>(
      'SELECT org_id AS org, user_id AS user, level, allow_billable_activities AS billable, app_access AS app, project_access AS pa FROM memberships',
    ),
  );
  const liveProjects = lazy(() =>
    db.prepare<[], LiveProjectRow>(
      `SELECT id, name, bill_to, protected, restricted, download_restricted, preview_viewer_restricted, contains_phi,
         external_upload_restricted, database_ui_view_only, database_results_restricted FROM projects`,
    ),
  );
  const liveGrants = lazy(() => db.prepare<[], { project: string; principal: string; level: string }>('SELECT project_id AS project, principal, level FROM project_grants'));
  const liveApps = lazy(() => db.prepare<[], { id: string; name: string; bill_to: string; published: number }>('SELECT id, name, bill_to, published FROM apps'));
  const liveAppDevs = lazy(() => db.prepare<[], { app: string; principal: string }>('SELECT app_id AS app, principal FROM app_developers'));
  const liveAppAuth = lazy(() => db.prepare<[], { app: string; principal: string }>('SELECT app_id AS app, principal FROM app_authorized_users'));
  return {
    live: {
      users: () => liveUsers().all(),
      orgs: () => liveOrgs().all(),
      memberships: () => liveMembers().all(),
      projects: () => liveProjects().all(),
      grants: () => liveGrants().all(),
      apps: () => liveApps().all(),
      appDevelopers: () => liveAppDevs().all(),
      appAuthorizations: () => liveAppAuth().all(),
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
      const id = Number(insert().run(s.takenAt, s.source, s.label, s.hash, s.factCount, s.changeCount).lastInsertRowid);
      for (const c of changes) insertChange().run(id, c.key, c.value);
      return id;
    },
    /** Calls `each` for every stored change up to and including snapshot `id`, oldest first. */
    foldChanges: (id: number, each: (key: string, value: string | null) => void): void => {
      for (const r of changesUpTo().iterate(id)) each(r.fact_key, r.value);
    },
    changesOf: (id: number): FactChange[] => changesOf().all(id).map((r) => ({ key: r.fact_key, value: r.value })),
    /** Payload bytes of all stored changes (keys + values), for size reports. */
    storedBytes: (): number => storedBytes().get()?.n ?? 0,
  };
}
export type SnapshotsRepo = ReturnType<typeof createSnapshotsRepo>;
