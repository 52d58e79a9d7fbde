// Writes a review plan's grant edits through the same writer as projects.share / unshare, so
// sync pushes them like any sharing change. Runs inside the caller's transaction.
import type { Repos } from '../../db/repos/index';
import type { NewOutboxEntry } from '../../db/repos/outbox';
import { writeGrantChange } from '../../services/sharingEdits';
import type { GrantEdit } from './simulate';

/** Returns how many outbox entries were queued. */
export function writeGrantEdits(repos: Repos, edits: readonly GrantEdit[], actingUser: string, createdAt: number, onEntry?: (outboxId: number, entry: NewOutboxEntry) => void): number {
  for (const e of edits) {
    const entry = { ...writeGrantChange(repos, { project: e.project, projectName: e.projectName, principal: e.user, before: e.from, after: e.to, reason: 'access review' }), actingUser, createdAt };
    onEntry?.(repos.outbox.insert(entry), entry);
  }
  return edits.length;
}
