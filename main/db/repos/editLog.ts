// The edit log's statements. Appends only: there is no UPDATE or DELETE of edit_log anywhere.
// An append reads the chain's real last row (not a cached one: the CLI and the app share the
// file) and must run inside the caller's IMMEDIATE transaction, so two writers never chain
// onto the same row. Every append also records the new head in edit_log_head.
import type { Db } from '../connection';
import type { LogOutcomeKind, OutboxEntry } from '../../../shared/contract/index';
import type { LogRowContent } from '../../audit/log/hash';
import { GENESIS_HASH, rowHash } from '../../audit/log/hash';
import type { LogHead, StoredLogRow } from '../../audit/log/verify';
import type { NewOutboxEntry } from './outbox';

export type LogRowKind = 'edit' | 'import' | 'outcome';

export interface NewLogRow {
  at: number;
  actor: string;
  kind: LogRowKind;
  outboxId: number | null;
  op: string;
  target: string;
  summary: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Already-serialised JSON is taken as is (an import's rows are written once, not twice). */
  detail: Record<string, unknown> | string | null;
}

export interface LogListFilter {
  /** Entries with seq below this (exclusive). */
  before: number;
  limit: number;
  actor: string | null;
  kind: 'edit' | 'import' | null;
  /** Substring of target or summary. */
  text: string | null;
  /** Ids that must be whole ':'-separated parts of the target (imports: quoted in their detail). */
  ids: readonly string[];
}

export interface OutcomeRow {
  seq: number;
  at: number;
  actor: string;
  outbox_id: number;
  op: LogOutcomeKind;
  detail: string | null;
}

export interface OutcomeDetail {
  message?: string;
  theirs?: Record<string, unknown>;
  base?: Record<string, unknown> | null;
}

const ROW_COLS = 'seq, at, actor, kind, outbox_id, op, target, summary, "before", "after", detail, prev_hash, hash';
const json = (v: Record<string, unknown> | null): string | null => (v === null ? null : JSON.stringify(v));

export function createEditLogRepo(db: Db) {
  const tail = db.prepare<[], LogHead>('SELECT seq, hash FROM edit_log ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(
    `INSERT INTO edit_log (${ROW_COLS}) VALUES (@seq, @at, @actor, @kind, @outbox_id, @op, @target, @summary, @before, @after, @detail, @prev_hash, @hash)`,
  );
  const setHead = db.prepare<[number, string]>(
    'INSERT INTO edit_log_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash',
  );
  const head = db.prepare<[], LogHead>('SELECT seq, hash FROM edit_log_head WHERE id = 1');
  const all = db.prepare<[], StoredLogRow>(`SELECT ${ROW_COLS} FROM edit_log ORDER BY seq`);
  // One statement for every filter combination; a filter left out is passed as NULL.
  const page = db.prepare<Record<string, unknown>, StoredLogRow>(
    `SELECT ${ROW_COLS} FROM edit_log
     WHERE seq < @before AND kind IN ('edit', 'import')
       AND (@kind IS NULL OR kind = @kind)
       AND (@actor IS NULL OR actor = @actor)
       AND (@text IS NULL OR instr(lower(target), lower(@text)) > 0 OR instr(lower(summary), lower(@text)) > 0)
       AND NOT EXISTS (
         SELECT 1 FROM json_each(@ids) AS id
         WHERE NOT (CASE WHEN kind = 'import' THEN instr(detail, '"' || id.value || '"') > 0
                         ELSE instr(':' || target || ':', ':' || id.value || ':') > 0 END))
     ORDER BY seq DESC LIMIT @limit`,
  );
  const outcomesOf = db.prepare<[string], OutcomeRow>(
    `SELECT seq, at, actor, outbox_id, op, detail FROM edit_log
     WHERE outbox_id IN (SELECT value FROM json_each(?)) AND kind = 'outcome' ORDER BY seq`,
  );
  // The latest outcome of each entry in an import's id range (bare columns come from the max(seq) row).
  const latestInRange = db.prepare<[number, number], { op: LogOutcomeKind; n: number }>(
    `SELECT op, count(*) AS n FROM (
       SELECT op, max(seq) FROM edit_log WHERE outbox_id BETWEEN ? AND ? AND kind = 'outcome' GROUP BY outbox_id
     ) GROUP BY op`,
  );
  const recentInRange = db.prepare<[number, number, number], OutcomeRow>(
    `SELECT seq, at, actor, outbox_id, op, detail FROM edit_log
     WHERE outbox_id BETWEEN ? AND ? AND kind = 'outcome' ORDER BY seq DESC LIMIT ?`,
  );
  const countInRange = db.prepare<[number, number], { n: number }>(
    `SELECT count(*) AS n FROM edit_log WHERE outbox_id BETWEEN ? AND ? AND kind = 'outcome'`,
  );

  const append = (e: NewLogRow): LogHead => {
    const last = tail.get();
    const content: LogRowContent = {
      seq: (last?.seq ?? 0) + 1,
      at: e.at,
      actor: e.actor,
      kind: e.kind,
      outbox_id: e.outboxId,
      op: e.op,
      target: e.target,
      summary: e.summary,
      before: json(e.before),
      after: json(e.after),
      detail: typeof e.detail === 'string' ? e.detail : json(e.detail),
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    const hash = rowHash(prevHash, content);
    insert.run({ ...content, prev_hash: prevHash, hash });
    setHead.run(content.seq, hash);
    return { seq: content.seq, hash };
  };

  return {
    append,
    /** The log row of a newly queued outbox entry: before = its base, after = its payload. */
    appendEdit: (outboxId: number, e: NewOutboxEntry): LogHead =>
      append({ at: e.createdAt, actor: e.actingUser, kind: 'edit', outboxId, op: e.op, target: e.target, summary: e.summary, before: e.base, after: e.payload, detail: null }),
    /** An outbox entry's state really changed: sent, conflict, failed, resolved, discarded, retried. */
    appendOutcome: (
      entry: Pick<OutboxEntry, 'id' | 'target' | 'summary'>,
      outcome: LogOutcomeKind,
      actor: string,
      at: number,
      detail: OutcomeDetail | null = null,
    ): LogHead =>
      append({ at, actor, kind: 'outcome', outboxId: entry.id, op: outcome, target: entry.target, summary: `${outcome}: ${entry.summary}`, before: null, after: null, detail: detail as Record<string, unknown> | null }),
    /** Every row in seq order, streamed (verify on 200k rows must not load them all). */
    iterate: (): IterableIterator<StoredLogRow> => all.iterate(),
    head: (): LogHead | null => head.get() ?? null,
    tail: (): LogHead | null => tail.get() ?? null,
    page: (f: LogListFilter): StoredLogRow[] =>
      page.all({ before: f.before, limit: f.limit, actor: f.actor, kind: f.kind, text: f.text, ids: JSON.stringify(f.ids) }),
    outcomesOf: (outboxIds: readonly number[]): OutcomeRow[] => (outboxIds.length === 0 ? [] : outcomesOf.all(JSON.stringify(outboxIds))),
    latestOutcomesInRange: (first: number, last: number): Array<{ op: LogOutcomeKind; n: number }> => latestInRange.all(first, last),
    recentOutcomesInRange: (first: number, last: number, limit: number): OutcomeRow[] => recentInRange.all(first, last, limit).reverse(),
    outcomeCountInRange: (first: number, last: number): number => countInRange.get(first, last)?.n ?? 0,
  };
}
export type EditLogRepo = ReturnType<typeof createEditLogRepo>;
