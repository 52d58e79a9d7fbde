// Builders for the contract's view shapes that several service areas return (org summaries,
// member rows, app summaries). Pure given their inputs: no queries, no writes.
import type { AppRecord, OrgCounts, OrgRecord } from '../db/repos/index';
import type { Membership, User } from '../../shared/domain/index';
import { READ_ONLY_MEMBER_FLAGS, mayAdministerOrg, mayManageAppAuthorization } from '../../shared/domain/index';
import type { AppSummary, MemberRow, OrgSummary } from '../../shared/contract/index';
import { noActorDecision } from './context';
import type { PendingIndex } from './targets';
import { memberTarget } from './targets';

export function userName(user: Pick<User, 'id' | 'first' | 'last'> | undefined, fallback: string): string {
  if (!user) return fallback;
  return `${user.first} ${user.last}`.trim() || user.id;
}

export function flagsView(m: Membership) {
  return { level: m.level, allowBillableActivities: m.allowBillableActivities, appAccess: m.appAccess, projectAccess: m.projectAccess };
}

export function orgSummary(
  org: OrgRecord,
  counts: OrgCounts | undefined,
  actor: string | null,
  actorMembership: Membership | undefined,
  pending: PendingIndex,
): OrgSummary {
  return {
    id: org.id,
    name: org.name,
    phiFeaturesEnabled: org.phiFeaturesEnabled,
    policies: org.policies,
    memberCount: counts?.memberCount ?? 0,
    adminCount: counts?.adminCount ?? 0,
    projectCount: counts?.projectCount ?? 0,
    appCount: counts?.appCount ?? 0,
    myLevel: actorMembership?.level ?? null,
    pending: pending.org(org.id),
    canAdminister: actor ? mayAdministerOrg(actor, org.id, actorMembership) : noActorDecision(),
  };
}

export function memberRow(m: Membership, user: User | undefined, pending: PendingIndex): MemberRow {
  const readOnlyFlags: Record<string, boolean> = {};
  for (const flag of READ_ONLY_MEMBER_FLAGS) {
    const value = m.extra[flag];
    if (typeof value === 'boolean') readOnlyFlags[flag] = value;
  }
  return {
    org: m.org,
    user: m.user,
    name: userName(user, m.user),
    email: user?.email ?? '',
    ...flagsView(m),
    readOnlyFlags,
    pending: pending.has(memberTarget(m.org, m.user)),
  };
}

export function appSummary(app: AppRecord, actor: string | null, actorMemberships: readonly Membership[], pending: PendingIndex): AppSummary {
  return {
    id: app.id,
    name: app.name,
    published: app.published,
    billTo: app.billTo,
    developers: app.developers,
    authorizedUsers: app.authorizedUsers,
    canManage: actor ? mayManageAppAuthorization(actor, app, actorMemberships) : noActorDecision(),
    pending: pending.app(app.id),
  };
}
