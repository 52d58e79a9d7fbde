// The pull's fetch half: everything the acting user can see on the platform, read into
// memory before any row is written (so a run that stops midway changes nothing). Orgs whose
// members the user may not list, projects that vanish between find and describe, and apps
// that are gone are recorded as such rather than failing the pull.
import type { OrgLevel, User } from '../../../../shared/domain/index';
import type { AppRecord, ProjectRecord } from '../../../db/repos/index';
import type { FoundProject, OrgMember, PlatformClient, ProjectDescribe } from '../../platform/index';
import { isPlatformError } from '../../platform/index';
import { classify, isNotFound, platformMessage, SyncStopped } from '../errors';
import type { MemberValue } from '../payloads';
import { mapLimit, memberValueOf, remoteOrgOf, remoteProjectOf } from '../remote';
import { DEFAULT_PROJECT_SETTINGS } from '../../../../shared/domain/index';

export interface RemoteMember {
  value: MemberValue;
  extra: Record<string, unknown>;
}

export interface RemoteOrgRow {
  id: string;
  name: string;
  phiFeaturesEnabled: boolean;
  policies: { memberListVisibility: 'ADMIN' | 'MEMBER' | 'PUBLIC'; restrictProjectTransfer: 'ADMIN' | 'MEMBER' };
  myLevel: OrgLevel;
  /** The acting user's own membership (known even where the member list is hidden). */
  mine: RemoteMember;
}

export interface RemoteSnapshot {
  me: string;
  users: Map<string, User>;
  orgs: Map<string, RemoteOrgRow>;
  /** Only orgs whose members the user may list. */
  members: Map<string, Map<string, RemoteMember>>;
  projects: Map<string, ProjectRecord>;
  apps: Map<string, AppRecord>;
  /** Apps known locally that the platform no longer shows. */
  goneApps: Set<string>;
}

/** Calls in flight at once during a pull (per-org member lists, describes). */
const PARALLEL = 4;
const KNOWN_MEMBER_KEYS = new Set(['id', 'level', 'allowBillableActivities', 'appAccess', 'projectAccess', 'describe']);

/** A read that may be refused for this one thing (hidden member list, vanished project): null. */
async function optional<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (err) {
    if (classify(err) === 'permanent') return null;
    return stopOn(err);
  }
}

/** Transient trouble or a refused token ends the run; anything else is a bug and propagates. */
function stopOn(err: unknown): never {
  if (isPlatformError(err)) throw new SyncStopped(platformMessage(err), err);
  throw err;
}

/** A read the pull cannot do without: any platform error stops the run. */
async function required<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    return stopOn(err);
  }
}

function extraOf(m: OrgMember): Record<string, unknown> {
  return Object.fromEntries(Object.entries(m).filter(([k]) => !KNOWN_MEMBER_KEYS.has(k)));
}

export async function fetchSnapshot(client: PlatformClient, localAppIds: readonly string[]): Promise<RemoteSnapshot> {
  const me = (await required(() => client.whoami())).id;
  const users = new Map<string, User>();
  const self = await optional(() => client.describeUser(me));
  users.set(me, { id: me, email: self?.email ?? '', first: self?.first ?? '', last: self?.last ?? '' });

  const found = await required(() => client.findOrgs({ describe: true }));
  const orgs = new Map<string, RemoteOrgRow>();
  for (const f of found) {
    const d = f.describe ?? { id: f.id };
    const level = d.level ?? f.level ?? 'MEMBER';
    const { name, policies } = remoteOrgOf(d);
    const own = { level, allowBillableActivities: d.allowBillableActivities, appAccess: d.appAccess, projectAccess: d.projectAccess };
    orgs.set(f.id, { id: f.id, name, policies, phiFeaturesEnabled: d.phiFeaturesEnabled === true, myLevel: level, mine: { value: memberValueOf(own), extra: {} } });
  }

  const members = new Map<string, Map<string, RemoteMember>>();
  const lists = await mapLimit([...orgs.keys()], PARALLEL, async (org) => ({ org, list: await optional(() => client.findMembers(org, { describe: true })) }));
  for (const { org, list } of lists) {
    if (list === null) continue;
    const byUser = new Map<string, RemoteMember>();
    for (const m of list) {
      byUser.set(m.id, { value: memberValueOf(m), extra: extraOf(m) });
      if (m.describe) users.set(m.id, { id: m.id, email: m.describe.email ?? '', first: m.describe.first ?? '', last: m.describe.last ?? '' });
      else if (!users.has(m.id)) users.set(m.id, { id: m.id, email: '', first: '', last: '' });
    }
    members.set(org, byUser);
  }

  const projects = new Map<string, ProjectRecord>();
  const visible = await required(() => client.findProjects({ describe: true }));
  const described = await mapLimit(visible, PARALLEL, async (f: FoundProject): Promise<ProjectDescribe | null> =>
    f.describe?.permissions !== undefined ? { ...f.describe, id: f.id } : optional(() => client.describeProject(f.id)),
  );
  for (const d of described) {
    if (d === null) continue;
    const { version, settings } = remoteProjectOf(d);
    projects.set(d.id, {
      id: d.id,
      name: d.name ?? d.id,
      billTo: d.billTo ?? me,
      version: version ?? 0,
      settings: { ...DEFAULT_PROJECT_SETTINGS, ...settings },
      permissions: { ...(d.permissions ?? {}) },
      extra: {},
    });
  }

  const apps = new Map<string, AppRecord>();
  const adminOrgs = [...orgs.values()].filter((o) => o.myLevel === 'ADMIN').map((o) => o.id);
  const billed = await mapLimit(adminOrgs, PARALLEL, (org) => optional(() => client.findOrgApps(org, { describe: true })));
  const toDescribe = new Set<string>();
  for (const list of billed) {
    for (const a of list ?? []) {
      const d = a.describe;
      if (d && d.developers && d.authorizedUsers) apps.set(a.id, appRecord(a.id, d));
      else toDescribe.add(a.id);
    }
  }
  for (const id of localAppIds) if (!apps.has(id)) toDescribe.add(id);
  const goneApps = new Set<string>();
  await mapLimit([...toDescribe], PARALLEL, async (id) => {
    try {
      apps.set(id, appRecord(id, await client.describeApp(id)));
    } catch (err) {
      if (isNotFound(err)) goneApps.add(id);
      else if (classify(err) !== 'permanent') stopOn(err);
    }
  });
  return { me, users, orgs, members, projects, apps, goneApps };
}

function appRecord(
  id: string,
  d: { name?: string | undefined; published?: boolean | undefined; billTo?: string | undefined; developers?: string[] | undefined; authorizedUsers?: string[] | undefined },
): AppRecord {
  return {
    id,
    name: d.name ?? id,
    published: d.published ?? true,
    billTo: d.billTo ?? '',
    developers: [...(d.developers ?? [])].sort(),
    authorizedUsers: [...(d.authorizedUsers ?? [])].sort(),
    extra: {},
  };
}
