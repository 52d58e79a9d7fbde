// What removing a member deletes beside the membership, read before the apply writes anything:
// their direct grants on projects billed to the org (revokeProjectPermissions) and their
// authorizations on apps billed to it (revokeAppPermissions). The undo file carries these so
// importing it gives them back. Developer roles are revoked too but cannot be re-granted
// through the platform's API, so they are not listed. Read-only.
import type { GrantLevel } from '../../../shared/domain/index';
import type { Repos } from '../../db/repos/index';
import { loadUserSlice } from '../../services/slices';
import type { PlannedRow } from '../plan/types';

export interface RevokedGrants {
  projects: Array<{ project: string; level: GrantLevel }>;
  apps: string[];
}

export function revokedGrants(repos: Repos, r: PlannedRow): RevokedGrants {
  if (r.action !== 'remove' || !r.current || !r.removal) return { projects: [], apps: [] };
  const { org, user } = r.current;
  const projects = r.removal.revokeProjectPermissions ? repos.projects.grantsOnProjectsBilledTo(user, org) : [];
  const apps = r.removal.revokeAppPermissions
    ? loadUserSlice(repos, user)
        .apps.filter((a) => a.billTo === org && a.authorizedUsers.includes(user))
        .map((a) => a.id)
    : [];
  return { projects: [...projects].sort((a, b) => a.project.localeCompare(b.project)), apps: apps.sort() };
}
