// The outbox of local edits waiting for sync. Statements only: services insert entries in
// the same transaction as the domain rows; the sync engine moves entries between states.
import type { Db } from '../connection';
import type { OutboxEntry, OutboxOp } from '../../../shared/contract/index';
import { parseObject } from './json';

type OutboxState = OutboxEntry['state'];

interface OutboxRow {
  id: number;
  op: OutboxOp;
  target: string;
  summary: string;
  payload: string;
  base: string | null;
  acting_user: string;
  created_at: number;
  state: OutboxState;
  error: string | null;
  theirs: string | null;
}

/** Sync bookkeeping the contract does not show: attempts and the created object's real ID. */
export interface OutboxSyncDetails {
  attempts: number;
  lastAttemptAt: number | null;
  remoteRef: string | null;
}

export interface NewOutboxEntry {
  op: OutboxOp;
  target: string;
  summary: string;
  payload: Record<string, unknown>;
  base: Record<string, unknown> | null;
  actingUser: string;
  createdAt: number;
}

/** An entry before it is stamped with who queued it and when. */
export type QueuedOutboxEdit = Omit<NewOutboxEntry, 'actingUser' | 'createdAt'>;

/** States that still mark their target as pending in views. */
export const ACTIVE_OUTBOX_STATES: readonly OutboxState[] = ['pending', 'sending', 'failed', 'conflict'];

const COLS = 'id, op, target, summary, payload, base, acting_user, created_at, state, error, theirs';
const ACTIVE_JSON = JSON.stringify(ACTIVE_OUTBOX_STATES);

function toEntry(r: OutboxRow): OutboxEntry {
  return {
    id: r.id,
    op: r.op,
    target: r.target,
    summary: r.summary,
    payload: parseObject(r.payload),
    base: r.base === null ? null : parseObject(r.base),
    actingUser: r.acting_user,
    createdAt: r.created_at,
    state: r.state,
    error: r.error,
    theirs: r.theirs === null ? null : parseObject(r.theirs),
  };
}

const json = (v: Record<string, unknown> | null): string | null => (v === null ? null : JSON.stringify(v));

