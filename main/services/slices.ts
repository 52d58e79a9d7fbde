// Loads the user-centred slice the impact rules work on, with a handful of indexed queries
// (memberships by user, grants and app lists by principal) instead of the whole workspace.
import type { Repos } from '../db/repos/index';
import type { UserSlice } from '../../shared/domain/index';
import { PUBLIC } from '../../shared/domain/index';

/**
 * Every project and app the user reaches through themself or an org they belong to. With
 * `includePublic`, PUBLIC grants too (a membership change can never alter those routes);
 * `joiningOrgs` adds what an org the user is about to join reaches (invite previews).
 */
export function loadUserSlice(repos: Repos, user: string, includePublic = false, joiningOrgs: readonly string[] = []): UserSlice {
  const memberships = repos.memberships.byUser(user);
  const principals = [user, ...memberships.map((m) => m.org), ...joiningOrgs, ...(includePublic ? [PUBLIC] : [])];
  return {
    user,
    memberships,
    projects: repos.projects.getMany(repos.projects.idsGrantedTo(principals)),
    apps: repos.apps.getMany(repos.apps.idsNaming(principals)),
  };
}
