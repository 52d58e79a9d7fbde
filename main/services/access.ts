// Effective access reports: by user, by project, one explained pair, and the whole
// users x projects table. Every level comes from shared/domain explainAccess, or for the whole
// table from the heatmap's pass proven equal to it; this file only chooses which rows to load
// (indexed by user or by principal). Read-only.
import type { MethodOutput, ParsedInput } from '../../shared/contract/index';
import type { Level, Membership } from '../../shared/domain/index';
import { LEVELS, PUBLIC, capabilities, explainAccess, explainAppAccess, isOrgId, principalKind } from '../../shared/domain/index';
import { cellsByProject, computeAccessMatrix } from '../heatmap/accessMatrix';
import { loadSnapshot } from '../heatmap/snapshot';
import type { ServiceContext } from './context';
import { resolveProject, resolveUser } from './refs';
import { userName } from './views';

export interface EffectiveAccessRow {
  user: string;
  project: string;
  level: Level;
}

export function createAccessService(ctx: ServiceContext) {
  const { repos } = ctx;

  return {
    byUser(input: ParsedInput<'access.byUser'>): MethodOutput<'access.byUser'> {
      const user = resolveUser(repos, input.user);
      const memberships = repos.memberships.byUser(user.id);
      const principals = [user.id, ...memberships.map((m) => m.org), PUBLIC];
      const projects = repos.projects
        .getMany(repos.projects.idsGrantedTo(principals))
        .map((p) => ({ project: p.id, name: p.name, ...explainAccess(user.id, p.permissions, memberships) }))
        .filter((p) => p.level !== 'NONE')
        .sort((a, b) => a.name.localeCompare(b.name) || a.project.localeCompare(b.project));
      const apps = repos.apps
        .getMany(repos.apps.idsNaming(principals))
        .map((a) => ({ app: a.id, name: a.name, ...explainAppAccess(user.id, a, memberships) }))
        .filter((a) => a.routes.length > 0)
        .sort((a, b) => a.name.localeCompare(b.name) || a.app.localeCompare(b.app));
      return { user: user.id, name: userName(user, user.id), projects, apps };
    },

    byProject(input: ParsedInput<'access.byProject'>): MethodOutput<'access.byProject'> {
      const project = resolveProject(repos, input.project);
      const principals = Object.keys(project.permissions);
      const orgs = principals.filter(isOrgId);
      const membershipsByUser = new Map<string, Membership[]>();
      for (const m of repos.memberships.byOrgs(orgs)) {
        const list = membershipsByUser.get(m.user);
        if (list) list.push(m);
        else membershipsByUser.set(m.user, [m]);
      }
      // PUBLIC reaches every user the workspace knows; otherwise only direct grantees and members of granted orgs.
      const everyone = project.permissions[PUBLIC] !== undefined;
      const knownUsers = everyone ? repos.users.all() : repos.users.getMany([...principals.filter((p) => principalKind(p) === 'user'), ...membershipsByUser.keys()]);
      const names = new Map(knownUsers.map((u) => [u.id, u]));
      const candidates = new Set<string>([...principals.filter((p) => principalKind(p) === 'user'), ...membershipsByUser.keys(), ...(everyone ? names.keys() : [])]);
      const users = [...candidates]
        .map((user) => ({ user, name: userName(names.get(user), user), ...explainAccess(user, project.permissions, membershipsByUser.get(user) ?? []) }))
        .filter((u) => u.level !== 'NONE')
        .sort((a, b) => a.user.localeCompare(b.user));
      return { project: project.id, name: project.name, users };
    },

    explain(input: ParsedInput<'access.explain'>): MethodOutput<'access.explain'> {
      const user = resolveUser(repos, input.user);
      const project = resolveProject(repos, input.project);
      const { level, routes } = explainAccess(user.id, project.permissions, repos.memberships.byUser(user.id));
      return {
        user: user.id,
        project: project.id,
        projectName: project.name,
        level,
        routes,
        settings: project.settings,
        capabilities: capabilities(level, project.settings),
      };
    },

    /**
     * Every (user, project) pair with a level above NONE, projects in name order and users in
     * ID order inside each, from the heatmap's typed-array pass (main/heatmap/accessMatrix,
     * proven equal to explainAccess) instead of one effectiveLevel call per candidate pair.
     */
    *allEffectiveAccess(): Generator<EffectiveAccessRow> {
      const snapshot = ctx.db.transaction(() => loadSnapshot(ctx.db))();
      const matrix = computeAccessMatrix(snapshot);
      const byProject = cellsByProject(matrix, snapshot.projects.ids.length);
      const owner = new Int32Array(matrix.size);
      for (let u = 0; u < snapshot.users.ids.length; u++) owner.fill(u, matrix.start[u], matrix.start[u + 1]);
      // The order repos.projects.all() gives (SQLite BINARY on name, then id).
      const order = snapshot.projects.ids
        .map((_, p) => p)
        .sort((a, b) => binary(snapshot.projects.names[a] ?? '', snapshot.projects.names[b] ?? '') || binary(snapshot.projects.ids[a] ?? '', snapshot.projects.ids[b] ?? ''));
      for (const p of order) {
        const project = snapshot.projects.ids[p] as string;
        for (let i = byProject.start[p] as number, e = byProject.start[p + 1] as number; i < e; i++) {
          const k = byProject.cell[i] as number;
          yield { user: snapshot.users.ids[owner[k] as number] as string, project, level: LEVELS[matrix.rank[k] as number] as Level };
        }
      }
    },
  };
}
export type AccessService = ReturnType<typeof createAccessService>;

function binary(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
