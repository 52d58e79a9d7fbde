// Builds the describe objects and member records of replies.ts from state. Pure shaping: the
// caller decides visibility first; this module never checks permissions.
import { PUBLIC } from '../../shared/domain/index';
import type { Level } from '../../shared/domain/index';
import type { AppDescribe, MemberRecord, OrgDescribe, ProjectDescribe, UserDescribe } from './replies';
import type { EmuApp, EmuMember, EmuOrg, EmuProject, EmuUser } from './state';

export function describeUser(u: EmuUser): UserDescribe {
  return { id: u.id, class: 'user', handle: u.id.slice('user-'.length), first: u.first, last: u.last, email: u.email, billTo: u.id };
}

/** The six newer flags (§3.2): ADMINs get the four the platform's tests show, unless seeded. */
export function memberRecord(m: EmuMember): MemberRecord {
  const admin = m.level === 'ADMIN';
  return {
    cloudIntegrationManagement: false,
    treManagement: false,
    archivalManagement: admin,
    dataDeletion: admin,
    dataSearch: admin,
    projectMemberDemotion: admin,
    ...m.extra,
    id: m.id,
    level: m.level,
    allowBillableActivities: m.allowBillableActivities,
    appAccess: m.appAccess,
    projectAccess: m.projectAccess,
  };
}

export function describeOrg(org: EmuOrg, caller: string): OrgDescribe {
  const own = org.members.get(caller);
  return {
    id: org.id,
    class: 'org',
    handle: org.id.slice('org-'.length),
    name: org.name,
    created: org.created,
    policies: { ...org.policies },
    admins: [...org.members.values()].filter((m) => m.level === 'ADMIN').map((m) => m.id).sort(),
    phiFeaturesEnabled: org.phiFeaturesEnabled,
    ...(own
      ? { level: own.level, allowBillableActivities: own.allowBillableActivities, appAccess: own.appAccess, projectAccess: own.projectAccess }
      : {}),
  };
}

export function describeProject(p: EmuProject, level: Level): ProjectDescribe {
  return {
    id: p.id,
    class: 'project',
    name: p.name,
    summary: p.summary,
    description: p.description,
    billTo: p.billTo,
    level,
    permissions: { ...p.permissions },
    version: p.version,
    properties: { ...p.properties },
    tags: [...p.tags],
    created: p.created,
    modified: p.modified,
    createdBy: { user: p.createdBy },
    region: 'aws:us-east-1',
    ...p.settings,
    allowedExecutables: null,
  };
}

/** `describe: {fields: {name: true, ...}}` narrows a describe to those fields (and `id`). */
export function pickFields<T extends { id: string }>(full: T, input: unknown): Partial<T> {
  const fields = input !== null && typeof input === 'object' && 'fields' in input ? input.fields : undefined;
  if (fields === null || typeof fields !== 'object') return full;
  const source = new Map<string, unknown>(Object.entries(full));
  const out: Record<string, unknown> = { id: full.id };
  for (const [k, wanted] of Object.entries(fields)) if (wanted === true && source.has(k)) out[k] = source.get(k);
  return out as Partial<T>;
}

export function isPublic(p: EmuProject): boolean {
  return p.permissions[PUBLIC] !== undefined;
}

export function describeApp(a: EmuApp): AppDescribe {
  return {
    id: a.id,
    class: 'app',
    name: a.name,
    version: a.version,
    published: a.published,
    billTo: a.billTo,
    developers: [...a.developers],
    authorizedUsers: [...a.authorizedUsers],
    created: a.created,
  };
}
