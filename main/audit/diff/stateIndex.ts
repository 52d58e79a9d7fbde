// Lookup tables over one AccessState for the diff: memberships by user and by org, projects
// and apps by id, display names, and "who does a principal stand for". Built once per side.
import type { AccessState } from '../../../shared/domain/accessState';
import type { App, Membership, Project } from '../../../shared/domain/index';
import { PUBLIC, displayNameOf } from './names';

export interface StateIndex {
  state: AccessState;
  userNames: Map<string, string>;
  emails: Map<string, string>;
  byUser: Map<string, Membership[]>;
  byOrg: Map<string, Membership[]>;
  projects: Map<string, Project>;
  apps: Map<string, App>;
  orgNames: Map<string, string>;
  /** Every user the state mentions: user records, members, and users named in grants or app lists. */
  everyone: Set<string>;
  /** principal -> projects granting it something. */
  projectsOf: Map<string, string[]>;
  /** principal -> apps naming it as developer or authorized user. */
  appsOf: Map<string, string[]>;
}

export function indexState(state: AccessState): StateIndex {
  const userNames = new Map<string, string>();
  const emails = new Map<string, string>();
  const everyone = new Set<string>();
  for (const u of state.users) {
    userNames.set(u.id, displayNameOf(u));
    if (u.email) emails.set(u.email.toLowerCase(), u.id);
    everyone.add(u.id);
  }
  const byUser = new Map<string, Membership[]>();
  const byOrg = new Map<string, Membership[]>();
  for (const m of state.memberships) {
    push(byUser, m.user, m);
    push(byOrg, m.org, m);
    everyone.add(m.user);
  }
  const projects = new Map(state.projects.map((p) => [p.id, p]));
  const projectsOf = new Map<string, string[]>();
  for (const p of state.projects) {
    for (const principal of Object.keys(p.permissions)) {
      push(projectsOf, principal, p.id);
      if (principal.startsWith('user-')) everyone.add(principal);
    }
  }
  const apps = new Map(state.apps.map((a) => [a.id, a]));
  const appsOf = new Map<string, string[]>();
  for (const a of state.apps) {
    for (const principal of new Set([...a.developers, ...a.authorizedUsers])) {
      push(appsOf, principal, a.id);
      if (principal.startsWith('user-')) everyone.add(principal);
    }
  }
  const orgNames = new Map(state.orgs.map((o) => [o.id, o.name]));
  return { state, userNames, emails, byUser, byOrg, projects, apps, orgNames, everyone, projectsOf, appsOf };
}

/** The users a principal stands for in this state: itself, an org's members, or everyone for PUBLIC. */
export function usersOf(ix: StateIndex, principal: string): Iterable<string> {
  if (principal === PUBLIC) return ix.everyone;
  if (principal.startsWith('org-')) return (ix.byOrg.get(principal) ?? []).map((m) => m.user);
  return [principal];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