export function createOutboxRepo(db: Db) {
  const insert = db.prepare(
    'INSERT INTO outbox (op, target, summary, payload, base, acting_user, created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const get = db.prepare<[number], OutboxRow>(`SELECT ${COLS} FROM outbox WHERE id = ?`);
  const all = db.prepare<[], OutboxRow>(`SELECT ${COLS} FROM outbox ORDER BY id`);
  const inStates = db.prepare<[string], OutboxRow>(
    `SELECT ${COLS} FROM outbox WHERE state IN (SELECT value FROM json_each(?)) ORDER BY id`,
  );
  const firstInState = db.prepare<[string], OutboxRow>(`SELECT ${COLS} FROM outbox WHERE state = ? ORDER BY id LIMIT 1`);
  const counts = db.prepare<[], { state: OutboxState; n: number }>('SELECT state, count(*) AS n FROM outbox GROUP BY state');
  const activeTargets = db.prepare<[string], { target: string }>(
    'SELECT DISTINCT target FROM outbox WHERE state IN (SELECT value FROM json_each(?))',
  );
  const setState = db.prepare<[OutboxState, string | null, number]>('UPDATE outbox SET state = ?, error = ? WHERE id = ?');
  const activeAfter = db.prepare<[string, number, number, number], OutboxRow>(
    `SELECT ${COLS} FROM outbox WHERE state IN (SELECT value FROM json_each(?)) AND id > ? AND id <= ? ORDER BY id LIMIT ?`,
  );
  const activeOn = db.prepare<[string, string], OutboxRow>(
    `SELECT ${COLS} FROM outbox WHERE target = ? AND state IN (SELECT value FROM json_each(?)) ORDER BY id`,
  );
  const activeUnder = db.prepare<[string, string, string, string], OutboxRow>(
    `SELECT ${COLS} FROM outbox WHERE (target = ? OR substr(target, 1, length(?)) = ?) AND state IN (SELECT value FROM json_each(?)) ORDER BY id`,
  );
  const maxId = db.prepare<[], { n: number | null }>('SELECT max(id) AS n FROM outbox');
  const details = db.prepare<[number], { attempts: number; last_attempt_at: number | null; remote_ref: string | null }>(
    'SELECT attempts, last_attempt_at, remote_ref FROM outbox WHERE id = ?',
  );
  const markSending = db.prepare<[number, number], { id: number }>(
    `UPDATE outbox SET state = 'sending', attempts = attempts + 1, last_attempt_at = ? WHERE id = ? AND state IN ('pending', 'sending') RETURNING id`,
  );
  const markSent = db.prepare<[string | null, number]>(
    `UPDATE outbox SET state = 'sent', error = NULL, theirs = NULL, remote_ref = coalesce(?, remote_ref) WHERE id = ? AND state IN ('pending', 'sending')`,
  );
  const markConflict = db.prepare<[string, number]>(
    `UPDATE outbox SET state = 'conflict', error = NULL, theirs = ? WHERE id = ? AND state IN ('pending', 'sending')`,
  );
  const markFailed = db.prepare<[string, number]>(`UPDATE outbox SET state = 'failed', error = ? WHERE id = ? AND state IN ('pending', 'sending')`);
  const markPending = db.prepare<[string | null, number]>(`UPDATE outbox SET state = 'pending', error = ? WHERE id = ? AND state IN ('pending', 'sending')`);
  const setTheirs = db.prepare<[string, number]>(`UPDATE outbox SET theirs = ? WHERE id = ? AND state = 'conflict'`);
  const setError = db.prepare<[string | null, number]>('UPDATE outbox SET error = ? WHERE id = ?');
  const rebase = db.prepare<[string | null, number]>(`UPDATE outbox SET state = 'pending', base = ?, theirs = NULL, error = NULL WHERE id = ?`);
  const setPayload = db.prepare<[string, number]>('UPDATE outbox SET payload = ? WHERE id = ?');
  const remapTarget = db.prepare<[string, string]>('UPDATE outbox SET target = ? WHERE target = ?');
  const remapTargetPrefix = db.prepare<[string, string, string, string]>(
    'UPDATE outbox SET target = ? || substr(target, length(?) + 1) WHERE substr(target, 1, length(?)) = ?',
  );
  const remapPayloadField = db.prepare<[string, string, string, string]>(
    'UPDATE outbox SET payload = json_set(payload, ?, ?) WHERE json_extract(payload, ?) = ?',
  );
  /** The hot path of a 100k-row import: no entry object per edit, only the bound values. */
  const queue = (e: QueuedOutboxEdit, actingUser: string, createdAt: number): number =>
    Number(insert.run(e.op, e.target, e.summary, JSON.stringify(e.payload), e.base === null ? null : JSON.stringify(e.base), actingUser, createdAt, 'pending').lastInsertRowid);

  return {
    insert: (e: NewOutboxEntry): number => queue(e, e.actingUser, e.createdAt),
    /** insert for callers that queue many edits by one actor at one time (an import). */
    queue,
    get: (id: number): OutboxEntry | undefined => {
      const r = get.get(id);
      return r && toEntry(r);
    },
    list: (states?: readonly OutboxState[]): OutboxEntry[] => (states ? inStates.all(JSON.stringify(states)) : all.all()).map(toEntry),
    /** The oldest entry in `state` (the sync engine pushes in order). */
    first: (state: OutboxState): OutboxEntry | undefined => {
      const r = firstInState.get(state);
      return r && toEntry(r);
    },
    countsByState: (): Record<OutboxState, number> => {
      const out: Record<OutboxState, number> = { pending: 0, sending: 0, sent: 0, failed: 0, conflict: 0, discarded: 0 };
      for (const c of counts.all()) out[c.state] = c.n;
      return out;
    },
    /** Targets with an entry not yet sent or discarded: the "pending" marks of every view. */
    activeTargets: (): Set<string> => new Set(activeTargets.all(JSON.stringify(ACTIVE_OUTBOX_STATES)).map((r) => r.target)),
    /** Returns whether the entry exists (callers log the outcome only when it does). */
    setState: (id: number, state: OutboxState, error: string | null = null): boolean => setState.run(state, error, id).changes > 0,
    /** Active entries (pending, sending, failed, conflict) with afterId < id <= maxId, in order. */
    activeAfter: (afterId: number, maxId: number, limit: number): OutboxEntry[] =>
      activeAfter.all(ACTIVE_JSON, afterId, maxId, limit).map(toEntry),
    activeOn: (target: string): OutboxEntry[] => activeOn.all(target, ACTIVE_JSON).map(toEntry),
    /** Active entries on `target` or on any target starting with `prefix` (a created object's children). */
    activeUnder: (target: string, prefix: string): OutboxEntry[] => activeUnder.all(target, prefix, prefix, ACTIVE_JSON).map(toEntry),
    maxId: (): number => maxId.get()?.n ?? 0,
    syncDetails: (id: number): OutboxSyncDetails | undefined => {
      const r = details.get(id);
      return r && { attempts: r.attempts, lastAttemptAt: r.last_attempt_at, remoteRef: r.remote_ref };
    },
    /** pending|sending -> sending (attempts + 1); returns false when the entry moved on meanwhile. */
    markSending: (id: number, at: number): boolean => markSending.get(at, id) !== undefined,
    // The mark* transitions below apply only to entries still in flight (pending or sending):
    // a decision the user took meanwhile (discard, resolve) is never overwritten by a push.
    // Each returns whether the state really changed, which is when the edit log records it.
    markSent: (id: number, remoteRef: string | null = null): boolean => markSent.run(remoteRef, id).changes > 0,
    markConflict: (id: number, theirs: Record<string, unknown>): boolean => markConflict.run(JSON.stringify(theirs), id).changes > 0,
    markFailed: (id: number, error: string): boolean => markFailed.run(error, id).changes > 0,
    /** Back to pending, keeping `error` as the reason it did not go (null: none). */
    markPending: (id: number, error: string | null): void => {
      markPending.run(error, id);
    },
    /** Refreshes the platform's value shown beside a conflict (a later pull saw a newer one). */
    setTheirs: (id: number, theirs: Record<string, unknown>): void => {
      setTheirs.run(JSON.stringify(theirs), id);
    },
    setError: (id: number, error: string | null): void => {
      setError.run(error, id);
    },
    /** Keep mine: the edit now builds on the platform's value and goes out again. */
    rebase: (id: number, base: Record<string, unknown> | null): boolean => rebase.run(json(base), id).changes > 0,
    setPayload: (id: number, payload: Record<string, unknown>): void => {
      setPayload.run(JSON.stringify(payload), id);
    },
    /** A project created offline got its real ID: every entry naming the old one follows. */
    remapProject: (from: string, to: string): void => {
      remapTarget.run(`project:${to}`, `project:${from}`);
      const oldPrefix = `grant:${from}:`;
      remapTargetPrefix.run(`grant:${to}:`, oldPrefix, oldPrefix, oldPrefix);
      remapPayloadField.run('$.project', to, '$.project', from);
      remapPayloadField.run('$.id', to, '$.id', from);
    },
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
