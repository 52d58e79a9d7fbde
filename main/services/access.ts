// Effective access reports: by user, by project, one explained pair, and the whole
// users x projects table. Every level comes from shared/domain (explainAccess, or effectiveLevel for whole-workspace passes); this file only
// chooses which rows to load (indexed by user or by principal). Read-only.
import type { MethodOutput, ParsedInput } from '../../shared/contract/index';
import type { Level, Membership } from '../../shared/domain/index';
import { PUBLIC, capabilities, effectiveLevel, explainAccess, explainAppAccess, isOrgId, principalKind } from '../../shared/domain/index';
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
     * Every (user, project) pair with a level above NONE, computed from two table scans: the
     * grants are expanded through org memberships instead of testing all users x projects.
     */
    *allEffectiveAccess(): Generator<EffectiveAccessRow> {
      const membershipsByUser = new Map<string, Membership[]>();
      const membersByOrg = new Map<string, string[]>();
      for (const m of repos.memberships.all()) {
        push(membershipsByUser, m.user, m);
        push(membersByOrg, m.org, m.user);
      }
      const everyone = repos.users.all().map((u) => u.id);
      for (const project of repos.projects.all()) {
        const candidates = new Set<string>();
        for (const principal of Object.keys(project.permissions)) {
          const kind = principalKind(principal);
          if (kind === 'user') candidates.add(principal);
          else if (kind === 'org') for (const u of membersByOrg.get(principal) ?? []) candidates.add(u);
          else for (const u of everyone) candidates.add(u);
        }
        for (const user of candidates) {
          const level = effectiveLevel(user, project.permissions, membershipsByUser.get(user) ?? []);
          if (level !== 'NONE') yield { user, project: project.id, level };
        }
      }
    },
  };
}
export type AccessService = ReturnType<typeof createAccessService>;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
