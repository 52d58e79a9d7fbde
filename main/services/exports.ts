// CSV exports auditors open in a spreadsheet: every membership (importable back as-is) and the
// effective access report saying how each access comes (direct, via an org and its cap, public).
// Read-only; cells are encoded by csvWriter (UTF-8 BOM, CRLF, formula prefix).
import type { MethodOutput, ParsedInput } from '../../shared/contract/index';
import type { AccessRoute, Membership } from '../../shared/domain/index';
import { PUBLIC, explainAccess, principalKind } from '../../shared/domain/index';
import { toCsv } from '../csv/csvWriter';
import type { CsvCell } from '../csv/csvWriter';
import type { ServiceContext } from './context';
import { resolveOrg, resolveProject, resolveUser } from './refs';
import { userName } from './views';

export const MEMBERS_HEADER = ['org', 'user', 'name', 'email', 'level', 'allowBillableActivities', 'appAccess', 'projectAccess'];
export const ACCESS_HEADER = ['user', 'user name', 'project', 'project name', 'level', 'how'];

export function describeHow(route: AccessRoute | undefined): string {
  if (!route) return '';
  if (route.kind === 'direct') return 'direct';
  if (route.kind === 'public') return 'public';
  return `via ${route.org ?? '?'} (cap ${route.cap ?? 'NONE'})`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function createExportsService(ctx: ServiceContext) {
  const { repos } = ctx;

  return {
    members(input: ParsedInput<'exports.members'>): MethodOutput<'exports.members'> {
      const org = input.org === undefined ? undefined : resolveOrg(repos, input.org);
      const members = org ? repos.memberships.byOrg(org.id) : repos.memberships.all();
      members.sort((a, b) => a.org.localeCompare(b.org) || a.user.localeCompare(b.user));
      const users = new Map(repos.users.getMany([...new Set(members.map((m) => m.user))]).map((u) => [u.id, u]));
      const rows = members.map((m) => {
        const u = users.get(m.user);
        return [m.org, m.user, userName(u, m.user), u?.email ?? '', m.level, m.allowBillableActivities, m.appAccess, m.projectAccess];
      });
      return { name: org ? `members-${org.id}.csv` : 'members.csv', content: toCsv(MEMBERS_HEADER, rows) };
    },

    access(input: ParsedInput<'exports.access'>): MethodOutput<'exports.access'> {
      const onlyUser = input.user === undefined ? undefined : resolveUser(repos, input.user).id;
      const onlyProject = input.project === undefined ? undefined : resolveProject(repos, input.project);
      const membershipsByUser = new Map<string, Membership[]>();
      const membersByOrg = new Map<string, string[]>();
      for (const m of onlyUser ? repos.memberships.byUser(onlyUser) : repos.memberships.all()) {
        push(membershipsByUser, m.user, m);
        push(membersByOrg, m.org, m.user);
      }
      const users = new Map(repos.users.all().map((u) => [u.id, u]));
      const projects = onlyProject ? [onlyProject] : repos.projects.all();
      const rows: CsvCell[][] = [];
      for (const p of projects) {
        const candidates = new Set<string>();
        for (const principal of Object.keys(p.permissions)) {
          const kind = principalKind(principal);
          if (kind === 'user') candidates.add(principal);
          else if (kind === 'org') for (const u of membersByOrg.get(principal) ?? []) candidates.add(u);
        }
        if (p.permissions[PUBLIC] !== undefined) for (const u of users.keys()) candidates.add(u);
        for (const user of candidates) {
          if (onlyUser !== undefined && user !== onlyUser) continue;
          const { level, routes } = explainAccess(user, p.permissions, membershipsByUser.get(user) ?? []);
          if (level === 'NONE') continue;
          rows.push([user, userName(users.get(user), user), p.id, p.name, level, describeHow(routes.find((r) => r.winning))]);
        }
      }
      rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[3]).localeCompare(String(b[3])));
      const suffix = onlyUser ? `-${onlyUser}` : onlyProject ? `-${onlyProject.id}` : '';
      return { name: `access${suffix}.csv`, content: toCsv(ACCESS_HEADER, rows) };
    },
  };
}
export type ExportsService = ReturnType<typeof createExportsService>;
