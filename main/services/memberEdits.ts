// The writes and outbox entries of a membership edit (invite, change, removal), shared by the
// members service (one edit) and the CSV import (many edits in one transaction) so both queue
// the same op, target, payload and base. Callers own the transaction and the permission checks.
import type { MemberFlags, Membership, OrgLevel, UserSlice } from '../../shared/domain/index';
import { flagChanges, removalImpact } from '../../shared/domain/index';
import type { Repos } from '../db/repos/index';
import type { QueuedEdit } from './context';
import { memberTarget } from './targets';
import { plural } from '../../shared/text/plural';

export interface RemovalFlags {
  revokeProjectPermissions: boolean;
  revokeAppPermissions: boolean;
}

export function describeFlags(level: OrgLevel, f: MemberFlags): string {
  return level === 'ADMIN' ? 'ADMIN' : `MEMBER (projectAccess ${f.projectAccess}, appAccess ${f.appAccess}, allowBillableActivities ${f.allowBillableActivities})`;
}

export function membershipBase(m: Membership) {
  return { level: m.level, allowBillableActivities: m.allowBillableActivities, appAccess: m.appAccess, projectAccess: m.projectAccess };
}

export function writeInvite(repos: Repos, m: Membership): QueuedEdit {
  repos.memberships.insert(m);
  return {
    op: 'member.invite',
    target: memberTarget(m.org, m.user),
    summary: `Invite ${m.user} to ${m.org} as ${describeFlags(m.level, m)}`,
    // Spelled out rather than spread: this runs once per row of a 100k-row import.
    payload: { org: m.org, user: m.user, level: m.level, allowBillableActivities: m.allowBillableActivities, appAccess: m.appAccess, projectAccess: m.projectAccess },
    base: null,
  };
}

/** Null when nothing changes (no row written, nothing queued). */
export function writeChange(repos: Repos, current: Membership, next: Membership): QueuedEdit | null {
  const changes = flagChanges(current, next);
  const levelChanged = current.level !== next.level;
  if (!levelChanged && changes.length === 0) return null;
  const what = [...(levelChanged ? [`level ${current.level} → ${next.level}`] : []), ...changes.map((c) => `${c.flag} ${String(c.from)} → ${String(c.to)}`)];
  repos.memberships.update(next);
  return {
    op: 'member.update',
    target: memberTarget(next.org, next.user),
    summary: `Change ${next.user} in ${next.org}: ${what.join(', ')}`,
    // All three flags travel explicitly: the platform's defaults on demotion are unconfirmed.
    payload: { org: next.org, user: next.user, ...membershipBase(next) },
    base: membershipBase(current),
  };
}

/** Removes the membership and mirrors the platform's revocations; `slice` is the user's before. */
export function writeRemoval(repos: Repos, current: Membership, opts: RemovalFlags, slice: UserSlice) {
  const { org, user } = current;
  const impact = removalImpact(slice, org, opts);
  const lost = [
    ...(impact.projectsLost.length ? [plural(impact.projectsLost.length, 'project')] : []),
    ...(impact.appsLost.length ? [plural(impact.appsLost.length, 'app')] : []),
  ];
  repos.memberships.remove(org, user);
  // Mirror what removeMember does on the platform so the workspace shows the result at once.
  if (opts.revokeProjectPermissions) {
    for (const g of repos.projects.grantsOnProjectsBilledTo(user, org)) repos.projects.removeGrant(g.project, user);
  }
  if (opts.revokeAppPermissions) {
    for (const a of slice.apps.filter((x) => x.billTo === org)) {
      repos.apps.removeDeveloper(a.id, user);
      repos.apps.removeAuthorized(a.id, user);
    }
  }
  const entry: QueuedEdit = {
    op: 'member.remove',
    target: memberTarget(org, user),
    summary: `Remove ${user} from ${org}${lost.length ? ` (loses ${lost.join(' and ')})` : ''}`,
    payload: { org, user, ...opts },
    base: membershipBase(current),
  };
  return { entry, impact };
}
