// Writes the changed rows of a plan: membership rows and one outbox entry per row, exactly as
// members.invite/update/remove would (memberEdits). Runs inside the caller's transaction and
// never opens one; error, skip and unchanged rows are not touched. Undo rows also give back the
// grants a removal revoked (writeRestores). Each entry is inserted as soon as its row is
// written, so 100k queued edits never sit in memory at once.
import type { NewOutboxEntry, QueuedOutboxEdit } from '../../db/repos/outbox';
import type { Repos } from '../../db/repos/index';
import { writeChange, writeInvite, writeRemoval } from '../../services/memberEdits';
import { loadUserSlice } from '../../services/slices';
import type { PlannedRow } from '../plan/types';
import { restoreEdits } from './writeRestores';

export interface WritePlanHooks {
  /** Once per row that queued anything, with its first outbox id: the import's edit-log tuple. */
  onRow?(row: PlannedRow, firstOutboxId: number): void;
  /** Every outbox entry queued: callers that log each edit on its own (an access review). */
  onEntry?(outboxId: number, entry: NewOutboxEntry): void;
}

/** Returns how many outbox entries were queued. */
export function writePlan(repos: Repos, rows: readonly PlannedRow[], actingUser: string, createdAt: number, hooks: WritePlanHooks = {}): number {
  let queued = 0;
  const { onEntry, onRow } = hooks;
  const insert = (e: QueuedOutboxEdit): number => {
    const id = repos.outbox.queue(e, actingUser, createdAt);
    if (onEntry) onEntry(id, { ...e, actingUser, createdAt });
    queued += 1;
    return id;
  };
  for (const r of rows) {
    let entry = null;
    if (r.action === 'create' && r.next) entry = writeInvite(repos, r.next);
    else if (r.action === 'update' && r.current && r.next) entry = writeChange(repos, r.current, r.next);
    else if (r.action === 'remove' && r.current && r.removal) entry = writeRemoval(repos, r.current, r.removal, loadUserSlice(repos, r.current.user)).entry;
    let first: number | null = entry === null ? null : insert(entry);
    // After the membership: on the platform a grant to a returning member follows their invite.
    if (r.restore) {
      for (const e of restoreEdits(repos, r)) {
        const id = insert(e);
        first ??= id;
      }
    }
    if (first !== null && onRow) onRow(r, first);
  }
  return queued;
}
