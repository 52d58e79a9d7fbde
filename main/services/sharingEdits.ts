// The one way a project grant or an app authorization is written: the row, and the outbox
// entry that pushes it, with the op, target, payload and base the sync engine expects. Shared
// by the project and app services, the import's undo restores and the access review, so an
// edit made by any of them syncs (and conflicts) the same way. Never opens a transaction.
import type { GrantLevel } from '../../shared/domain/index';
import type { Repos } from '../db/repos/index';
import type { QueuedEdit } from './context';
import { appTarget, grantTarget } from './targets';

export interface GrantChange {
  project: string;
  projectName: string;
  principal: string;
  /** The grant before the edit; undefined when there was none. */
  before: GrantLevel | undefined;
  /** The grant after it; null revokes. */
  after: GrantLevel | null;
  /** Why, appended to the summary ("access review"); none for a plain edit. */
  reason?: string;
}

function withReason(summary: string, reason: string | undefined): string {
  return reason ? `${summary} (${reason})` : summary;
}

/** Writes the grant row and returns its outbox entry. */
export function writeGrantChange(repos: Repos, g: GrantChange): QueuedEdit {
  const target = grantTarget(g.project, g.principal);
  if (g.after === null) {
    repos.projects.removeGrant(g.project, g.principal);
    return {
      op: 'project.unshare',
      target,
      summary: withReason(`Revoke ${g.principal}'s ${g.before ?? 'access'} on "${g.projectName}"`, g.reason),
      payload: { project: g.project, principal: g.principal },
      base: g.before ? { level: g.before } : null,
    };
  }
  repos.projects.setGrant(g.project, g.principal, g.after);
  return {
    op: 'project.share',
    target,
    summary: withReason(
      g.before ? `Change ${g.principal} on "${g.projectName}" from ${g.before} to ${g.after}` : `Share "${g.projectName}" with ${g.principal} at ${g.after}`,
      g.reason,
    ),
    payload: { project: g.project, principal: g.principal, level: g.after },
    base: g.before ? { level: g.before } : null,
  };
}

export interface AppAuthorizationChange {
  app: string;
  appName: string;
  principal: string;
  authorize: boolean;
}

/** Adds or removes the principal in the app's authorizedUsers and returns the outbox entry. */
export function writeAppAuthorization(repos: Repos, a: AppAuthorizationChange): QueuedEdit {
  const target = appTarget(a.app, a.principal);
  if (a.authorize) {
    repos.apps.addAuthorized(a.app, a.principal);
    return { op: 'app.authorize', target, summary: `Authorize ${a.principal} to run ${a.appName}`, payload: { app: a.app, principal: a.principal }, base: null };
  }
  repos.apps.removeAuthorized(a.app, a.principal);
  return { op: 'app.deauthorize', target, summary: `Stop authorizing ${a.principal} to run ${a.appName}`, payload: { app: a.app, principal: a.principal }, base: { authorized: true } };
}
