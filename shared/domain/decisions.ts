// Who may do what (scenarios.md): each admin action as a pure decision with the rule that
// forbids it, so the UI can disable a control and say why, and services refuse the same way.
import type { App, Membership, Project } from './entities';
import { isAppDeveloper } from './apps';
import { explainAccess } from './access';
import { isOrgId } from './ids';
import type { MembershipFacts } from './access';

export type Decision = { allowed: true } | { allowed: false; reason: string };

export const ALLOW: Decision = Object.freeze({ allowed: true });
export function deny(reason: string): Decision {
  return { allowed: false, reason };
}

type ActorMembership = Pick<Membership, 'org' | 'level' | 'allowBillableActivities'> | undefined;

/** Only a membership of `org` itself counts; a caller may hand over the actor's row in another org. */
function membershipIn(org: string, m: ActorMembership): Exclude<ActorMembership, undefined> | undefined {
  return m?.org === org ? m : undefined;
}

/** ADMINs always have allowBillableActivities, whatever a stored row says (platform-api.md §3.3). */
function canBill(m: ActorMembership): boolean {
  return m !== undefined && (m.level === 'ADMIN' || m.allowBillableActivities);
}

/** Add, remove or change members; rename the org; change its policies. */
export function mayAdministerOrg(actor: string, org: string, actorMembership: ActorMembership): Decision {
  const own = membershipIn(org, actorMembership);
  if (own?.level === 'ADMIN') return ALLOW;
  return deny(`Only ADMINs of ${org} can change members, its name or its policies (${actor} is ${own ? 'a MEMBER' : 'not a member'})`);
}

/** Share, unshare and change policy overrides: ADMINISTER on the project. */
export function mayAdministerProject(
  actor: string,
  project: Pick<Project, 'id' | 'name' | 'permissions'>,
  actorMemberships: readonly MembershipFacts[],
): Decision {
  const level = explainAccess(actor, project.permissions, actorMemberships).level;
  if (level === 'ADMINISTER') return ALLOW;
  return deny(`Only users with ADMINISTER on ${project.name} can change its sharing or settings (${actor} has ${level})`);
}

/** Change an app's authorizedUsers: the app's developers only. */
export function mayManageAppAuthorization(
  actor: string,
  app: Pick<App, 'name' | 'developers'>,
  actorMemberships: readonly Pick<Membership, 'org'>[],
): Decision {
  if (isAppDeveloper(actor, app, actorMemberships)) return ALLOW;
  return deny(`Only developers of ${app.name} can change who may run it`);
}

/** Bill a project or app to `billTo`: yourself, or an org where you have allowBillableActivities. */
export function mayBillTo(actor: string, billTo: string, actorMembership: ActorMembership): Decision {
  if (billTo === actor) return ALLOW;
  if (!isOrgId(billTo)) return deny(`Projects can be billed to yourself or to an org, not to ${billTo}`);
  const own = membershipIn(billTo, actorMembership);
  if (canBill(own)) return ALLOW;
  return deny(`Billing to ${billTo} needs allowBillableActivities in ${billTo} (${actor} ${own ? 'does not have it' : 'is not a member'})`);
}

/** The price column: org prices and the cost of org-billed projects. */
export function maySeePrices(actor: string, org: string, actorMembership: ActorMembership): Decision {
  const own = membershipIn(org, actorMembership);
  if (canBill(own)) return ALLOW;
  return deny(`Prices of ${org} are shown only to members with allowBillableActivities (${actor} ${own ? 'does not have it' : 'is not a member'})`);
}
