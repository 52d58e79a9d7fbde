// What an outcome row means for its edit's current status, and the order in which an import's
// statuses are shown (the one that most needs attention first). Pure; no database.
import type { LogOutcomeKind, LogStatus, LogStatusCounts } from '../../../shared/contract/index';
import { LOG_OUTCOMES } from '../../../shared/contract/index';

const STATUS_OF: Record<LogOutcomeKind, LogStatus> = {
  sent: 'sent',
  conflict: 'conflict',
  failed: 'failed',
  // Both put the edit back in the queue: it goes out again at the next sync.
  'resolved-keep-mine': 'pending',
  retried: 'pending',
  'resolved-take-theirs': 'resolved',
  discarded: 'discarded',
};

export function statusOf(outcome: LogOutcomeKind | null): LogStatus {
  return outcome === null ? 'pending' : STATUS_OF[outcome];
}

export function isOutcomeKind(op: string): op is LogOutcomeKind {
  return (LOG_OUTCOMES as readonly string[]).includes(op);
}

const ATTENTION: readonly LogStatus[] = ['conflict', 'failed', 'pending', 'sent', 'resolved', 'discarded'];

export function emptyCounts(): LogStatusCounts {
  return { pending: 0, sent: 0, conflict: 0, failed: 0, resolved: 0, discarded: 0 };
}

/** The status an aggregate shows: the first in attention order that any entry has. */
export function leadingStatus(counts: LogStatusCounts): LogStatus {
  return ATTENTION.find((s) => counts[s] > 0) ?? 'pending';
}
