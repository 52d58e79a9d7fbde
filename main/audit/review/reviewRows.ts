// The reviewable rows of a scope at a state: (user, project) with the effective level and its
// routes, and (user, org) with level and flags, each with the levels a `reduce` may choose and,
// for access that comes via an org or PUBLIC, a note that it cannot be cut for one project alone.
import type { ReviewRow } from '../../../shared/contract/index';
import type { AccessRoute, Level, Membership } from '../../../shared/domain/index';
import { LEVELS, levelRank } from '../../../shared/domain/index';
import type { ResolvedScope } from '../report/buildReport';
import { accessRows } from '../report/buildReport';
import { shortVia } from '../report/describe';
import type { StateIndex } from '../report/stateIndex';

export const projectKey = (project: string, user: string) => `project:${project}:${user}`;
export const orgKey = (org: string, user: string) => `org:${org}:${user}`;

/** Grantable levels strictly below `level`, highest first (NONE is `revoke`). */
export function levelsBelow(level: Level): Level[] {
  return LEVELS.slice(1, levelRank(level)).reverse();
}

/** What `reduce` may choose for a membership: ADMIN -> MEMBER (default flags) or a lower projectAccess. */
export function orgReduceTo(m: Pick<Membership, 'level' | 'projectAccess'>): Array<Level | 'MEMBER'> {
  if (m.level === 'ADMIN') return ['MEMBER', 'CONTRIBUTE', 'UPLOAD', 'VIEW', 'NONE'];
  return LEVELS.slice(0, levelRank(m.projectAccess)).reverse();
}

/** Routes a change of the user's own grant cannot touch, in words; null when there are none. */
export function indirectNote(routes: readonly AccessRoute[], projectName: string): string | null {
  const indirect = routes.filter((r) => r.kind !== 'direct' && r.level !== 'NONE');
  if (indirect.length === 0) return null;
  const list = indirect.map((r) => `${r.level} ${shortVia(r)}`).join('; ');
  return `${list}: access that comes via an org or PUBLIC cannot be reduced for ${projectName} alone; change the membership (or the org's grant, which affects every member)`;
}

export function describeMembership(m: Membership): string {
  if (m.level === 'ADMIN') return 'ADMIN (projectAccess ADMINISTER, appAccess and billing fixed)';
  return `MEMBER, projectAccess ${m.projectAccess}, appAccess ${m.appAccess ? 'yes' : 'no'}, billable ${m.allowBillableActivities ? 'yes' : 'no'}`;
}

function membershipsInScope(ix: StateIndex, scope: ResolvedScope): Membership[] {
  switch (scope.kind) {
    case 'all':
      return ix.state.memberships;
    case 'org':
      return ix.membershipsByOrg.get(scope.id) ?? [];
    case 'user':
      return ix.membershipsByUser.get(scope.id) ?? [];
    case 'project': {
      // The memberships that carry access to this project: the fixes for via-org rows.
      const p = ix.projects.get(scope.id);
      return Object.keys(p?.permissions ?? {}).flatMap((o) => ix.membershipsByOrg.get(o) ?? []);
    }
  }
}

export function reviewRows(ix: StateIndex, scope: ResolvedScope): ReviewRow[] {
  const projectRows: ReviewRow[] = accessRows(ix, scope).rows.map((r) => ({
    key: projectKey(r.project, r.user),
    kind: 'project',
    user: r.user,
    userName: r.userName,
    project: r.project,
    projectName: r.projectName,
    org: null,
    orgName: null,
    level: r.level,
    routes: r.routes,
    flags: null,
    how: r.how,
    reduceTo: levelsBelow(r.level),
    viaOrgNote: indirectNote(r.routes, r.projectName),
  }));
  const orgRows: ReviewRow[] = [...membershipsInScope(ix, scope)]
    .sort((a, b) => a.org.localeCompare(b.org) || a.user.localeCompare(b.user))
    .map((m) => ({
      key: orgKey(m.org, m.user),
      kind: 'org',
      user: m.user,
      userName: ix.userName(m.user),
      project: null,
      projectName: null,
      org: m.org,
      orgName: ix.orgName(m.org),
      level: m.level,
      routes: [],
      flags: { allowBillableActivities: m.allowBillableActivities, appAccess: m.appAccess, projectAccess: m.projectAccess },
      how: describeMembership(m),
      reduceTo: orgReduceTo(m),
      viaOrgNote: null,
    }));
  return [...orgRows, ...projectRows];
}
