// Contract: connecting to the platform, running a sync, and the user's decisions about edits
// the platform refused (failed) or that collided with a remote change (conflict).
import { z } from 'zod';
import { Empty } from './common';
import { OutboxEntrySchema } from './outbox';

export const SYNC_STATES = ['disconnected', 'offline', 'syncing', 'upToDate', 'attention'] as const;

export const SyncStatusSchema = z.object({
  /** disconnected: never connected; offline: last attempt could not reach the platform;
   *  attention: connected but conflicts or failed edits wait for the user. */
  state: z.enum(SYNC_STATES),
  platformUrl: z.string().nullable(),
  connectedUser: z.string().nullable(),
  /** Where the token lives, e.g. "OS keychain (safeStorage)", "$ORGDESK_TOKEN", "this session only". */
  tokenStorage: z.string().nullable(),
  /** Set when the token store is weaker than expected (Linux basic_text fallback). */
  tokenWarning: z.string().nullable(),
  lastSyncAt: z.number().int().nullable(),
  lastError: z.string().nullable(),
  pending: z.number().int(),
  failed: z.number().int(),
  conflict: z.number().int(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const SyncReportSchema = z.object({
  pushed: z.number().int(),
  pulled: z.number().int(),
  conflicts: z.number().int(),
  failed: z.number().int(),
  /** Transient trouble that stopped the run early (platform unreachable, retries exhausted). */
  error: z.string().nullable(),
});
export type SyncReport = z.infer<typeof SyncReportSchema>;

export const syncMethods = {
  'sync.connect': {
    input: z.strictObject({
      platformUrl: z.string().trim().url('platformUrl must be a URL such as https://api.dnanexus.com'),
      /** Omitted: use the token the host already holds (the CLI's $ORGDESK_TOKEN). */
      token: z.string().min(1).optional(),
    }),
    output: SyncStatusSchema,
  },
  'sync.disconnect': { input: Empty, output: SyncStatusSchema },
  'sync.status': { input: Empty, output: SyncStatusSchema },
  'sync.runNow': { input: Empty, output: SyncReportSchema },
  'outbox.resolve': {
    input: z.strictObject({ id: z.number().int(), choice: z.enum(['keepMine', 'takeTheirs']) }),
    output: OutboxEntrySchema,
  },
  'outbox.retry': { input: z.strictObject({ id: z.number().int() }), output: OutboxEntrySchema },
  'outbox.discard': { input: z.strictObject({ id: z.number().int() }), output: OutboxEntrySchema },
} as const;

export const syncEvents = {
  'sync.statusChanged': { payload: SyncStatusSchema },
} as const;
