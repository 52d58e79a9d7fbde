// Neutral text badges: org level, flags, outbox states and the sync mark on rows ("pending",
// or the louder "conflict" / "failed"). Colour is secondary; the word carries the meaning.
import type { ReactElement, ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'strong' | 'pending' | 'conflict' | 'danger' | 'ok' | 'muted';

export function Badge({ tone = 'neutral', children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }): ReactElement {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

export type SyncProblem = 'failed' | 'conflict';

/** The mark on a row with unsynced edits: "conflict" and "failed" outrank plain "pending". */
export function PendingBadge({ pending, problem }: { pending: boolean; problem?: SyncProblem | null }): ReactElement | null {
  if (problem === 'conflict') {
    return (
      <Badge tone="conflict" title="Changed on the platform too: review it in Changes">
        conflict
      </Badge>
    );
  }
  if (problem === 'failed') {
    return (
      <Badge tone="danger" title="Refused by the platform: retry or discard it in Changes">
        failed
      </Badge>
    );
  }
  if (!pending) return null;
  return (
    <Badge tone="pending" title="Saved in this workspace, not yet synced to the platform">
      pending
    </Badge>
  );
}
