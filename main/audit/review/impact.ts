// Who gains or loses what between the live state and the state after a review plan, per
// touched user, through shared/domain's diffUserAccess. Pure over two state indexes.
import type { UserImpact, UserSlice } from '../../../shared/domain/index';
import { PUBLIC, diffUserAccess } from '../../../shared/domain/index';
import type { StateIndex } from '../report/stateIndex';

function slice(ix: StateIndex, user: string): UserSlice {
  const memberships = ix.membershipsByUser.get(user) ?? [];
  const principals = new Set([user, PUBLIC, ...memberships.map((m) => m.org)]);
  return {
    user,
    memberships,
    projects: ix.state.projects.filter((p) => Object.keys(p.permissions).some((k) => principals.has(k))),
    apps: ix.state.apps.filter((a) => [...a.developers, ...a.authorizedUsers].some((k) => principals.has(k))),
  };
}

export function reviewImpact(before: StateIndex, after: StateIndex, users: Iterable<string>): UserImpact[] {
  return [...new Set(users)]
    .sort()
    .map((u) => diffUserAccess(slice(before, u), slice(after, u)))
    .filter((i) => i.projects.length > 0 || i.apps.length > 0);
}
