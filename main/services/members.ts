// Org members: the per-org list, the users x orgs matrix, invite / change / remove, and the
// previews (flag changes, projects and apps gained or lost) shown before a change happens.
// Edits are ADMIN-only and go through commitEdit: domain rows + outbox entry, one transaction.
import type { MemberRow, MethodOutput, ParsedInput } from '../../shared/contract/index';
import type { MemberFlags, Membership } from '../../shared/domain/index';
import {
  diffUserAccess,
  flagChanges,
  mayAdministerOrg,
  removalImpact,
  resolveChange,
  resolveInvite,
  sliceAfterMembershipChange,
} from '../../shared/domain/index';
import { AppError } from '../../shared/rpc/index';
import type { OrgRecord } from '../db/repos/index';
import type { ServiceContext } from './context';
import { atomically, check, commitEdit, requireActor } from './context';
import type { OrgsService } from './orgs';
import { resolveOrg, resolveUser } from './refs';
import { loadUserSlice } from './slices';
import { writeChange, writeInvite, writeRemoval } from './memberEdits';
import { loadPending, memberTarget } from './targets';
import { flagsView, memberRow, userName } from './views';

type ChangeInput = ParsedInput<'members.update'>;
type RemovalInput = ParsedInput<'members.remove'>;

const anyChange = (a: Membership, b: Membership) => a.level !== b.level || flagChanges(a, b).length > 0;

