// Effective access changes between two states, per (user, project) and (user, app), each with
// the routes on both sides and the route that made the difference. Only pairs a changed fact
// can reach are evaluated (members of an org whose grant changed, the user of a changed
// membership, direct grantees, everyone for PUBLIC), which keeps a diff of a large workspace
// proportional to what changed. Pure: both states come in indexed.
import type { AppAccessChange, EffectiveChange } from '../../../shared/contract/audit';
import { CAPABILITY_KEYS } from '../../../shared/contract/audit';
import type { AccessExplanation, AccessRoute, AppAccess, AppRoute, Capabilities } from '../../../shared/domain/index';
import { DEFAULT_PROJECT_SETTINGS, capabilities, compareLevels, describeRoute, explainAccess, explainAppAccess } from '../../../shared/domain/index';
import { factKind, factParts } from '../state/facts';
import { PUBLIC, either } from './names';
import type { StateIndex } from './stateIndex';
import { usersOf } from './stateIndex';

type Pairs = Map<string, Set<string>>;

export interface EffectiveResult {
  effective: EffectiveChange[];
  apps: AppAccessChange[];
  usersExamined: number;
}

export interface EffectiveOptions {
  /** Only this user's pairs (a user filter): the rest need not be evaluated at all. */
  onlyUser?: string;
}

export function effectiveChanges(changed: readonly string[], b: StateIndex, a: StateIndex, opts: EffectiveOptions = {}): EffectiveResult {
  const changedSet = new Set(changed);
  const { projectPairs, appPairs } = affectedPairs(changed, b, a, opts.onlyUser);
  const examined = new Set([...projectPairs.keys(), ...appPairs.keys()]);
  const effective: EffectiveChange[] = [];
  for (const [user, projects] of projectPairs) {
    for (const project of projects) {
      const e = projectChange(user, project, b, a, changedSet);
      if (e) effective.push(e);
    }
  }
  const apps: AppAccessChange[] = [];
  for (const [user, ids] of appPairs) {
    for (const app of ids) {
      const e = appChange(user, app, b, a, changedSet);
      if (e) apps.push(e);
    }
  }
  effective.sort((x, y) => cmp(x.user, y.user) || cmp(x.projectName, y.projectName) || cmp(x.project, y.project));
  apps.sort((x, y) => cmp(x.user, y.user) || cmp(x.appName, y.appName) || cmp(x.app, y.app));
  return { effective, apps, usersExamined: examined.size };
}

function affectedPairs(changed: readonly string[], b: StateIndex, a: StateIndex, onlyUser: string | undefined): { projectPairs: Pairs; appPairs: Pairs } {
  const projectPairs: Pairs = new Map();
  const appPairs: Pairs = new Map();
  const add = (pairs: Pairs, users: Iterable<string>, target: string) => {
    for (const u of users) {
      if (onlyUser !== undefined && u !== onlyUser) continue;
      let set = pairs.get(u);
      if (!set) pairs.set(u, (set = new Set()));
      set.add(target);
    }
  };
  const both = (f: (ix: StateIndex) => Iterable<string>) => new Set([...f(b), ...f(a)]);
  const principalUsers = (principal: string) => (onlyUser !== undefined ? [onlyUser] : both((ix) => usersOf(ix, principal)));
  for (const key of changed) {
    const [id1 = '', id2 = ''] = factParts(key);
    switch (factKind(key)) {
      case 'member':
        for (const p of both((ix) => ix.projectsOf.get(id1) ?? [])) add(projectPairs, [id2], p);
        for (const app of both((ix) => ix.appsOf.get(id1) ?? [])) add(appPairs, [id2], app);
        break;
      case 'grant':
        add(projectPairs, principalUsers(id2), id1);
        break;
      case 'project':
        for (const principal of both((ix) => Object.keys(ix.projects.get(id1)?.permissions ?? {}))) add(projectPairs, principalUsers(principal), id1);
        break;
      case 'appauth':
      case 'appdev':
        add(appPairs, principalUsers(id2), id1);
        break;
      case 'app':
        for (const principal of both((ix) => {
          const app = ix.apps.get(id1);
          return app ? [...app.developers, ...app.authorizedUsers] : [];
        })) add(appPairs, principalUsers(principal), id1);
        break;
      case 'org':
      case 'user':
        // Names, emails and org policies give no access; an org's removal also removes its member facts.
        break;
    }
  }
  return { projectPairs, appPairs };
}

const NO_ACCESS: AccessExplanation = { level: 'NONE', routes: [] };

