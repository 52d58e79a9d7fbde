// Writes the changed rows of a plan: membership rows and one outbox entry per row, exactly as
// members.invite/update/remove would (memberEdits). Runs inside the caller's transaction and
// never opens one; error, skip and unchanged rows are not touched. Undo rows also give back the
// grants a removal revoked (writeRestores). Each entry is inserted as soon as its row is
// written, so 100k queued edits never sit in memory at once.
import type { Repos } from '../../db/repos/index';
import { writeChange, writeInvite, writeRemoval } from '../../services/memberEdits';
import { loadUserSlice } from '../../services/slices';
import type { PlannedRow } from '../plan/types';
import { restoreEdits } from './writeRestores';

/** Returns how many outbox entries were queued; `onQueued` sees each row with its outbox id (the edit log). */
export function writePlan(repos: Repos, rows: readonly PlannedRow[], actingUser: string, createdAt: number, onQueued?: (row: PlannedRow, outboxId: number) => void): number {
  let queued = 0;
  for (const r of rows) {
    let entry = null;
    if (r.action === 'create' && r.next) entry = writeInvite(repos, r.next);
    else if (r.action === 'update' && r.current && r.next) entry = writeChange(repos, r.current, r.next);
    else if (r.action === 'remove' && r.current && r.removal) entry = writeRemoval(repos, r.current, r.removal, loadUserSlice(repos, r.current.user)).entry;
    if (entry !== null) {
      const id = repos.outbox.insert({ ...entry, actingUser, createdAt });
      onQueued?.(r, id);
      queued += 1;
    }
    // After the membership: on the platform a grant to a returning member follows their invite.
    if (r.restore) {
      for (const e of restoreEdits(repos, r)) repos.outbox.insert({ ...e, actingUser, createdAt });
      queued += r.restore.projects.length + r.restore.apps.length;
    }
  }
  return queued;
}