export function createMembersService(ctx: ServiceContext, orgs: OrgsService) {
  const { repos } = ctx;

  const rowOf = (m: Membership): MemberRow => memberRow(m, repos.users.get(m.user), loadPending(repos));

  const requestedFlags = (input: ChangeInput): Partial<MemberFlags> => {
    const out: Partial<MemberFlags> = {};
    if (input.allowBillableActivities !== undefined) out.allowBillableActivities = input.allowBillableActivities;
    if (input.appAccess !== undefined) out.appAccess = input.appAccess;
    if (input.projectAccess !== undefined) out.projectAccess = input.projectAccess;
    return out;
  };

  const existingMember = (org: OrgRecord, user: string): Membership => {
    const m = repos.memberships.get(org.id, user);
    if (!m) {
      throw new AppError('NotFound', `user: ${user} is not a member of ${org.id}; use members.invite (orgdesk member add) to add them`, { field: 'user' });
    }
    return m;
  };

  const assertNotMember = (org: string, user: string): void => {
    if (repos.memberships.get(org, user)) {
      throw new AppError('Conflict', `user: ${user} is already a member of ${org}; use members.update (orgdesk member set) to change their level or flags`, { field: 'user' });
    }
  };

  /** The membership after `input`, validated by the domain rules (and never leaving the org without an ADMIN). */
  const plannedChange = (org: OrgRecord, current: Membership, input: ChangeInput): Membership => {
    const outcome = resolveChange({ level: current.level, flags: current }, { level: input.level, ...requestedFlags(input) });
    if (!outcome.ok) throw new AppError('InvalidInput', `${outcome.field}: ${outcome.message}`, { field: outcome.field });
    if (current.level === 'ADMIN' && outcome.level !== 'ADMIN') assertNotLastAdmin(org, current.user, 'demote');
    return { ...current, level: outcome.level, ...outcome.flags };
  };

  const assertNotLastAdmin = (org: OrgRecord, user: string, verb: 'demote' | 'remove') => {
    const admins = repos.memberships.byOrg(org.id).filter((m) => m.level === 'ADMIN');
    if (admins.length === 1 && admins[0]?.user === user) {
      throw new AppError('InvalidState', `Cannot ${verb} ${user}: they are the only ADMIN of ${org.id}; make another member ADMIN first`, { field: 'user' });
    }
  };

  const preview = (org: OrgRecord, user: string, opts: { revokeProjectPermissions: boolean; revokeAppPermissions: boolean }): MethodOutput<'members.previewRemoval'> => {
    const impact = removalImpact(loadUserSlice(repos, user), org.id, opts);
    return { org: org.id, user, ...impact };
  };

  return {
    list(input: ParsedInput<'members.list'>): MethodOutput<'members.list'> {
      const org = resolveOrg(repos, input.org);
      const members = repos.memberships.byOrg(org.id);
      const users = new Map(repos.users.getMany(members.map((m) => m.user)).map((u) => [u.id, u]));
      const pending = loadPending(repos);
      return { org: orgs.summaryOf(org), members: members.map((m) => memberRow(m, users.get(m.user), pending)) };
    },

    matrix(input: ParsedInput<'members.matrix'>): MethodOutput<'members.matrix'> {
      const only = input.org === undefined ? undefined : resolveOrg(repos, input.org);
      const orgIds = only ? [only.id] : repos.orgs.all().map((o) => o.id);
      const memberships = only ? repos.memberships.byOrg(only.id) : repos.memberships.all();
      const pending = loadPending(repos);
      const rows = new Map<string, MethodOutput<'members.matrix'>['rows'][number]>();
      const users = new Map((only ? repos.users.getMany(memberships.map((m) => m.user)) : repos.users.all()).map((u) => [u.id, u]));
      for (const m of memberships) {
        let row = rows.get(m.user);
        if (!row) rows.set(m.user, (row = { user: m.user, name: userName(users.get(m.user), m.user), memberships: {} }));
        row.memberships[m.org] = { ...flagsView(m), pending: pending.has(memberTarget(m.org, m.user)) };
      }
      return { orgs: orgIds, rows: [...rows.values()].sort((a, b) => a.user.localeCompare(b.user)) };
    },

    invite(input: ParsedInput<'members.invite'>): MethodOutput<'members.invite'> {
      return atomically(ctx, () => {
        const actor = requireActor(ctx);
        const org = resolveOrg(repos, input.org);
        const user = resolveUser(repos, input.user);
        check(mayAdministerOrg(actor, org.id, repos.memberships.get(org.id, actor)));
        assertNotMember(org.id, user.id);
        const outcome = resolveInvite(input.level ?? 'MEMBER', requestedFlags(input));
        if (!outcome.ok) throw new AppError('InvalidInput', `${outcome.field}: ${outcome.message}`, { field: outcome.field });
        const m: Membership = { org: org.id, user: user.id, level: outcome.level, ...outcome.flags, extra: {} };
        commitEdit(ctx, actor, ['members', 'orgs'], () => ({ result: undefined, queue: [writeInvite(repos, m)] }));
        return rowOf(m);
      });
    },

    update(input: ParsedInput<'members.update'>): MethodOutput<'members.update'> {
      return atomically(ctx, () => {
        const actor = requireActor(ctx);
        const org = resolveOrg(repos, input.org);
        const user = resolveUser(repos, input.user);
        check(mayAdministerOrg(actor, org.id, repos.memberships.get(org.id, actor)));
        const current = existingMember(org, user.id);
        const next = plannedChange(org, current, input);
        if (!anyChange(current, next)) return rowOf(current);
        commitEdit(ctx, actor, ['members', 'orgs', 'projects', 'apps'], () => {
          const entry = writeChange(repos, current, next);
          return { result: undefined, queue: entry ? [entry] : [] };
        });
        return rowOf(next);
      });
    },

    previewChange(input: ParsedInput<'members.previewChange'>): MethodOutput<'members.previewChange'> {
      const org = resolveOrg(repos, input.org);
      const user = resolveUser(repos, input.user);
      const current = existingMember(org, user.id);
      const next = plannedChange(org, current, input);
      const slice = loadUserSlice(repos, user.id);
      const impact = diffUserAccess(slice, sliceAfterMembershipChange(slice, next));
      return {
        org: org.id,
        user: user.id,
        before: flagsView(current),
        after: flagsView(next),
        flagChanges: flagChanges(current, next),
        projects: impact.projects,
        apps: impact.apps,
      };
    },

    previewInvite(input: ParsedInput<'members.previewInvite'>): MethodOutput<'members.previewInvite'> {
      const org = resolveOrg(repos, input.org);
      const user = resolveUser(repos, input.user);
      assertNotMember(org.id, user.id);
      const outcome = resolveInvite(input.level ?? 'MEMBER', requestedFlags(input));
      if (!outcome.ok) throw new AppError('InvalidInput', `${outcome.field}: ${outcome.message}`, { field: outcome.field });
      const next: Membership = { org: org.id, user: user.id, level: outcome.level, ...outcome.flags, extra: {} };
      const slice = loadUserSlice(repos, user.id, false, [org.id]);
      const impact = diffUserAccess(slice, sliceAfterMembershipChange(slice, next));
      return { org: org.id, user: user.id, after: flagsView(next), projects: impact.projects, apps: impact.apps };
    },

    previewRemoval(input: RemovalInput): MethodOutput<'members.previewRemoval'> {
      const org = resolveOrg(repos, input.org);
      const user = resolveUser(repos, input.user);
      existingMember(org, user.id);
      return preview(org, user.id, input);
    },

    remove(input: RemovalInput): MethodOutput<'members.remove'> {
      return atomically(ctx, () => {
        const actor = requireActor(ctx);
        const org = resolveOrg(repos, input.org);
        const user = resolveUser(repos, input.user);
        check(mayAdministerOrg(actor, org.id, repos.memberships.get(org.id, actor)));
        const current = existingMember(org, user.id);
        if (current.level === 'ADMIN') assertNotLastAdmin(org, user.id, 'remove');
        const opts = { revokeProjectPermissions: input.revokeProjectPermissions, revokeAppPermissions: input.revokeAppPermissions };
        const slice = loadUserSlice(repos, user.id);
        const impact = commitEdit(ctx, actor, ['members', 'orgs', 'projects', 'apps'], () => {
          const out = writeRemoval(repos, current, opts, slice);
          return { result: out.impact, queue: [out.entry] };
        });
        return { org: org.id, user: user.id, ...impact };
      });
    },
  };
}
export type MembersService = ReturnType<typeof createMembersService>;
