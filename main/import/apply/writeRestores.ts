// Writes what an undo row restores beside the membership: the direct project grants and app
// authorizations a removal's revoke* options deleted, each queued exactly as projects.share and
// apps.authorize queue it so it syncs like any other edit. Runs inside the caller's transaction.
import type { Repos } from '../../db/repos/index';
import type { QueuedEdit } from '../../services/context';
import { appTarget, grantTarget } from '../../services/targets';
import type { PlannedRow } from '../plan/types';

export function restoreEdits(repos: Repos, r: PlannedRow): QueuedEdit[] {
  const user = r.next?.user;
  if (!r.restore || user === undefined) return [];
  const out: QueuedEdit[] = [];
  for (const g of r.restore.projects) {
    repos.projects.setGrant(g.project, user, g.level);
    out.push({
      op: 'project.share',
      target: grantTarget(g.project, user),
      summary: g.from ? `Change ${user} on "${g.name}" from ${g.from} to ${g.level}` : `Share "${g.name}" with ${user} at ${g.level}`,
      payload: { project: g.project, principal: user, level: g.level },
      base: g.from ? { level: g.from } : null,
    });
  }
  for (const a of r.restore.apps) {
    repos.apps.addAuthorized(a.app, user);
    out.push({ op: 'app.authorize', target: appTarget(a.app, user), summary: `Authorize ${user} to run ${a.name}`, payload: { app: a.app, principal: user }, base: null });
  }
  return out;
}
