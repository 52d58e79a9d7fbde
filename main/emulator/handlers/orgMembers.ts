// Org membership routes: findMembers, invite, setMemberAccess, removeMember (platform-api.md
// §3.1-§3.5). Only ADMINs change members; every call is validated in full before anything is
// applied, so a rejected map changes no member at all.
import { z } from 'zod';
import type { GrantLevel, MemberFlags } from '../../../shared/domain/index';
import { ADMIN_FLAGS, FLAG_NAMES, MEMBER_DEFAULT_FLAGS, resolveChange } from '../../../shared/domain/index';
import { getOrg, requireOrgAdmin } from '../access';
import type { CallContext } from '../context';
import { describeUser, memberRecord } from '../describe';
import { invalidInput, invalidState, notFound, permissionDenied } from '../errors';
import { DescribeInput, LevelInput, OrgLevelInput, PageInput, parseInput } from '../input';
import type { Page } from '../pagination';
import { sortedKeys } from '../pagination';
import type { IdReply, InviteReply, MemberRecord, RemoveMemberReply } from '../replies';
import type { EmuMember, EmuOrg } from '../state';

const FindMembersInput = z.object({
  level: OrgLevelInput.optional(),
  id: z.array(z.string()).optional(),
  describe: DescribeInput,
  ...PageInput,
});

/** ADMINs always; others as memberListVisibility allows (MEMBER: members; PUBLIC: anyone). */
function mayListMembers(org: EmuOrg, caller: string): boolean {
  const own = org.members.get(caller);
  if (own?.level === 'ADMIN') return true;
  const visibility = org.policies.memberListVisibility;
  return visibility === 'PUBLIC' || (visibility === 'MEMBER' && own !== undefined);
}

export function findMembers(ctx: CallContext, orgId: string, body: unknown): Page<MemberRecord> {
  const org = getOrg(ctx.store, orgId);
  if (!org.members.has(ctx.caller) && org.policies.memberListVisibility !== 'PUBLIC') throw notFound(`${orgId} does not exist or is not visible to ${ctx.caller}`);
  if (!mayListMembers(org, ctx.caller)) {
    throw permissionDenied(`The members of ${orgId} are visible to its ADMINs only (memberListVisibility ${org.policies.memberListVisibility})`);
  }
  const input = parseInput(FindMembersInput, body);
  const wanted = input.id === undefined ? null : new Set(input.id);
  const ids = sortedKeys(
    [...org.members.values()].filter((m) => (input.level === undefined || m.level === input.level) && (wanted === null || wanted.has(m.id))).map((m) => m.id),
  );
  return ctx.pager.page(`${ctx.caller}/${orgId}/findMembers`, ids, input, (id) => {
    const m = org.members.get(id);
    if (!m) throw new Error(`member ${id} vanished while paging`);
    const user = ctx.store.users.get(id);
    return { ...memberRecord(m), ...(input.describe && user ? { describe: describeUser(user) } : {}) };
  });
}

const FlagsInput = {
  allowBillableActivities: z.boolean().optional(),
  appAccess: z.boolean().optional(),
  projectAccess: LevelInput.optional(),
};

const InviteInput = z.object({
  invitee: z.string(),
  level: OrgLevelInput.default('MEMBER'),
  ...FlagsInput,
  suppressEmailNotification: z.boolean().optional(),
});

function definedFlags(input: Partial<MemberFlags>): Partial<MemberFlags> {
  const out: Partial<MemberFlags> = {};
  if (input.allowBillableActivities !== undefined) out.allowBillableActivities = input.allowBillableActivities;
  if (input.appAccess !== undefined) out.appAccess = input.appAccess;
  if (input.projectAccess !== undefined) out.projectAccess = input.projectAccess;
  return out;
}

/** Membership is immediate (no acceptance step). Flags sent for an ADMIN are ignored. */
export function invite(ctx: CallContext, orgId: string, body: unknown): InviteReply {
  const org = getOrg(ctx.store, orgId);
  requireOrgAdmin(org, ctx.caller, 'invite members');
  const input = parseInput(InviteInput, body);
  if (!ctx.store.users.has(input.invitee)) throw notFound(`${input.invitee} does not exist`);
  if (org.members.has(input.invitee)) {
    throw invalidInput(`${input.invitee} is already a member of ${orgId}; use setMemberAccess`);
  }
  const flags: MemberFlags = input.level === 'ADMIN' ? { ...ADMIN_FLAGS } : { ...MEMBER_DEFAULT_FLAGS, ...definedFlags(input) };
  org.members.set(input.invitee, { id: input.invitee, level: input.level, ...flags, extra: {} });
  return { id: orgId, state: 'ACTIVE' };
}

