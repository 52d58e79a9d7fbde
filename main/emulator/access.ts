// Who the caller is to an org, project or app, computed with shared/domain's rules (effective
// access, app developers) so the emulator and OrgDesk can never disagree on them. Lookups that
// fail become the platform's errors; nothing here changes state.
import type { Level, MembershipFacts } from '../../shared/domain/index';
import { atLeast, canRunApp, explainAccess, isAppDeveloper } from '../../shared/domain/index';
import { notFound, permissionDenied } from './errors';
import type { EmuApp, EmuMember, EmuOrg, EmuProject, Store } from './state';

export interface CallerMembership extends EmuMember {
  org: string;
}

/** Every org the user belongs to, with their member record there. */
export function membershipsOf(store: Store, user: string): CallerMembership[] {
  const out: CallerMembership[] = [];
  for (const org of store.orgs.values()) {
    const m = org.members.get(user);
    if (m) out.push({ ...m, org: org.id });
  }
  return out;
}

/** The caller's memberships by org, for projectLevel. */
export function membershipIndex(store: Store, user: string): Map<string, CallerMembership> {
  return new Map(membershipsOf(store, user).map((m) => [m.org, m]));
}

/**
 * Only the orgs a project is shared with can matter, so only those memberships are handed to
 * explainAccess: a user in 200 orgs would otherwise cost 200 route checks per project.
 */
export function projectLevel(user: string, project: EmuProject, byOrg: ReadonlyMap<string, MembershipFacts>): Level {
  const relevant: MembershipFacts[] = [];
  for (const principal of Object.keys(project.permissions)) {
    const m = byOrg.get(principal);
    if (m) relevant.push(m);
  }
  return explainAccess(user, project.permissions, relevant).level;
}

export function getOrg(store: Store, id: string): EmuOrg {
  const org = store.orgs.get(id);
  if (!org) throw notFound(`${id} does not exist`);
  return org;
}

/** Members see their org; anyone else is told it does not exist, as for projects. */
export function visibleOrg(store: Store, id: string, user: string): EmuOrg {
  const org = getOrg(store, id);
  if (!org.members.has(user) && org.policies.memberListVisibility !== 'PUBLIC') throw notFound(`${id} does not exist or is not visible to ${user}`);
  return org;
}

export function requireOrgAdmin(org: EmuOrg, user: string, doing: string): void {
  const m = org.members.get(user);
  if (m?.level !== 'ADMIN') {
    throw permissionDenied(`Only ADMINs of ${org.id} may ${doing} (${user} is ${m ? 'a MEMBER' : 'not a member'})`);
  }
}

/** A project the caller cannot see at all is "not found", never "denied", so IDs do not leak. */
export function visibleProject(store: Store, id: string, user: string): { project: EmuProject; level: Level } {
  const project = store.projects.get(id);
  const level = project ? projectLevel(user, project, membershipIndex(store, user)) : 'NONE';
  if (!project || !atLeast(level, 'VIEW')) throw notFound(`${id} does not exist or is not visible to ${user}`);
  return { project, level };
}

export function administeredProject(store: Store, id: string, user: string, doing: string): EmuProject {
  const { project, level } = visibleProject(store, id, user);
  if (level !== 'ADMINISTER') throw permissionDenied(`${doing} on ${id} needs ADMINISTER (${user} has ${level})`);
  return project;
}

/** Apps by ID or by name (`app-qc`); platform-api.md §1 lets routes name an app either way. */
export function findApp(store: Store, ref: string): EmuApp | undefined {
  const byId = store.apps.get(ref);
  if (byId) return byId;
  const name = ref.slice('app-'.length);
  return [...store.apps.values()].find((a) => a.name === name);
}

export function isDeveloper(store: Store, app: EmuApp, user: string): boolean {
  return isAppDeveloper(user, app, membershipsOf(store, user));
}

/** Developers, users who may run it, and ADMINs of the org it is billed to can see an app. */
export function visibleApp(store: Store, ref: string, user: string): EmuApp {
  const app = findApp(store, ref);
  const memberships = membershipsOf(store, user);
  const visible =
    app !== undefined &&
    (isAppDeveloper(user, app, memberships) ||
      canRunApp(user, app, memberships) ||
      memberships.some((m) => m.org === app.billTo && m.level === 'ADMIN'));
  if (!app || !visible) throw notFound(`${ref} does not exist or is not visible to ${user}`);
  return app;
}
