// The access impact of a whole plan: for each user the plan touches, which projects and apps
// they gain or lose once every row of theirs is applied (diffUserAccess before/after). Bounded
// so a 100k-row preview stays fast: `truncated` says when users were left out. Read-only.
import type { ImportPlan } from '../../../shared/contract/index';
import type { UserSlice } from '../../../shared/domain/index';
import { diffUserAccess, sliceAfterMembershipChange, sliceAfterRemoval } from '../../../shared/domain/index';
import type { Repos } from '../../db/repos/index';
import type { PlannedRow, RowRestore } from './types';

export const IMPACT_USER_LIMIT = 200;
/** Users examined at most; beyond this the impact is marked truncated. */
export const IMPACT_SCAN_LIMIT = 2_000;

type Impact = ImportPlan['impact'];

function loadSlice(repos: Repos, user: string, planned: readonly PlannedRow[]): UserSlice {
  const memberships = repos.memberships.byUser(user);
  const principals = [...new Set([user, ...memberships.map((m) => m.org), ...planned.flatMap((r) => (r.org ? [r.org] : []))])];
  // Projects and apps an undo row restores grants on may not be reachable yet: load them too.
  const restoredProjects = planned.flatMap((r) => r.restore?.projects.map((g) => g.project) ?? []);
  const restoredApps = planned.flatMap((r) => r.restore?.apps.map((a) => a.app) ?? []);
  return {
    user,
    memberships,
    projects: repos.projects.getMany([...new Set([...repos.projects.idsGrantedTo(principals), ...restoredProjects])]),
    apps: repos.apps.getMany([...new Set([...repos.apps.idsNaming(principals), ...restoredApps])]),
  };
}

function withRestores(slice: UserSlice, restore: RowRestore): UserSlice {
  const levels = new Map(restore.projects.map((g) => [g.project, g.level]));
  const apps = new Set(restore.apps.map((a) => a.app));
  return {
    ...slice,
    projects: slice.projects.map((p) => {
      const level = levels.get(p.id);
      return level ? { ...p, permissions: { ...p.permissions, [slice.user]: level } } : p;
    }),
    apps: slice.apps.map((a) => (apps.has(a.id) && !a.authorizedUsers.includes(slice.user) ? { ...a, authorizedUsers: [...a.authorizedUsers, slice.user] } : a)),
  };
}

export function planImpact(repos: Repos, rows: readonly PlannedRow[]): Impact {
  const byUser = new Map<string, PlannedRow[]>();
  for (const r of rows) {
    if (r.user === null || (r.action !== 'create' && r.action !== 'update' && r.action !== 'remove')) continue;
    const list = byUser.get(r.user);
    if (list) list.push(r);
    else byUser.set(r.user, [r]);
  }
  // A change in an org nothing is shared with (no project grant, no app listing) cannot move
  // anyone's access; only removals (which may revoke direct grants) are loaded regardless.
  const reaches = new Map<string, boolean>();
  const matters = (r: PlannedRow): boolean => {
    if (r.action === 'remove' || r.restore) return true;
    if (r.org === null) return false;
    let known = reaches.get(r.org);
    if (known === undefined) reaches.set(r.org, (known = repos.projects.idsGrantedTo([r.org]).length > 0 || repos.apps.idsNaming([r.org]).length > 0));
    return known;
  };
  const users: Impact['users'] = [];
  let scanned = 0;
  let truncated = false;
  for (const [user, planned] of [...byUser].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (!planned.some(matters)) continue;
    if (users.length >= IMPACT_USER_LIMIT || scanned >= IMPACT_SCAN_LIMIT) {
      truncated = true;
      break;
    }
    scanned += 1;
    const before = loadSlice(repos, user, planned);
    let after = before;
    for (const r of planned) {
      if (r.action === 'remove' && r.org && r.removal) after = sliceAfterRemoval(after, r.org, r.removal);
      else if (r.next) after = sliceAfterMembershipChange(after, r.next);
      if (r.restore) after = withRestores(after, r.restore);
    }
    const diff = diffUserAccess(before, after);
    if (diff.projects.length > 0 || diff.apps.length > 0) users.push({ user, projects: diff.projects, apps: diff.apps });
  }
  return { users, truncated };
}
