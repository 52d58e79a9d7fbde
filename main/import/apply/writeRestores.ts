// Writes what an undo row restores beside the membership: the direct project grants and app
// authorizations a removal's revoke* options deleted, each queued exactly as projects.share and
// apps.authorize queue it so it syncs like any other edit. Runs inside the caller's transaction.
import type { Repos } from '../../db/repos/index';
import type { QueuedEdit } from '../../services/context';
import { writeAppAuthorization, writeGrantChange } from '../../services/sharingEdits';
import type { PlannedRow } from '../plan/types';

export function restoreEdits(repos: Repos, r: PlannedRow): QueuedEdit[] {
  const user = r.next?.user;
  if (!r.restore || user === undefined) return [];
  const out: QueuedEdit[] = [];
  for (const g of r.restore.projects) {
    out.push(writeGrantChange(repos, { project: g.project, projectName: g.name, principal: user, before: g.from ?? undefined, after: g.level }));
  }
  for (const a of r.restore.apps) out.push(writeAppAuthorization(repos, { app: a.app, appName: a.name, principal: user, authorize: true }));
  return out;
}
