// Effective project access and its explanation (scenarios.md "Effective project access").
// The single implementation of the rule: every view, report, CLI answer and benchmark calls
// explainAccess. Being billed to an org grants nothing, so billTo is deliberately not an input.
import type { Membership, Permissions } from './entities';
import { PUBLIC, isOrgId } from './ids';
import type { Level, OrgLevel } from './levels';
import { LEVELS, compareLevels, levelRank, minLevel } from './levels';

export type RouteKind = 'direct' | 'org' | 'public';

export interface AccessRoute {
  kind: RouteKind;
  /** The level this route gives the user. */
  level: Level;
  /** Exactly one route is winning when the effective level is above NONE. */
  winning: boolean;
  /** Org routes: the org, the user's level in it, the org's grant and the cap applied. */
  org?: string;
  orgLevel?: OrgLevel;
  granted?: Level;
  cap?: Level;
  /** True when the cap, not the org's grant, decided this route's level. */
  capped?: boolean;
}

export interface AccessExplanation {
  level: Level;
  routes: AccessRoute[];
}

/** The subset of a user's memberships the rule reads. */
export type MembershipFacts = Pick<Membership, 'org' | 'level' | 'projectAccess'>;

export function orgRouteCap(m: Pick<Membership, 'level' | 'projectAccess'>): Level {
  return m.level === 'ADMIN' ? 'ADMINISTER' : m.projectAccess;
}

const KIND_PRIORITY: Record<RouteKind, number> = { direct: 0, org: 1, public: 2 };

/**
 * Every route by which `user` reaches a project with `permissions`, the winning one marked.
 * Org routes whose cap is NONE are listed (level NONE) so an explanation can say why an org
 * grant gives nothing; they never win.
 */
export function explainAccess(
  user: string,
  permissions: Permissions,
  memberships: readonly MembershipFacts[],
): AccessExplanation {
  const routes: AccessRoute[] = [];
  const direct = permissions[user];
  if (direct) routes.push({ kind: 'direct', level: direct, winning: false });
  for (const m of memberships) {
    const granted = permissions[m.org];
    if (!granted || !isOrgId(m.org)) continue;
    const cap = orgRouteCap(m);
    const level = minLevel(granted, cap);
    routes.push({
      kind: 'org',
      org: m.org,
      orgLevel: m.level,
      granted,
      cap,
      capped: compareLevels(cap, granted) < 0,
      level,
      winning: false,
    });
  }
  if (permissions[PUBLIC]) routes.push({ kind: 'public', level: 'VIEW', winning: false });

  routes.sort(
    (a, b) =>
      compareLevels(b.level, a.level) ||
      KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] ||
      (a.org ?? '').localeCompare(b.org ?? ''),
  );
  const best = routes[0];
  if (!best || best.level === 'NONE') return { level: 'NONE', routes };
  best.winning = true;
  return { level: best.level, routes };
}

/**
 * The same level explainAccess arrives at, without building routes: whole-workspace passes
 * (heatmaps, reports, benchmarks) evaluate millions of pairs and only need the level.
 */
export function effectiveLevel(
  user: string,
  permissions: Permissions,
  memberships: readonly MembershipFacts[],
): Level {
  const direct = permissions[user];
  let best = direct ? levelRank(direct) : 0;
  for (const m of memberships) {
    const granted = permissions[m.org];
    // Memberships are parsed with OrgIdSchema on the way in; the prefix is all that can differ here.
    if (!granted || !m.org.startsWith('org-')) continue;
    const viaOrg = Math.min(levelRank(granted), levelRank(orgRouteCap(m)));
    if (viaOrg > best) best = viaOrg;
  }
  if (permissions[PUBLIC] && best < PUBLIC_RANK) best = PUBLIC_RANK;
  return LEVELS[best] ?? 'NONE';
}

const PUBLIC_RANK = 1;

/** One line a person can read: "UPLOAD via org-lab (org grants UPLOAD, MEMBER, cap CONTRIBUTE)". */
export function describeRoute(route: AccessRoute): string {
  switch (route.kind) {
    case 'direct':
      return `${route.level} by direct grant`;
    case 'public':
      return `${route.level} because the project is public`;
    case 'org': {
      const role = route.orgLevel === 'ADMIN' ? 'ADMIN' : 'MEMBER';
      const why = route.capped
        ? `capped by projectAccess ${route.cap ?? 'NONE'}`
        : `${role}, cap ${route.cap ?? 'NONE'}`;
      return `${route.level} via ${route.org ?? '?'} (org grants ${route.granted ?? 'NONE'}, ${why})`;
    }
  }
}
