// The sandbox platform's in-memory state: users, tokens, orgs with members, projects, apps,
// built from a seed (seedSchema.ts) and handed out only as deep copies. Owns the shape and the
// lookups; the rules that change it live in handlers/.
import type { GrantLevel, Level, OrgLevel, ProjectSettings } from '../../shared/domain/index';
import { ADMIN_FLAGS, MEMBER_DEFAULT_FLAGS } from '../../shared/domain/index';
import type { Seed } from '../seed/seedSchema';
import { SeedSchema } from '../seed/seedSchema';

export interface EmuUser {
  id: string;
  email: string;
  first: string;
  last: string;
}

export interface EmuMember {
  id: string;
  level: OrgLevel;
  allowBillableActivities: boolean;
  appAccess: boolean;
  projectAccess: Level;
  /** Platform flags the seed spelled out (archivalManagement, ...); echoed by findMembers. */
  extra: Record<string, unknown>;
}

export interface EmuOrgPolicies {
  memberListVisibility: 'ADMIN' | 'MEMBER' | 'PUBLIC';
  restrictProjectTransfer: 'ADMIN' | 'MEMBER';
  jobReuse: boolean;
  detailedJobMetricsCollectDefault: boolean;
}

export interface EmuOrg {
  id: string;
  name: string;
  phiFeaturesEnabled: boolean;
  policies: EmuOrgPolicies;
  members: Map<string, EmuMember>;
  created: number;
}

export interface EmuProject {
  id: string;
  name: string;
  summary: string;
  description: string;
  billTo: string;
  permissions: Record<string, GrantLevel>;
  settings: ProjectSettings;
  version: number;
  properties: Record<string, string>;
  tags: string[];
  created: number;
  modified: number;
  createdBy: string;
}

export interface EmuApp {
  id: string;
  name: string;
  version: string;
  published: boolean;
  billTo: string;
  developers: string[];
  authorizedUsers: string[];
  created: number;
}

export interface Store {
  users: Map<string, EmuUser>;
  tokens: Map<string, string>;
  orgs: Map<string, EmuOrg>;
  projects: Map<string, EmuProject>;
  apps: Map<string, EmuApp>;
}

/** What `state()` returns: plain JSON in the seed's layout, members and lists sorted by ID. */
export interface EmulatorState {
  users: EmuUser[];
  orgs: Array<Omit<EmuOrg, 'members'> & { members: EmuMember[] }>;
  projects: EmuProject[];
  apps: EmuApp[];
}

function memberFromSeed(m: Seed['orgs'][number]['members'][number]): EmuMember {
  const { id, level, allowBillableActivities, appAccess, projectAccess, ...extra } = m;
  if (level === 'ADMIN') return { id, level, ...ADMIN_FLAGS, extra };
  return {
    id,
    level,
    allowBillableActivities: allowBillableActivities ?? MEMBER_DEFAULT_FLAGS.allowBillableActivities,
    appAccess: appAccess ?? MEMBER_DEFAULT_FLAGS.appAccess,
    projectAccess: projectAccess ?? MEMBER_DEFAULT_FLAGS.projectAccess,
    extra,
  };
}

export function storeFromSeed(input: Seed, now: number): Store {
  const seed = SeedSchema.parse(input);
  const store: Store = { users: new Map(), tokens: new Map(), orgs: new Map(), projects: new Map(), apps: new Map() };
  for (const u of seed.users) store.users.set(u.id, { ...u });
  for (const [token, user] of Object.entries(seed.tokens)) store.tokens.set(token, user);
  for (const o of seed.orgs) {
    store.orgs.set(o.id, {
      id: o.id,
      name: o.name,
      phiFeaturesEnabled: o.phiFeaturesEnabled,
      policies: {
        memberListVisibility: o.policies.memberListVisibility ?? 'ADMIN',
        restrictProjectTransfer: o.policies.restrictProjectTransfer ?? 'ADMIN',
        jobReuse: false,
        detailedJobMetricsCollectDefault: false,
      },
      members: new Map(o.members.map((m) => [m.id, memberFromSeed(m)])),
      created: now,
    });
  }
  for (const p of seed.projects) {
    store.projects.set(p.id, {
      id: p.id,
      name: p.name,
      summary: '',
      description: '',
      billTo: p.billTo,
      permissions: { ...p.permissions },
      settings: {
        protected: p.protected,
        restricted: p.restricted,
        downloadRestricted: p.downloadRestricted,
        // The platform couples the two: a download-restricted project also restricts previews.
        previewViewerRestricted: p.previewViewerRestricted ?? p.downloadRestricted,
        containsPHI: p.containsPHI,
        externalUploadRestricted: p.externalUploadRestricted,
        databaseUIViewOnly: p.databaseUIViewOnly,
        databaseResultsRestricted: p.databaseResultsRestricted,
      },
      version: p.version,
      properties: {},
      tags: [],
      created: now,
      modified: now,
      createdBy: adminOf(p.permissions) ?? p.billTo,
    });
  }
  for (const a of seed.apps) {
    store.apps.set(a.id, { ...a, version: '1.0.0', developers: [...a.developers], authorizedUsers: [...a.authorizedUsers], created: now });
  }
  return store;
}

function adminOf(permissions: Record<string, GrantLevel>): string | undefined {
  return Object.entries(permissions).find(([who, level]) => level === 'ADMINISTER' && who.startsWith('user-'))?.[0];
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function snapshot(store: Store): EmulatorState {
  return structuredClone({
    users: [...store.users.values()].sort(byId),
    orgs: [...store.orgs.values()].sort(byId).map(({ members, ...org }) => ({ ...org, members: [...members.values()].sort(byId) })),
    projects: [...store.projects.values()].sort(byId),
    apps: [...store.apps.values()].sort(byId),
  });
}
