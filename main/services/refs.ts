// Turns what a person typed into workspace records: users by ID, handle or email; orgs by ID
// or handle; projects by ID or exact unique name; apps by ID or name; share principals.
// Every miss is AppError 'NotFound' naming the input field and the value.
import type { Repos, AppRecord, OrgRecord, ProjectRecord } from '../db/repos/index';
import type { User } from '../../shared/domain/index';
import { PUBLIC, isProjectId, normalizeOrgRef, normalizeUserRef } from '../../shared/domain/index';
import { AppError } from '../../shared/rpc/index';

export function resolveUser(repos: Repos, ref: string, field = 'user'): User {
  const normalized = normalizeUserRef(ref);
  if (normalized.includes('@')) {
    const matches = repos.users.byEmail(normalized);
    const [only] = matches;
    if (matches.length === 1 && only) return only;
    if (matches.length > 1) {
      throw new AppError('InvalidInput', `${field}: the email ${ref} belongs to several users (${matches.map((u) => u.id).join(', ')}); use the user ID`, { field });
    }
    throw new AppError('NotFound', `${field}: no user with email ${ref} in this workspace`, { field });
  }
  const user = repos.users.get(normalized);
  if (!user) throw new AppError('NotFound', `${field}: no user ${normalized} in this workspace`, { field });
  return user;
}

export function resolveOrg(repos: Repos, ref: string, field = 'org'): OrgRecord {
  const id = normalizeOrgRef(ref);
  const org = repos.orgs.get(id);
  if (!org) throw new AppError('NotFound', `${field}: no org ${id} in this workspace`, { field });
  return org;
}

export function resolveProject(repos: Repos, ref: string, field = 'project'): ProjectRecord {
  const trimmed = ref.trim();
  if (isProjectId(trimmed)) {
    const project = repos.projects.get(trimmed);
    if (project) return project;
  }
  const named = repos.projects.byName(trimmed);
  const [only] = named;
  if (named.length === 1 && only) return only;
  if (named.length > 1) {
    throw new AppError('InvalidInput', `${field}: several projects are named "${trimmed}" (${named.map((p) => p.id).join(', ')}); use the project ID`, { field });
  }
  throw new AppError('NotFound', `${field}: no project with ID or name "${trimmed}" in this workspace`, { field });
}

export function resolveApp(repos: Repos, ref: string, field = 'app'): AppRecord {
  const trimmed = ref.trim();
  const byId = trimmed.startsWith('app-') ? repos.apps.get(trimmed) : undefined;
  if (byId) return byId;
  // "app-qc" is also how the platform names an app by name.
  let named = repos.apps.byName(trimmed);
  if (named.length === 0 && trimmed.startsWith('app-')) named = repos.apps.byName(trimmed.slice(4));
  const [only] = named;
  if (named.length === 1 && only) return only;
  if (named.length > 1) {
    throw new AppError('InvalidInput', `${field}: several apps are named "${trimmed}" (${named.map((a) => a.id).join(', ')}); use the app ID`, { field });
  }
  throw new AppError('NotFound', `${field}: no app with ID or name "${trimmed}" in this workspace`, { field });
}

export type Principal = { kind: 'user'; id: string; name: string } | { kind: 'org'; id: string; name: string } | { kind: 'public'; id: typeof PUBLIC; name: string };

/** A share target: PUBLIC, an org (org-x) or a user (user-x, handle or email). */
export function resolvePrincipal(repos: Repos, ref: string, field = 'principal'): Principal {
  const trimmed = ref.trim();
  if (trimmed.toUpperCase() === PUBLIC) return { kind: 'public', id: PUBLIC, name: 'Public' };
  if (trimmed.startsWith('org-')) {
    const org = resolveOrg(repos, trimmed, field);
    return { kind: 'org', id: org.id, name: org.name };
  }
  const user = resolveUser(repos, trimmed, field);
  return { kind: 'user', id: user.id, name: `${user.first} ${user.last}`.trim() || user.id };
}
