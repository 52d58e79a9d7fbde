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
  return {
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