function projectChange(user: string, project: string, b: StateIndex, a: StateIndex, changed: Set<string>): EffectiveChange | null {
  const pb = b.projects.get(project);
  const pa = a.projects.get(project);
  const eb = pb ? explainAccess(user, pb.permissions, b.byUser.get(user) ?? []) : NO_ACCESS;
  const ea = pa ? explainAccess(user, pa.permissions, a.byUser.get(user) ?? []) : NO_ACCESS;
  const cb = capabilities(eb.level, pb?.settings ?? DEFAULT_PROJECT_SETTINGS);
  const ca = capabilities(ea.level, pa?.settings ?? DEFAULT_PROJECT_SETTINGS);
  const gained = CAPABILITY_KEYS.filter((k) => ca[k] && !cb[k]);
  const lost = CAPABILITY_KEYS.filter((k) => cb[k] && !ca[k]);
  const order = compareLevels(ea.level, eb.level);
  if (order === 0 && gained.length === 0 && lost.length === 0) return null;
  const change = eb.level === 'NONE' ? 'granted' : ea.level === 'NONE' ? 'revoked' : order > 0 ? 'raised' : order < 0 ? 'lowered' : 'capabilities';
  const losing = change === 'revoked' || change === 'lowered';
  const cause = (losing ? eb : ea).routes.find((r) => r.winning) ?? null;

  const orgs = new Set([...(b.byUser.get(user) ?? []), ...(a.byUser.get(user) ?? [])].map((m) => m.org));
  const candidates = [`grant:${project}:${user}`, `grant:${project}:${PUBLIC}`, `project:${project}`];
  for (const org of orgs) candidates.push(`member:${org}:${user}`, `grant:${project}:${org}`);
  const causedBy = candidates.filter((k) => changed.has(k)).sort();

  const projectName = (pa ?? pb)?.name ?? project;
  return {
    user,
    userName: either(b.userNames, a.userNames, user) ?? user,
    project,
    projectName,
    change,
    before: eb.level,
    after: ea.level,
    routesBefore: eb.routes,
    routesAfter: ea.routes,
    cause,
    causeSummary: change === 'capabilities' ? capabilitySummary(gained, lost) : routeSummary(losing, cause, project, user, b, a, changed),
    causedBy,
    capabilitiesGained: gained,
    capabilitiesLost: lost,
  };
}

function routeKeys(route: AccessRoute, project: string, user: string): string[] {
  switch (route.kind) {
    case 'direct':
      return [`grant:${project}:${user}`];
    case 'public':
      return [`grant:${project}:${PUBLIC}`];
    case 'org':
      return [`member:${route.org ?? ''}:${user}`, `grant:${project}:${route.org ?? ''}`];
  }
}

function routeSummary(losing: boolean, cause: AccessRoute | null, project: string, user: string, b: StateIndex, a: StateIndex, changed: Set<string>): string {
  if (!cause) return losing ? 'lost access' : 'gained access';
  const reasons = routeKeys(cause, project, user)
    .filter((k) => changed.has(k))
    .map((k) => reasonFor(k, b, a, project, user));
  const head = `${losing ? 'lost' : 'gained'} ${describeRoute(cause)}`;
  return reasons.length > 0 ? `${head}: ${reasons.join('; ')}` : head;
}

/** Why a fact changed, in words, for the pair the cause belongs to. */
function reasonFor(key: string, b: StateIndex, a: StateIndex, project: string, user: string): string {
  const [id1 = '', id2 = ''] = factParts(key);
  if (factKind(key) === 'member') {
    const mb = (b.byUser.get(user) ?? []).find((m) => m.org === id1);
    const ma = (a.byUser.get(user) ?? []).find((m) => m.org === id1);
    if (!mb) return `added to ${id1}`;
    if (!ma) return `removed from ${id1}`;
    const parts: string[] = [];
    if (mb.level !== ma.level) parts.push(`level ${mb.level} → ${ma.level}`);
    if (mb.projectAccess !== ma.projectAccess) parts.push(`projectAccess ${mb.projectAccess} → ${ma.projectAccess}`);
    if (mb.appAccess !== ma.appAccess) parts.push(`appAccess ${String(mb.appAccess)} → ${String(ma.appAccess)}`);
    if (mb.allowBillableActivities !== ma.allowBillableActivities) parts.push('billable flag changed');
    return `membership in ${id1} changed (${parts.join(', ')})`;
  }
  const gb = b.projects.get(project)?.permissions[id2];
  const ga = a.projects.get(project)?.permissions[id2];
  const who = id2 === PUBLIC ? 'PUBLIC' : id2;
  if (!gb) return `grant to ${who} added at ${ga ?? 'NONE'}`;
  if (!ga) return `grant to ${who} removed (was ${gb})`;
  return `grant to ${who} ${gb} → ${ga}`;
}

