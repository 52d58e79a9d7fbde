// Schema 3: the edit log, an append-only, hash-chained record of every edit (one row per
// outbox entry, one per import apply) and of every sync outcome those edits had; and
// edit_log_head, the last row's seq and hash, so rows deleted from the end are detected.
// There is deliberately no trigger refusing UPDATE/DELETE: the chain is what makes tampering
// visible (`orgdesk log verify`), and blocking statements would only hide that it works.
// Back-fill: workspaces from schema 2 get one 'edit' row per existing outbox entry, plus an
// 'outcome' row for entries already decided, reconstructed from the outbox as it is now.
// Frozen like 0001: never imports repos or services; the hash rule is the log format itself.
import type Database from 'better-sqlite3';
import { GENESIS_HASH, rowHash } from '../../audit/log/hash';
import type { LogRowContent } from '../../audit/log/hash';

interface OutboxRow {
  id: number;
  op: string;
  target: string;
  summary: string;
  payload: string;
  base: string | null;
  acting_user: string;
  created_at: number;
  state: string;
  error: string | null;
  theirs: string | null;
  last_attempt_at: number | null;
}

const DECIDED = new Set(['sent', 'conflict', 'failed', 'discarded']);

export const migration = {
  version: 3,
  name: 'edit-log',
  up(db: Database.Database): void {
    db.exec(`
      CREATE TABLE edit_log (
        seq INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('edit', 'import', 'outcome')),
        outbox_id INTEGER,
        op TEXT NOT NULL,
        target TEXT NOT NULL,
        summary TEXT NOT NULL,
        "before" TEXT CHECK ("before" IS NULL OR json_valid("before")),
        "after" TEXT CHECK ("after" IS NULL OR json_valid("after")),
        detail TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX idx_edit_log_outbox ON edit_log (outbox_id, seq) WHERE outbox_id IS NOT NULL;

      CREATE TABLE edit_log_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
    `);

    const insert = db.prepare(
      `INSERT INTO edit_log (seq, at, actor, kind, outbox_id, op, target, summary, "before", "after", detail, prev_hash, hash)
       VALUES (@seq, @at, @actor, @kind, @outbox_id, @op, @target, @summary, @before, @after, @detail, @prev_hash, @hash)`,
    );
    let seq = 0;
    let prev = GENESIS_HASH;
    const append = (row: Omit<LogRowContent, 'seq'>): void => {
      seq += 1;
      const content: LogRowContent = { ...row, seq };
      const hash = rowHash(prev, content);
      insert.run({ ...content, prev_hash: prev, hash });
      prev = hash;
    };
    const outbox = db.prepare<[], OutboxRow>(
      'SELECT id, op, target, summary, payload, base, acting_user, created_at, state, error, theirs, last_attempt_at FROM outbox ORDER BY id',
    );
    const backfilled = JSON.stringify({ backfilled: true });
    // all(), not iterate(): better-sqlite3 runs no other statement while a cursor is open.
    for (const o of outbox.all()) {
      append({ at: o.created_at, actor: o.acting_user, kind: 'edit', outbox_id: o.id, op: o.op, target: o.target, summary: o.summary, before: o.base, after: o.payload, detail: backfilled });
      if (!DECIDED.has(o.state)) continue;
      const theirs: unknown = o.theirs === null ? null : JSON.parse(o.theirs);
      const detail = { backfilled: true, ...(o.error !== null ? { message: o.error } : {}), ...(o.state === 'conflict' && theirs !== null ? { theirs } : {}) };
      append({
        at: o.last_attempt_at ?? o.created_at,
        actor: o.acting_user,
        kind: 'outcome',
        outbox_id: o.id,
        op: o.state,
        target: o.target,
        summary: `${o.state}: ${o.summary}`,
        before: null,
        after: null,
        detail: JSON.stringify(detail),
      });
    }
    if (seq > 0) db.prepare('INSERT INTO edit_log_head (id, seq, hash) VALUES (1, ?, ?)').run(seq, prev);
  },
};
