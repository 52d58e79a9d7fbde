// Neutral text badges: org level, flags, outbox states and the "pending" mark for edits that
// are saved locally but not yet synced. Colour is secondary; the word carries the meaning.
import type { ReactElement, ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'strong' | 'pending' | 'danger' | 'ok' | 'muted';

export function Badge({ tone = 'neutral', children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }): ReactElement {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

export function PendingBadge({ pending }: { pending: boolean }): ReactElement | null {
  if (!pending) return null;
  return (
    <Badge tone="pending" title="Saved in this workspace, not yet synced to the platform">
      pending
    </Badge>
  );
}