const MemberAccessInput = z.record(z.string(), z.object({ level: OrgLevelInput.optional(), ...FlagsInput }));

/** Orgs must keep an ADMIN: nobody else could ever manage them again. */
function requireAdminLeft(org: EmuOrg, after: ReadonlyMap<string, EmuMember | null>): void {
  const admins = [...org.members.values()].filter((m) => {
    const next = after.has(m.id) ? after.get(m.id) : m;
    return next?.level === 'ADMIN';
  });
  if (admins.length === 0) throw invalidState(`${org.id} must keep at least one ADMIN`);
}

export function setMemberAccess(ctx: CallContext, orgId: string, body: unknown): IdReply {
  const org = getOrg(ctx.store, orgId);
  requireOrgAdmin(org, ctx.caller, 'change members');
  const input = parseInput(MemberAccessInput, body);
  const next = new Map<string, EmuMember>();
  for (const [user, change] of Object.entries(input)) {
    const current = org.members.get(user);
    if (!current) throw invalidInput(`${user} is not a member of ${orgId}; use invite`, { user });
    const level = change.level ?? current.level;
    const flags = definedFlags(change);
    const sent = FLAG_NAMES.filter((f) => flags[f] !== undefined);
    if (level === 'ADMIN' && sent.length > 0) {
      throw invalidInput(`${user}: ${sent.join(', ')} cannot be set for an ADMIN (ADMIN flags are fixed)`, { user });
    }
    const outcome = resolveChange({ level: current.level, flags: current }, { level, ...flags });
    if (!outcome.ok) throw invalidInput(`${user}: ${outcome.message}`, { user });
    const extra = outcome.level === current.level ? current.extra : {};
    next.set(user, { id: user, level: outcome.level, ...outcome.flags, extra });
  }
  requireAdminLeft(org, next);
  for (const [user, member] of next) org.members.set(user, member);
  return { id: orgId };
}

const RemoveMemberInput = z.object({
  user: z.string(),
  revokeProjectPermissions: z.boolean().default(true),
  revokeAppPermissions: z.boolean().default(true),
});

/**
 * Routes through the org always go (the membership is gone); with the revoke flags (default
 * true, as scenarios.md rules) the user's direct grants on org-billed projects and their
 * developer/authorized entries on org-billed apps go too. Grants elsewhere stay.
 */
export function removeMember(ctx: CallContext, orgId: string, body: unknown): RemoveMemberReply {
  const org = getOrg(ctx.store, orgId);
  requireOrgAdmin(org, ctx.caller, 'remove members');
  const input = parseInput(RemoveMemberInput, body);
  if (!org.members.has(input.user)) throw invalidInput(`${input.user} is not a member of ${orgId}`, { user: input.user });
  requireAdminLeft(org, new Map([[input.user, null]]));

  const projects: Record<string, GrantLevel> = {};
  const apps: RemoveMemberReply['apps'] = {};
  org.members.delete(input.user);
  if (input.revokeProjectPermissions) {
    for (const p of ctx.store.projects.values()) {
      const grant = p.permissions[input.user];
      if (p.billTo !== orgId || grant === undefined) continue;
      delete p.permissions[input.user];
      p.modified = ctx.now();
      projects[p.id] = grant;
    }
  }
  if (input.revokeAppPermissions) {
    for (const a of ctx.store.apps.values()) {
      if (a.billTo !== orgId) continue;
      const developer = a.developers.includes(input.user);
      const authorizedUser = a.authorizedUsers.includes(input.user);
      if (!developer && !authorizedUser) continue;
      a.developers = a.developers.filter((d) => d !== input.user);
      a.authorizedUsers = a.authorizedUsers.filter((u) => u !== input.user);
      apps[a.id] = { developer, authorizedUser };
    }
  }
  return { id: orgId, projects, apps };
}
