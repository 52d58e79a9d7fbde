// Writes a review plan's grant edits: the grant row and one outbox entry each, with the same
// op, target, payload and base as projects.share / projects.unshare, so sync pushes them like
// any sharing change. Runs inside the caller's transaction and never opens one.
import type { Repos } from '../../db/repos/index';
import { grantTarget } from '../../services/targets';
import type { GrantEdit } from './simulate';

/** Returns how many outbox entries were queued. */
export function writeGrantEdits(repos: Repos, edits: readonly GrantEdit[], actingUser: string, createdAt: number): number {
  for (const e of edits) {
    const target = grantTarget(e.project, e.user);
    if (e.to === null) {
      repos.projects.removeGrant(e.project, e.user);
      repos.outbox.insert({
        op: 'project.unshare',
        target,
        summary: `Revoke ${e.user}'s ${e.from} on "${e.projectName}" (access review)`,
        payload: { project: e.project, principal: e.user },
        base: { level: e.from },
        actingUser,
        createdAt,
      });
    } else {
      repos.projects.setGrant(e.project, e.user, e.to);
      repos.outbox.insert({
        op: 'project.share',
        target,
        summary: `Change ${e.user} on "${e.projectName}" from ${e.from} to ${e.to} (access review)`,
        payload: { project: e.project, principal: e.user, level: e.to },
        base: { level: e.from },
        actingUser,
        createdAt,
      });
    }
  }
  return edits.length;
}
