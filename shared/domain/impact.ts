// Consequences of a membership change before it happens: which projects and apps a user
// gains or loses (scenarios.md "Removing a member"; ui.md "Previews before consequences").
// Works on a user-centred slice of the workspace so callers load only what can change.
import type { App, Membership, Permissions, Project } from './entities';
import type { Level } from './levels';
import { compareLevels } from './levels';
import { effectiveLevel } from './access';
import { canRunApp } from './apps';

export interface UserSlice {
  user: string;
  memberships: Membership[];
  /** Every project the user can reach now or after the change (direct, org, or public). */
  projects: Array<Pick<Project, 'id' | 'name' | 'billTo' | 'permissions'>>;
  apps: Array<Pick<App, 'id' | 'name' | 'billTo' | 'published' | 'developers' | 'authorizedUsers'>>;
}

export interface ProjectLevelChange {
  project: string;
  name: string;
  from: Level;
  to: Level;
}
export interface AppChange {
  app: string;
  name: string;
  from: boolean;
  to: boolean;
}
export interface UserImpact {
  user: string;
  projects: ProjectLevelChange[];
  apps: AppChange[];
}

/** Compare the user's effective access in two versions of the same slice. */
export function diffUserAccess(before: UserSlice, after: UserSlice): UserImpact {
  const afterProjects = new Map(after.projects.map((p) => [p.id, p]));
  const afterApps = new Map(after.apps.map((a) => [a.id, a]));
  const projects: ProjectLevelChange[] = [];
  for (const p of before.projects) {
    const from = effectiveLevel(before.user, p.permissions, before.memberships);
    const q = afterProjects.get(p.id);
    const to = q ? effectiveLevel(after.user, q.permissions, after.memberships) : 'NONE';
    if (from !== to) projects.push({ project: p.id, name: p.name, from, to });
  }
  for (const q of after.projects) {
    if (before.projects.some((p) => p.id === q.id)) continue;
    const to = effectiveLevel(after.user, q.permissions, after.memberships);
    if (to !== 'NONE') projects.push({ project: q.id, name: q.name, from: 'NONE', to });
  }
  const apps: AppChange[] = [];
  for (const a of before.apps) {
    const from = canRunApp(before.user, a, before.memberships);
    const b = afterApps.get(a.id);
    const to = b ? canRunApp(after.user, b, after.memberships) : false;
    if (from !== to) apps.push({ app: a.id, name: a.name, from, to });
  }
  for (const b of after.apps) {
    if (before.apps.some((a) => a.id === b.id)) continue;
    if (canRunApp(after.user, b, after.memberships)) apps.push({ app: b.id, name: b.name, from: false, to: true });
  }
  projects.sort((x, y) => x.name.localeCompare(y.name) || x.project.localeCompare(y.project));
  apps.sort((x, y) => x.name.localeCompare(y.name));
  return { user: before.user, projects, apps };
}

export interface RemovalOptions {
  revokeProjectPermissions: boolean;
  revokeAppPermissions: boolean;
}

/**
 * The slice after removing `user` from `org` (platform-api.md §3.5): every route through the
 * org goes; with revokeProjectPermissions the user's direct grants on projects billed to the
 * org go; with revokeAppPermissions their developer/authorized entries on org-billed apps go.
 */
export function sliceAfterRemoval(slice: UserSlice, org: string, opts: RemovalOptions): UserSlice {
  const user = slice.user;
  return {
    user,
    memberships: slice.memberships.filter((m) => m.org !== org),
    projects: slice.projects.map((p) =>
      opts.revokeProjectPermissions && p.billTo === org && p.permissions[user]
        ? { ...p, permissions: withoutKey(p.permissions, user) }
        : p,
    ),
    apps: slice.apps.map((a) =>
      opts.revokeAppPermissions && a.billTo === org
        ? { ...a, developers: a.developers.filter((d) => d !== user), authorizedUsers: a.authorizedUsers.filter((d) => d !== user) }
        : a,
    ),
  };
}

export interface RemovalImpact {
  projectsLost: ProjectLevelChange[];
  appsLost: Array<{ app: string; name: string }>;
  /** Direct grants the platform deletes (revokeProjectPermissions on org-billed projects). */
  directGrantsRevoked: Array<{ project: string; name: string; level: Level }>;
}

export function removalImpact(slice: UserSlice, org: string, opts: RemovalOptions): RemovalImpact {
  const after = sliceAfterRemoval(slice, org, opts);
  const impact = diffUserAccess(slice, after);
  return {
    projectsLost: impact.projects.filter((c) => compareLevels(c.to, c.from) < 0),
    appsLost: impact.apps.filter((a) => a.from && !a.to).map(({ app, name }) => ({ app, name })),
    directGrantsRevoked: opts.revokeProjectPermissions
      ? slice.projects
          .filter((p) => p.billTo === org && p.permissions[slice.user])
          .map((p) => ({ project: p.id, name: p.name, level: p.permissions[slice.user] as Level }))
      : [],
  };
}

/** The slice after replacing the user's membership in one org (level/flag change). */
export function sliceAfterMembershipChange(slice: UserSlice, next: Membership): UserSlice {
  const others = slice.memberships.filter((m) => m.org !== next.org);
  return { ...slice, memberships: [...others, next] };
}

function withoutKey(perms: Permissions, key: string): Permissions {
  const out: Permissions = {};
  for (const [k, v] of Object.entries(perms)) if (k !== key) out[k] = v;
  return out;
}
