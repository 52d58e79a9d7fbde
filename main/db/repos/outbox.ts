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

/** States that still mark their target as pending in views. */
export const ACTIVE_OUTBOX_STATES: readonly OutboxState[] = ['pending', 'sending', 'failed', 'conflict'];

const COLS = 'id, op, target, summary, payload, base, acting_user, created_at, state, error';

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
  };
}

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
  return {
    insert: (e: NewOutboxEntry): number =>
      Number(
        insert.run(e.op, e.target, e.summary, JSON.stringify(e.payload), e.base === null ? null : JSON.stringify(e.base), e.actingUser, e.createdAt, 'pending')
          .lastInsertRowid,
      ),
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
    setState: (id: number, state: OutboxState, error: string | null = null): void => {
      setState.run(state, error, id);
    },
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
