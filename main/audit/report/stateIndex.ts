// Lookups over one AccessState (live or rebuilt from a snapshot): entities by ID, memberships
// by user and by org, and reference resolution that answers "at that snapshot", not "now".
// Pure over the state; never reads the database.
import type { AccessState } from '../../../shared/domain/accessState';
import type { App, Membership, Org, Project, User } from '../../../shared/domain/index';
import { isProjectId, normalizeOrgRef, normalizeUserRef } from '../../../shared/domain/index';
import { AppError } from '../../../shared/rpc/index';

export interface StateIndex {
  state: AccessState;
  users: Map<string, User>;
  orgs: Map<string, Org>;
  projects: Map<string, Project>;
  apps: Map<string, App>;
  membershipsByUser: Map<string, Membership[]>;
  membershipsByOrg: Map<string, Membership[]>;
  /** "Ada Adams", or the ID when the name is blank or the user unknown. */
  userName(id: string): string;
  orgName(id: string): string;
  /** Where the state came from, for messages: "at snapshot 3" or "in the workspace". */
  where: string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexState(state: AccessState, where: string): StateIndex {
  const users = new Map(state.users.map((u) => [u.id, u]));
  const orgs = new Map(state.orgs.map((o) => [o.id, o]));
  const membershipsByUser = new Map<string, Membership[]>();
  const membershipsByOrg = new Map<string, Membership[]>();
  for (const m of state.memberships) {
    push(membershipsByUser, m.user, m);
    push(membershipsByOrg, m.org, m);
  }
  return {
    state,
    users,
    orgs,
    projects: new Map(state.projects.map((p) => [p.id, p])),
    apps: new Map(state.apps.map((a) => [a.id, a])),
    membershipsByUser,
    membershipsByOrg,
    userName(id) {
      const u = users.get(id);
      return u ? `${u.first} ${u.last}`.trim() || id : id;
    },
    orgName: (id) => orgs.get(id)?.name ?? id,
    where,
  };
}

export function findUser(ix: StateIndex, ref: string, field = 'user'): User {
  const normalized = normalizeUserRef(ref);
  if (normalized.includes('@')) {
    const matches = ix.state.users.filter((u) => u.email.toLowerCase() === normalized.toLowerCase());
    const [only] = matches;
    if (matches.length === 1 && only) return only;
    if (matches.length > 1) throw new AppError('InvalidInput', `${field}: the email ${ref} belongs to several users (${matches.map((u) => u.id).join(', ')}); use the user ID`, { field });
    throw new AppError('NotFound', `${field}: no user with email ${ref} ${ix.where}`, { field });
  }
  const user = ix.users.get(normalized);
  if (!user) throw new AppError('NotFound', `${field}: no user ${normalized} ${ix.where}`, { field });
  return user;
}

export function findOrg(ix: StateIndex, ref: string, field = 'org'): Org {
  const id = normalizeOrgRef(ref);
  const org = ix.orgs.get(id);
  if (!org) throw new AppError('NotFound', `${field}: no org ${id} ${ix.where}`, { field });
  return org;
}

export function findProject(ix: StateIndex, ref: string, field = 'project'): Project {
  const trimmed = ref.trim();
  if (isProjectId(trimmed)) {
    const p = ix.projects.get(trimmed);
    if (p) return p;
  }
  const named = ix.state.projects.filter((p) => p.name === trimmed);
  const [only] = named;
  if (named.length === 1 && only) return only;
  if (named.length > 1) throw new AppError('InvalidInput', `${field}: several projects are named "${trimmed}" (${named.map((p) => p.id).join(', ')}); use the project ID`, { field });
  throw new AppError('NotFound', `${field}: no project with ID or name "${trimmed}" ${ix.where}`, { field });
}
