// Contract: the outbox of local edits waiting for sync. Each entry records what it was based
// on so the sync engine can tell a conflict from a plain update.
import { z } from 'zod';
import { Empty } from './common';

export const OUTBOX_OPS = [
  'org.create',
  'org.update',
  'member.invite',
  'member.update',
  'member.remove',
  'project.create',
  'project.share',
  'project.unshare',
  'project.update',
  'app.authorize',
  'app.deauthorize',
] as const;
export const OutboxOpSchema = z.enum(OUTBOX_OPS);
export type OutboxOp = z.infer<typeof OutboxOpSchema>;

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed', 'conflict', 'discarded'] as const;
export const OutboxStateSchema = z.enum(OUTBOX_STATES);

export const OutboxEntrySchema = z.object({
  id: z.number().int(),
  op: OutboxOpSchema,
  /** Stable key of the thing edited ("member:org-lab:user-b"), used for pending marks. */
  target: z.string(),
  summary: z.string(),
  payload: z.record(z.string(), z.unknown()),
  base: z.record(z.string(), z.unknown()).nullable(),
  actingUser: z.string(),
  createdAt: z.number().int(),
  state: OutboxStateSchema,
  error: z.string().nullable(),
  /** Conflicts: the platform's current value of what this edit changes, shown beside `payload`. */
  theirs: z.record(z.string(), z.unknown()).nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

export const outboxMethods = {
  'outbox.list': {
    input: z.strictObject({ states: z.array(OutboxStateSchema).optional() }),
    output: z.object({ entries: z.array(OutboxEntrySchema) }),
  },
  'outbox.summary': { input: Empty, output: z.object({ pending: z.number().int(), failed: z.number().int(), conflict: z.number().int() }) },
} as const;
