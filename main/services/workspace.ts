// The workspace itself: which file, who is acting, which platform. Owns the acting-user and
// platform settings; it must not touch domain rows.
import type { WorkspaceInfo } from '../../shared/contract/index';
import { schemaVersion } from '../db/migrate';
import { ACTIVE_OUTBOX_STATES } from '../db/repos/index';
import type { ServiceContext } from './context';
import { actingUser, atomically, notifyChanged } from './context';
import { resolveUser } from './refs';
import { userName } from './views';

export function createWorkspaceService(ctx: ServiceContext) {
  const { repos } = ctx;
  const info = (): WorkspaceInfo => {
      const actor = actingUser(ctx);
      const counts = repos.outbox.countsByState();
      return {
        path: ctx.workspacePath,
        schemaVersion: schemaVersion(ctx.db),
        actingUser: actor,
        actingUserName: actor ? userName(repos.users.get(actor), actor) : null,
        platformUrl: repos.settings.get('platform_url'),
        isEmpty: isEmpty(ctx),
        pendingEdits: ACTIVE_OUTBOX_STATES.reduce((n, s) => n + counts[s], 0),
      };
  };
  return {
    info,
    /** Records who edits are made as (after `connect`, or the demo's user-d). Not an edit. */
    setActingUser(ref: string | null): WorkspaceInfo {
      return atomically(ctx, () => {
        const id = ref === null ? null : resolveUser(repos, ref).id;
        repos.settings.set('acting_user', id);
        notifyChanged(ctx, ['workspace'], false);
        return info();
      });
    },
    setPlatformUrl(url: string | null): WorkspaceInfo {
      return atomically(ctx, () => {
        repos.settings.set('platform_url', url);
        notifyChanged(ctx, ['workspace'], false);
        return info();
      });
    },
  };
}
export type WorkspaceService = ReturnType<typeof createWorkspaceService>;

/** No users, orgs, projects or apps yet (a fresh file). */
export function isEmpty(ctx: ServiceContext): boolean {
  const { repos } = ctx;
  return repos.users.count() + repos.orgs.count() + repos.projects.count() + repos.apps.count() === 0;
}
