// Loads, in a few set-based queries, exactly the workspace facts an import file refers to:
// its orgs, its users (by ID and by email), their memberships and ADMIN counts, and the projects
// and apps an undo file restores grants on. Read-only;
// planning 100k rows must not run one query per row.
import type { Repos } from '../../db/repos/index';
import type { Membership } from '../../../shared/domain/index';
import type { WorkspaceLookup } from './types';

const key = (org: string, user: string) => `${org}\u0000${user}`;

export interface LookupRefs {
  orgs: Iterable<string>;
  userIds: Iterable<string>;
  emails: Iterable<string>;
  projects?: Iterable<string>;
  apps?: Iterable<string>;
}

export function loadLookup(repos: Repos, refs: LookupRefs, actor: string | null): WorkspaceLookup {
  const orgIds = [...new Set(refs.orgs)];
  const orgs = new Set(repos.orgs.getMany(orgIds).map((o) => o.id));
  const users = new Set(repos.users.getMany([...new Set(refs.userIds)]).map((u) => u.id));
  const emails = new Map<string, string[]>();
  for (const email of new Set(refs.emails)) {
    const ids = repos.users.byEmail(email).map((u) => u.id);
    emails.set(email.toLowerCase(), ids);
    for (const id of ids) users.add(id);
  }
  const memberships = new Map<string, Membership>();
  const admins = new Map<string, number>();
  for (const m of repos.memberships.byOrgs([...orgs])) {
    memberships.set(key(m.org, m.user), m);
    if (m.level === 'ADMIN') admins.set(m.org, (admins.get(m.org) ?? 0) + 1);
  }
  const projects = new Map(repos.projects.getMany([...new Set(refs.projects ?? [])]).map((p) => [p.id, p]));
  const apps = new Map(repos.apps.getMany([...new Set(refs.apps ?? [])]).map((a) => [a.id, a]));
  return {
    project: (id) => projects.get(id),
    app: (id) => apps.get(id),
    orgExists: (id) => orgs.has(id),
    userById: (id) => users.has(id),
    usersByEmail: (email) => emails.get(email.toLowerCase()) ?? [],
    membership: (org, user) => memberships.get(key(org, user)),
    adminCount: (org) => admins.get(org) ?? 0,
    actorMembership: (org) => (actor === null ? undefined : memberships.get(key(org, actor))),
  };
}
