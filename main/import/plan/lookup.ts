// Loads, in a few set-based queries, exactly the workspace facts an import file refers to:
// its orgs, its users (by ID and by email), their memberships and ADMIN counts. Read-only;
// planning 100k rows must not run one query per row.
import type { Repos } from '../../db/repos/index';
import type { Membership } from '../../../shared/domain/index';
import type { WorkspaceLookup } from './types';

const key = (org: string, user: string) => `${org}\u0000${user}`;

export function loadLookup(repos: Repos, refs: { orgs: Iterable<string>; userIds: Iterable<string>; emails: Iterable<string> }, actor: string | null): WorkspaceLookup {
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
  return {
    orgExists: (id) => orgs.has(id),
    userById: (id) => users.has(id),
    usersByEmail: (email) => emails.get(email.toLowerCase()) ?? [],
    membership: (org, user) => memberships.get(key(org, user)),
    adminCount: (org) => admins.get(org) ?? 0,
    actorMembership: (org) => (actor === null ? undefined : memberships.get(key(org, actor))),
  };
}
