// The access report of a scope over one AccessState: who has which level on which project and
// by which route (explainAccess), the projects' overrides, the members and flags, and app
// access that comes via an org. Pure over the state index; formats live in reportCsv/reportHtml.
import type { AccessReport, ReportAccessRow, ReportAppRow, ReportMember, ReportMeta, ReportProject, ReportScope } from '../../../shared/contract/index';
import type { Project } from '../../../shared/domain/index';
import { PUBLIC, describeRoute, explainAccess, explainAppAccess, isOrgId, principalKind } from '../../../shared/domain/index';
import { describeAppRoutes, overridesOf, restrictionsOf, shortVia } from './describe';
import type { StateIndex } from './stateIndex';
import { findOrg, findProject, findUser } from './stateIndex';

export type ResolvedScope = ReportMeta['scope'];

export function resolveScope(ix: StateIndex, scope: ReportScope): ResolvedScope {
  switch (scope.kind) {
    case 'all':
      return { kind: 'all', id: '', name: 'Everything' };
    case 'org': {
      const o = findOrg(ix, scope.org, 'scope.org');
      return { kind: 'org', id: o.id, name: o.name };
    }
    case 'project': {
      const p = findProject(ix, scope.project, 'scope.project');
      return { kind: 'project', id: p.id, name: p.name };
    }
    case 'user': {
      const u = findUser(ix, scope.user, 'scope.user');
      return { kind: 'user', id: u.id, name: ix.userName(u.id) };
    }
  }
}

/** Users reached by any grant on the project (direct, members of granted orgs, everyone if public). */
function candidates(ix: StateIndex, p: Project): Set<string> {
  const out = new Set<string>();
  for (const principal of Object.keys(p.permissions)) {
    const kind = principalKind(principal);
    if (kind === 'user') out.add(principal);
    else if (kind === 'org') for (const m of ix.membershipsByOrg.get(principal) ?? []) out.add(m.user);
  }
  if (p.permissions[PUBLIC] !== undefined) for (const u of ix.users.keys()) out.add(u);
  return out;
}

/** (project, users to report on it) for the scope. */
function pairsInScope(ix: StateIndex, scope: ResolvedScope): Array<[Project, string[]]> {
  const all = ix.state.projects;
  switch (scope.kind) {
    case 'all':
      return all.map((p) => [p, [...candidates(ix, p)]]);
    case 'project': {
      const p = ix.projects.get(scope.id);
      return p ? [[p, [...candidates(ix, p)]]] : [];
    }
    case 'user': {
      // Checked against the user's own principals, not by expanding every project's grantees.
      const principals = [scope.id, PUBLIC, ...(ix.membershipsByUser.get(scope.id) ?? []).map((m) => m.org)];
      return all.filter((p) => principals.some((k) => p.permissions[k] !== undefined)).map((p) => [p, [scope.id]]);
    }
    case 'org': {
      // The org's own projects (billed to it): everyone with access. Projects shared with it: its members.
      const members = new Set((ix.membershipsByOrg.get(scope.id) ?? []).map((m) => m.user));
      return all
        .filter((p) => p.billTo === scope.id || p.permissions[scope.id] !== undefined)
        .map((p) => [p, p.billTo === scope.id ? [...candidates(ix, p)] : [...candidates(ix, p)].filter((u) => members.has(u))]);
    }
  }
}

export function accessRows(ix: StateIndex, scope: ResolvedScope): { rows: ReportAccessRow[]; projects: Project[] } {
  const rows: ReportAccessRow[] = [];
  const projects: Project[] = [];
  for (const [p, users] of pairsInScope(ix, scope)) {
    let any = false;
    for (const user of users) {
      const { level, routes } = explainAccess(user, p.permissions, ix.membershipsByUser.get(user) ?? []);
      if (level === 'NONE') continue;
      any = true;
      const winning = routes.find((r) => r.winning);
      rows.push({ user, userName: ix.userName(user), project: p.id, projectName: p.name, level, routes, how: winning ? describeRoute(winning) : '', via: shortVia(winning) });
    }
    // A user report lists only projects the user reaches; other scopes list every project in scope.
    if (any || scope.kind !== 'user') projects.push(p);
  }
  rows.sort((a, b) => a.projectName.localeCompare(b.projectName) || a.project.localeCompare(b.project) || a.user.localeCompare(b.user));
  return { rows, projects };
}

function projectView(p: Project): ReportProject {
  return {
    project: p.id,
    name: p.name,
    billTo: p.billTo,
    isPublic: p.permissions[PUBLIC] !== undefined,
    grants: Object.entries(p.permissions)
      .map(([principal, level]) => ({ principal, level }))
      .sort((a, b) => a.principal.localeCompare(b.principal)),
    overrides: overridesOf(p.settings),
    restrictions: restrictionsOf(p.settings),
  };
}

function membersInScope(ix: StateIndex, scope: ResolvedScope): ReportMember[] {
  const list =
    scope.kind === 'all'
      ? ix.state.memberships
      : scope.kind === 'org'
        ? (ix.membershipsByOrg.get(scope.id) ?? [])
        : scope.kind === 'user'
          ? (ix.membershipsByUser.get(scope.id) ?? [])
          : Object.keys(ix.projects.get(scope.id)?.permissions ?? {})
              .filter(isOrgId)
              .flatMap((o) => ix.membershipsByOrg.get(o) ?? []);
  return list
    .map((m) => ({
      org: m.org,
      orgName: ix.orgName(m.org),
      user: m.user,
      userName: ix.userName(m.user),
      level: m.level,
      allowBillableActivities: m.allowBillableActivities,
      appAccess: m.appAccess,
      projectAccess: m.projectAccess,
    }))
    .sort((a, b) => a.org.localeCompare(b.org) || a.user.localeCompare(b.user));
}

function appsInScope(ix: StateIndex, scope: ResolvedScope): ReportAppRow[] {
  if (scope.kind === 'project') return [];
  const rows: ReportAppRow[] = [];
  for (const app of ix.state.apps) {
    const named = [...app.authorizedUsers, ...app.developers];
    let users: string[];
    if (scope.kind === 'user') users = [scope.id];
    else {
      const orgs = named.filter((p) => isOrgId(p) && (scope.kind === 'all' || p === scope.id));
      users = [...new Set(orgs.flatMap((o) => (ix.membershipsByOrg.get(o) ?? []).map((m) => m.user)))];
    }
    for (const user of users) {
      const access = explainAppAccess(user, app, ix.membershipsByUser.get(user) ?? []);
      // Org and all scopes: app access that comes via an org; a user scope: every route.
      const routes = scope.kind === 'user' ? access.routes : access.routes.filter((r) => r.org !== undefined && (scope.kind === 'all' || r.org === scope.id));
      if (routes.length === 0) continue;
      rows.push({ user, userName: ix.userName(user), app: app.id, appName: app.name, allowed: access.allowed, routes: access.routes, how: describeAppRoutes(routes) });
    }
  }
  return rows.sort((a, b) => a.appName.localeCompare(b.appName) || a.app.localeCompare(b.app) || a.user.localeCompare(b.user));
}

export function buildReport(ix: StateIndex, meta: ReportMeta): AccessReport {
  const { rows, projects } = accessRows(ix, meta.scope);
  return {
    meta,
    access: rows,
    projects: projects.map(projectView).sort((a, b) => a.name.localeCompare(b.name) || a.project.localeCompare(b.project)),
    members: membersInScope(ix, meta.scope),
    apps: appsInScope(ix, meta.scope),
  };
}
