// Contract: the edit log, an append-only, hash-chained record of every edit made in this
// workspace (CLI, app, import) with its acting user, time, before and after, and every sync
// outcome it later had. `log.list` reads it newest first; `log.verify` walks the hash chain.
import { z } from 'zod';

/** Row kinds in the chain. 'outcome' rows are shown inside the edit (or import) they belong to. */
export const LOG_KINDS = ['edit', 'import', 'outcome'] as const;
export const LogKindSchema = z.enum(LOG_KINDS);
export type LogKind = z.infer<typeof LogKindSchema>;

/** What happened to an edit after it was queued; each one is its own chained row. */
export const LOG_OUTCOMES = ['sent', 'conflict', 'failed', 'resolved-keep-mine', 'resolved-take-theirs', 'discarded', 'retried'] as const;
export const LogOutcomeKindSchema = z.enum(LOG_OUTCOMES);
export type LogOutcomeKind = z.infer<typeof LogOutcomeKindSchema>;

/**
 * An edit's current sync outcome: its latest outcome row, or 'pending' when it has none yet.
 * resolved-keep-mine and retried put the edit back in the queue, so they read as 'pending';
 * resolved-take-theirs reads as 'resolved'.
 */
export const LOG_STATUSES = ['pending', 'sent', 'conflict', 'failed', 'resolved', 'discarded'] as const;
export const LogStatusSchema = z.enum(LOG_STATUSES);
export type LogStatus = z.infer<typeof LogStatusSchema>;

export const LogOutcomeSchema = z.object({
  seq: z.number().int(),
  at: z.number().int(),
  /** Who decided it: the user the sync ran as, or who resolved / retried / discarded. */
  actor: z.string(),
  outcome: LogOutcomeKindSchema,
  /** The outbox entry it is about (for an import: which of its entries). */
  outboxId: z.number().int(),
  /** The platform's message for failures, the platform's value for conflicts, else null. */
  message: z.string().nullable(),
});
export type LogOutcome = z.infer<typeof LogOutcomeSchema>;

const count = z.number().int();
export const LogStatusCountsSchema = z.object({ pending: count, sent: count, conflict: count, failed: count, resolved: count, discarded: count });
export type LogStatusCounts = z.infer<typeof LogStatusCountsSchema>;

export const LogImportSchema = z.object({
  fileName: z.string(),
  /** The undo file written by this apply (imports like any other file). */
  undoPath: z.string(),
  /** Plan rows by action, as applied. */
  summary: z.object({ create: z.number().int(), update: z.number().int(), remove: z.number().int() }),
  /** Outbox entries queued by this apply: ids firstOutboxId..lastOutboxId (null when none). */
  queued: z.number().int(),
  firstOutboxId: z.number().int().nullable(),
  lastOutboxId: z.number().int().nullable(),
});
export type LogImport = z.infer<typeof LogImportSchema>;

export const LogEntrySchema = z.object({
  seq: z.number().int(),
  at: z.number().int(),
  actor: z.string(),
  kind: z.enum(['edit', 'import']),
  /** The outbox entry of an edit; null for an import (see `import`). */
  outboxId: z.number().int().nullable(),
  /** The outbox op ("member.update"), or "import.apply". */
  op: z.string(),
  /** Stable key of what was edited ("member:org-lab:user-b"); for imports "import:<file name>". */
  target: z.string(),
  summary: z.string(),
  /** The value the edit was based on, and the value it sets (null for an import or a create's before). */
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  /**
   * Current sync outcome. For an import, the one that most needs attention among its entries:
   * conflict, failed, pending, then sent, resolved, discarded (see statusCounts for all).
   */
  status: LogStatusSchema,
  /** How many of its outbox entries are in each status (an edit counts 1 in its status). */
  statusCounts: LogStatusCountsSchema,
  /** Outcome history, oldest first; for an import only the latest `outcomesTotal` capped to 50. */
  outcomes: z.array(LogOutcomeSchema),
  outcomesTotal: z.number().int(),
  import: LogImportSchema.nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type LogEntry = z.infer<typeof LogEntrySchema>;

export const LogVerifySchema = z.object({
  ok: z.boolean(),
  /** Rows checked before stopping (all of them when ok). */
  checked: z.number().int(),
  /** Hash of the last row (the chain's head), null for an empty log. Meaningful when ok. */
  head: z.string().nullable(),
  /** The first row that breaks the chain, e.g. "row seq 17 (member.update member:org-lab:user-b at 2026-…): contents do not match its hash". */
  firstBad: z.object({ seq: z.number().int(), reason: z.string() }).optional(),
});
export type LogVerify = z.infer<typeof LogVerifySchema>;

const Text = z.string().trim().min(1).optional();

export const logMethods = {
  'log.list': {
    input: z.strictObject({
      limit: z.number().int().min(1).max(1000).default(100),
      /** `nextCursor` of the previous page: entries with seq below it. */
      cursor: z.number().int().min(1).optional(),
      /** Exact acting user id. */
      actor: Text,
      /** Substring of the target or summary. */
      target: Text,
      /** An org / user / project id appearing in the target (imports: anywhere in their rows). */
      org: Text,
      user: Text,
      project: Text,
      kind: z.enum(['edit', 'import']).optional(),
    }),
    output: z.object({
      entries: z.array(LogEntrySchema),
      /** Pass as `cursor` for the next (older) page; null when there is none. */
      nextCursor: z.number().int().nullable(),
      /** Rows in the whole chain (all kinds), and the head's seq and hash. */
      total: z.number().int(),
      head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
    }),
  },
  'log.verify': {
    input: z.strictObject({
      /** A head kept outside the workspace earlier (seq and hash): the row at that seq must still have that hash. */
      expect: z.object({ seq: z.number().int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 hex hash') }).optional(),
    }),
    output: LogVerifySchema,
  },
} as const;
