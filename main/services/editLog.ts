// Read side of the edit log: pages of edits and imports (newest first) with their current sync
// outcome and outcome history, and the chain check. Read-only: rows are appended by commitEdit,
// the import apply and the sync engine, each inside its own write transaction.
import type { LogEntry, LogImport, LogOutcome, LogStatusCounts, MethodOutput, ParsedInput } from '../../shared/contract/index';
import { canonicalJson } from '../audit/log/hash';
import { emptyCounts, leadingStatus, statusOf } from '../audit/log/outcomes';
import { verifyChain } from '../audit/log/verify';
import type { StoredLogRow } from '../audit/log/verify';
import type { OutcomeRow } from '../db/repos/editLog';
import { parseObject } from '../db/repos/json';
import type { ServiceContext } from './context';

/** An import's history in a list row: its latest outcomes only (a 100k-row import has 100k). */
const IMPORT_OUTCOMES_SHOWN = 50;

const record = (text: string | null): Record<string, unknown> | null => (text === null ? null : parseObject(text));

function toOutcome(r: OutcomeRow): LogOutcome {
  const d = record(r.detail);
  const message = typeof d?.message === 'string' ? d.message : d?.theirs !== undefined ? canonicalJson(d.theirs) : null;
  return { seq: r.seq, at: r.at, actor: r.actor, outcome: r.op, outboxId: r.outbox_id, message };
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function importFacts(detail: Record<string, unknown>): LogImport {
  const s = detail.summary !== null && typeof detail.summary === 'object' ? (detail.summary as Record<string, unknown>) : {};
  return {
    fileName: typeof detail.fileName === 'string' ? detail.fileName : '',
    undoPath: typeof detail.undoPath === 'string' ? detail.undoPath : '',
    summary: { create: num(s.create) ?? 0, update: num(s.update) ?? 0, remove: num(s.remove) ?? 0 },
    queued: num(detail.queued) ?? 0,
    firstOutboxId: num(detail.firstOutboxId),
    lastOutboxId: num(detail.lastOutboxId),
  };
}

export function createEditLogService(ctx: ServiceContext) {
  const { editLog } = ctx.repos;

  const base = (r: StoredLogRow) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    outboxId: r.outbox_id,
    op: r.op,
    target: r.target,
    summary: r.summary,
    prevHash: r.prev_hash,
    hash: r.hash,
  });

  const editEntry = (r: StoredLogRow, outcomes: readonly OutcomeRow[]): LogEntry => {
    const history = outcomes.map(toOutcome);
    const status = statusOf(history[history.length - 1]?.outcome ?? null);
    const statusCounts: LogStatusCounts = { ...emptyCounts(), [status]: 1 };
    return { ...base(r), kind: 'edit', before: record(r.before), after: record(r.after), status, statusCounts, outcomes: history, outcomesTotal: history.length, import: null };
  };

  const importEntry = (r: StoredLogRow): LogEntry => {
    const facts = importFacts(record(r.detail) ?? {});
    const counts = emptyCounts();
    let outcomes: LogOutcome[] = [];
    let outcomesTotal = 0;
    if (facts.firstOutboxId !== null && facts.lastOutboxId !== null) {
      const { firstOutboxId: first, lastOutboxId: last } = facts;
      let decided = 0;
      for (const { op, n } of editLog.latestOutcomesInRange(first, last)) {
        counts[statusOf(op)] += n;
        decided += n;
      }
      counts.pending += facts.queued - decided;
      outcomes = editLog.recentOutcomesInRange(first, last, IMPORT_OUTCOMES_SHOWN).map(toOutcome);
      outcomesTotal = editLog.outcomeCountInRange(first, last);
    }
    return { ...base(r), kind: 'import', before: null, after: null, status: leadingStatus(counts), statusCounts: counts, outcomes, outcomesTotal, import: facts };
  };

  return {
    list(input: ParsedInput<'log.list'>): MethodOutput<'log.list'> {
      // A consistent view of page, outcomes and head while the app or the CLI appends.
      return ctx.db.transaction(() => {
        const rows = editLog.page({
          before: input.cursor ?? Number.MAX_SAFE_INTEGER,
          limit: input.limit + 1,
          actor: input.actor ?? null,
          kind: input.kind ?? null,
          text: input.target ?? null,
          ids: [input.org, input.user, input.project].filter((v): v is string => v !== undefined),
        });
        const shown = rows.slice(0, input.limit);
        const byOutbox = new Map<number, OutcomeRow[]>();
        const editIds = shown.flatMap((r) => (r.kind === 'edit' && r.outbox_id !== null ? [r.outbox_id] : []));
        for (const o of editLog.outcomesOf(editIds)) {
          const list = byOutbox.get(o.outbox_id) ?? [];
          list.push(o);
          byOutbox.set(o.outbox_id, list);
        }
        const entries = shown.map((r) => (r.kind === 'import' ? importEntry(r) : editEntry(r, r.outbox_id === null ? [] : (byOutbox.get(r.outbox_id) ?? []))));
        const tail = editLog.tail();
        return {
          entries,
          nextCursor: rows.length > input.limit ? (shown[shown.length - 1]?.seq ?? null) : null,
          // seq runs 1..n in an intact chain; count(*) would read every page of a large log.
          total: tail?.seq ?? 0,
          head: tail,
        };
      }).deferred();
    },

    verify(input: ParsedInput<'log.verify'>): MethodOutput<'log.verify'> {
      return ctx.db
        .transaction(() => {
          // The head first: no other statement may run while the row cursor is open.
          const head = editLog.head();
          return verifyChain(editLog.iterate(), head, input.expect);
        })
        .deferred();
    },
  };
}
export type EditLogService = ReturnType<typeof createEditLogService>;
