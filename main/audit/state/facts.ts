// The access state as a flat set of small keyed facts (user:, org:, member:, project:, grant:,
// app:, appdev:, appauth:), each value canonical JSON. Snapshots store and hash facts, so two
// states are equal exactly when their fact sets are, whatever order they were built in. Pure:
// no SQL, no clock. Local-only fields (row versions, unknown platform flags) are not facts.
import type { AccessState } from '../../../shared/domain/accessState';
import type { App, GrantLevel, Membership, Org, Project, ProjectSettings, User } from '../../../shared/domain/index';
import { DEFAULT_PROJECT_SETTINGS } from '../../../shared/domain/index';

/** fact key -> canonical JSON value. */
export type FactMap = Map<string, string>;

export const FACT_KINDS = ['user', 'org', 'member', 'project', 'grant', 'app', 'appdev', 'appauth'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

// Objects are built with a fixed key order so JSON.stringify is canonical without sorting.
const userValue = (u: User) => JSON.stringify({ email: u.email, first: u.first, last: u.last });
const orgValue = (o: Org) =>
  JSON.stringify({
    name: o.name,
    phiFeaturesEnabled: o.phiFeaturesEnabled,
    policies: { memberListVisibility: o.policies.memberListVisibility, restrictProjectTransfer: o.policies.restrictProjectTransfer },
  });
const memberValue = (m: Membership) =>
  JSON.stringify({ level: m.level, allowBillableActivities: m.allowBillableActivities, appAccess: m.appAccess, projectAccess: m.projectAccess });
const settingsValue = (s: ProjectSettings) => ({
  protected: s.protected,
  restricted: s.restricted,
  downloadRestricted: s.downloadRestricted,
  previewViewerRestricted: s.previewViewerRestricted,
  containsPHI: s.containsPHI,
  externalUploadRestricted: s.externalUploadRestricted,
  databaseUIViewOnly: s.databaseUIViewOnly,
  databaseResultsRestricted: s.databaseResultsRestricted,
});
const projectValue = (p: Project) => JSON.stringify({ name: p.name, billTo: p.billTo, settings: settingsValue(p.settings) });
const grantValue = (level: GrantLevel) => JSON.stringify({ level });
const appValue = (a: App) => JSON.stringify({ name: a.name, billTo: a.billTo, published: a.published });
const PRESENT = '{}';

export function stateToFacts(state: AccessState): FactMap {
  const facts: FactMap = new Map();
  for (const u of state.users) facts.set(`user:${u.id}`, userValue(u));
  for (const o of state.orgs) facts.set(`org:${o.id}`, orgValue(o));
  for (const m of state.memberships) facts.set(`member:${m.org}:${m.user}`, memberValue(m));
  for (const p of state.projects) {
    facts.set(`project:${p.id}`, projectValue(p));
    for (const [principal, level] of Object.entries(p.permissions)) facts.set(`grant:${p.id}:${principal}`, grantValue(level));
  }
  for (const a of state.apps) {
    facts.set(`app:${a.id}`, appValue(a));
    for (const d of a.developers) facts.set(`appdev:${a.id}:${d}`, PRESENT);
    for (const p of a.authorizedUsers) facts.set(`appauth:${a.id}:${p}`, PRESENT);
  }
  return facts;
}

export function factKind(key: string): FactKind {
  const kind = key.slice(0, key.indexOf(':'));
  if (!(FACT_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown snapshot fact ${key}`);
  return kind as FactKind;
}

/** The id parts after the kind: `member:org-x:user-y` -> ['org-x', 'user-y']. IDs never hold ':'. */
export function factParts(key: string): string[] {
  return key.split(':').slice(1);
}

/**
 * Rebuilds an AccessState from facts. Sorted like the live repos sort (users, orgs by id;
 * memberships by user then org; projects and apps by name then id) so a state read from a
 * snapshot and one read from the tables compare equal.
 */
export function factsToState(facts: FactMap): AccessState {
  const users: User[] = [];
  const orgs: Org[] = [];
  const memberships: Membership[] = [];
  const projects = new Map<string, Project>();
  const apps = new Map<string, App>();
  const grants: Array<[string, string, GrantLevel]> = [];
  const lists: Array<['developers' | 'authorizedUsers', string, string]> = [];
  // Membership and grant values repeat (a few dozen distinct strings over 100k facts), so each
  // distinct one is parsed once; the parsed objects are only read, never handed out.
  const parsed = new Map<string, unknown>();
  const parseShared = <T>(json: string): T => {
    let v = parsed.get(json);
    if (v === undefined) parsed.set(json, (v = JSON.parse(json)));
    return v as T;
  };
  for (const [key, json] of facts) {
    const parts = factParts(key);
    const [a = '', b = ''] = parts;
    switch (factKind(key)) {
      case 'user':
        users.push({ id: a, ...(JSON.parse(json) as Omit<User, 'id'>) });
        break;
      case 'org':
        orgs.push({ id: a, ...(JSON.parse(json) as Omit<Org, 'id'>) });
        break;
      case 'member':
        memberships.push({ org: a, user: b, ...parseShared<Pick<Membership, 'level' | 'allowBillableActivities' | 'appAccess' | 'projectAccess'>>(json), extra: {} });
        break;
      case 'project': {
        const v = JSON.parse(json) as Pick<Project, 'name' | 'billTo' | 'settings'>;
        projects.set(a, { id: a, name: v.name, billTo: v.billTo, settings: { ...DEFAULT_PROJECT_SETTINGS, ...v.settings }, permissions: {}, version: 0 });
        break;
      }
      case 'grant':
        grants.push([a, b, parseShared<{ level: GrantLevel }>(json).level]);
        break;
      case 'app': {
        const v = JSON.parse(json) as Pick<App, 'name' | 'billTo' | 'published'>;
        apps.set(a, { id: a, name: v.name, billTo: v.billTo, published: v.published, developers: [], authorizedUsers: [] });
        break;
      }
      case 'appdev':
        lists.push(['developers', a, b]);
        break;
      case 'appauth':
        lists.push(['authorizedUsers', a, b]);
        break;
    }
  }
  for (const [project, principal, level] of grants) {
    const p = projects.get(project);
    if (p) p.permissions[principal] = level;
  }
  for (const [list, app, principal] of lists) apps.get(app)?.[list].push(principal);
  for (const a of apps.values()) {
    a.developers.sort();
    a.authorizedUsers.sort();
  }
  const byId = (x: { id: string }, y: { id: string }) => cmp(x.id, y.id);
  const byName = (x: { id: string; name: string }, y: { id: string; name: string }) => cmp(x.name, y.name) || cmp(x.id, y.id);
  return {
    users: users.sort(byId),
    orgs: orgs.sort(byId),
    memberships: memberships.sort((x, y) => cmp(x.user, y.user) || cmp(x.org, y.org)),
    projects: [...projects.values()].sort(byName),
    apps: [...apps.values()].sort(byName),
  };
}

/** Binary string order, the order SQLite's default collation gives the live repos. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