function capabilitySummary(gained: readonly (keyof Capabilities)[], lost: readonly (keyof Capabilities)[]): string {
  const parts: string[] = [];
  if (gained.length > 0) parts.push(`gained ${gained.join(', ')}`);
  if (lost.length > 0) parts.push(`lost ${lost.join(', ')}`);
  return `${parts.join('; ')} (project settings changed)`;
}

const NO_APP: AppAccess = { allowed: false, routes: [] };

function appChange(user: string, app: string, b: StateIndex, a: StateIndex, changed: Set<string>): AppAccessChange | null {
  const ab = b.apps.get(app);
  const aa = a.apps.get(app);
  const xb = ab ? explainAppAccess(user, ab, b.byUser.get(user) ?? []) : NO_APP;
  const xa = aa ? explainAppAccess(user, aa, a.byUser.get(user) ?? []) : NO_APP;
  if (xb.allowed === xa.allowed) return null;
  const losing = xb.allowed;
  const cause = (losing ? xb : xa).routes.find((r) => r.grants) ?? null;
  const orgs = new Set([...(b.byUser.get(user) ?? []), ...(a.byUser.get(user) ?? [])].map((m) => m.org));
  const candidates = [`app:${app}`, `appauth:${app}:${user}`, `appauth:${app}:${PUBLIC}`, `appdev:${app}:${user}`];
  for (const org of orgs) candidates.push(`member:${org}:${user}`, `appauth:${app}:${org}`, `appdev:${app}:${org}`);
  const causedBy = candidates.filter((k) => changed.has(k)).sort();
  const reasons = cause ? appRouteKeys(cause, app, user).filter((k) => changed.has(k)).map((k) => appReason(k, b, a, user)) : [];
  const head = `${losing ? 'lost' : 'gained'} ${cause ? describeAppRoute(cause) : 'access'}`;
  return {
    user,
    userName: either(b.userNames, a.userNames, user) ?? user,
    app,
    appName: (aa ?? ab)?.name ?? app,
    change: losing ? 'revoked' : 'granted',
    routesBefore: xb.routes,
    routesAfter: xa.routes,
    cause,
    causeSummary: reasons.length > 0 ? `${head}: ${reasons.join('; ')}` : head,
    causedBy,
  };
}

function appRouteKeys(route: AppRoute, app: string, user: string): string[] {
  switch (route.kind) {
    case 'developer':
      return route.org ? [`member:${route.org}:${user}`, `appdev:${app}:${route.org}`] : [`appdev:${app}:${user}`];
    case 'authorized':
      return [`appauth:${app}:${user}`];
    case 'public':
      return [`appauth:${app}:${PUBLIC}`];
    case 'org':
      return [`member:${route.org ?? ''}:${user}`, `appauth:${app}:${route.org ?? ''}`];
  }
}

export function describeAppRoute(route: AppRoute): string {
  switch (route.kind) {
    case 'developer':
      return route.org ? `developer via ${route.org}` : 'developer';
    case 'authorized':
      return 'direct authorization';
    case 'public':
      return 'public app';
    case 'org':
      return `via ${route.org ?? '?'} (org authorized${route.blockedByAppAccess ? ', appAccess off' : ''})`;
  }
}

function appReason(key: string, b: StateIndex, a: StateIndex, user: string): string {
  const [id1 = '', id2 = ''] = factParts(key);
  switch (factKind(key)) {
    case 'member': {
      const mb = (b.byUser.get(user) ?? []).find((m) => m.org === id1);
      const ma = (a.byUser.get(user) ?? []).find((m) => m.org === id1);
      if (!mb) return `added to ${id1}`;
      if (!ma) return `removed from ${id1}`;
      return `appAccess in ${id1} ${String(mb.appAccess)} → ${String(ma.appAccess)}`;
    }
    case 'appauth':
      return (a.apps.get(id1)?.authorizedUsers ?? []).includes(id2) ? `${id2} authorized` : `${id2} no longer authorized`;
    case 'appdev':
      return (a.apps.get(id1)?.developers ?? []).includes(id2) ? `${id2} made a developer` : `${id2} no longer a developer`;
    default:
      return 'app changed';
  }
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
