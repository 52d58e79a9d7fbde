// One change (set level/flags, or remove) applied to many memberships: the plan with per-cell
// refusals and the access each user gains or loses, and the apply that re-plans inside ONE
// transaction and queues one outbox entry per changed membership, or nothing when any cell is
// refused. The per-membership writes are memberEdits' (the same as members.update/remove).
import type { BulkCellNote, MethodOutput, ParsedInput } from '../../shared/contract/index';
import type { MemberFlags, Membership, UserSlice } from '../../shared/domain/index';
import { diffUserAccess, flagChanges, mayAdministerOrg, resolveChange, sliceAfterMembershipChange, sliceAfterRemoval } from '../../shared/domain/index';
import type { Decision } from '../../shared/domain/index';
import { AppError } from '../../shared/rpc/index';
import type { ServiceContext } from './context';
import { actingUser, atomically, commitEdit, NO_ACTOR_MESSAGE, requireActor } from './context';
import type { QueuedEdit } from './context';
import { writeChange, writeRemoval } from './memberEdits';
import { resolveOrg, resolveUser } from './refs';
import { loadUserSlice } from './slices';
import { flagsView, userName } from './views';
import { plural } from '../../shared/text/plural';

type BulkInput = ParsedInput<'members.previewBulk'>;
type Change = BulkInput['change'];

interface PlannedEdit {
  current: Membership;
  /** Null for a removal. */
  next: Membership | null;
}

export interface BulkPlan {
  edits: PlannedEdit[];
  unchanged: number;
  skipped: BulkCellNote[];
  refused: BulkCellNote[];
}

/** Impact is worked out for this many users at most; a preview of more would not be read. */
export const IMPACT_USER_LIMIT = 500;

function requestedFlags(change: Extract<Change, { kind: 'set' }>): Partial<MemberFlags> {
  const out: Partial<MemberFlags> = {};
  if (change.allowBillableActivities !== undefined) out.allowBillableActivities = change.allowBillableActivities;
  if (change.appAccess !== undefined) out.appAccess = change.appAccess;
  if (change.projectAccess !== undefined) out.projectAccess = change.projectAccess;
  return out;
}

export function createBulkEditsService(ctx: ServiceContext) {
  const { repos } = ctx;

  const plan = (actor: string | null, input: BulkInput): BulkPlan => {
    const edits: PlannedEdit[] = [];
    const skipped: BulkCellNote[] = [];
    const refused: BulkCellNote[] = [];
    let unchanged = 0;
    const decisions = new Map<string, Decision>();
    const seen = new Set<string>();
    for (const cell of input.cells) {
      let org: string;
      let user: string;
      try {
        org = resolveOrg(repos, cell.org).id;
        user = resolveUser(repos, cell.user).id;
      } catch (err) {
        refused.push({ org: cell.org, user: cell.user, reason: err instanceof Error ? err.message : String(err) });
        continue;
      }
      const key = `${org}\u0000${user}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const current = repos.memberships.get(org, user);
      if (!current) {
        skipped.push({ org, user, reason: `${user} is not a member of ${org}` });
        continue;
      }
      let decision = decisions.get(org);
      if (!decision) {
        decision = actor === null ? { allowed: false, reason: NO_ACTOR_MESSAGE } : mayAdministerOrg(actor, org, repos.memberships.get(org, actor));
        decisions.set(org, decision);
      }
      if (!decision.allowed) {
        refused.push({ org, user, reason: decision.reason });
        continue;
      }
      if (input.change.kind === 'remove') {
        edits.push({ current, next: null });
        continue;
      }
      const outcome = resolveChange({ level: current.level, flags: current }, { level: input.change.level, ...requestedFlags(input.change) });
      if (!outcome.ok) {
        refused.push({ org, user, reason: `${outcome.field}: ${outcome.message}` });
        continue;
      }
      const next: Membership = { ...current, level: outcome.level, ...outcome.flags };
      if (next.level === current.level && flagChanges(current, next).length === 0) unchanged++;
      else edits.push({ current, next });
    }
    return refuseOrphanedOrgs({ edits, unchanged, skipped, refused });
  };

  /** An org must keep an ADMIN: demotions and removals that would take its last one are refused. */
  const refuseOrphanedOrgs = (p: BulkPlan): BulkPlan => {
    const losing = new Map<string, PlannedEdit[]>();
    for (const e of p.edits) {
      if (e.current.level === 'ADMIN' && e.next?.level !== 'ADMIN') losing.set(e.current.org, [...(losing.get(e.current.org) ?? []), e]);
    }
    const blocked = new Set<PlannedEdit>();
    for (const [org, edits] of losing) {
      const admins = repos.memberships.byOrg(org).filter((m) => m.level === 'ADMIN').length;
      if (admins - edits.length > 0) continue;
      for (const e of edits) {
        blocked.add(e);
        p.refused.push({ org, user: e.current.user, reason: `${org} would be left without an ADMIN; keep at least one ADMIN of ${org}` });
      }
    }
    return blocked.size === 0 ? p : { ...p, edits: p.edits.filter((e) => !blocked.has(e)) };
  };

  const sliceAfter = (slice: UserSlice, e: PlannedEdit, change: Change): UserSlice =>
    e.next ? sliceAfterMembershipChange(slice, e.next) : change.kind === 'remove' ? sliceAfterRemoval(slice, e.current.org, change) : slice;

  const impactOf = (edits: readonly PlannedEdit[], change: Change): MethodOutput<'members.previewBulk'>['impact'] => {
    const byUser = new Map<string, PlannedEdit[]>();
    for (const e of edits) byUser.set(e.current.user, [...(byUser.get(e.current.user) ?? []), e]);
    const users: MethodOutput<'members.previewBulk'>['impact']['users'] = [];
    const names = new Map(repos.users.getMany([...byUser.keys()].slice(0, IMPACT_USER_LIMIT)).map((u) => [u.id, u]));
    let n = 0;
    for (const [user, mine] of byUser) {
      if (n++ >= IMPACT_USER_LIMIT) break;
      const before = loadUserSlice(repos, user);
      // Every change to this user's memberships together: a user in two selected orgs loses a
      // project only if neither org still reaches it.
      const after = mine.reduce((s, e) => sliceAfter(s, e, change), before);
      const { projects, apps } = diffUserAccess(before, after);
      if (projects.length > 0 || apps.length > 0) users.push({ user, name: userName(names.get(user), user), projects, apps });
    }
    return { users, truncated: byUser.size > IMPACT_USER_LIMIT };
  };

  const refusalSummary = (refused: readonly BulkCellNote[]): string => {
    const first = refused.slice(0, 3).map((r) => `${r.user} in ${r.org}: ${r.reason}`);
    const more = refused.length > 3 ? `; and ${refused.length - 3} more` : '';
    return `${plural(refused.length, 'cell')} refused, so nothing was queued (exclude them and try again): ${first.join('; ')}${more}`;
  };

  return {
    preview(input: BulkInput): MethodOutput<'members.previewBulk'> {
      const p = plan(actingUser(ctx), input);
      const users = new Map(repos.users.getMany([...new Set(p.edits.map((e) => e.current.user))]).map((u) => [u.id, u]));
      return {
        edits: p.edits.map((e) => ({
          org: e.current.org,
          user: e.current.user,
          name: userName(users.get(e.current.user), e.current.user),
          before: flagsView(e.current),
          after: e.next ? flagsView(e.next) : null,
        })),
        unchanged: p.unchanged,
        skipped: p.skipped,
        refused: p.refused,
        impact: impactOf(p.edits, input.change),
        canApply:
          p.refused.length > 0
            ? { allowed: false, reason: `${plural(p.refused.length, 'cell')} refused: nothing is queued while any cell is refused; exclude them to go on` }
            : p.edits.length === 0
              ? { allowed: false, reason: 'Nothing to change: every selected membership is already as asked' }
              : { allowed: true },
      };
    },

    apply(input: ParsedInput<'members.applyBulk'>): MethodOutput<'members.applyBulk'> {
      return atomically(ctx, () => {
        const actor = requireActor(ctx);
        // Re-planned inside the transaction: the checks see exactly the state the writes apply to.
        const p = plan(actor, input);
        if (p.refused.length > 0) throw new AppError('PermissionDenied', refusalSummary(p.refused), { refused: p.refused });
        if (p.edits.length === 0) return { queued: 0, unchanged: p.unchanged, skipped: p.skipped.length };
        const queued = commitEdit(ctx, actor, ['members', 'orgs', 'projects', 'apps'], () => {
          const queue: QueuedEdit[] = [];
          for (const e of p.edits) {
            if (e.next) {
              const entry = writeChange(repos, e.current, e.next);
              if (entry) queue.push(entry);
            } else if (input.change.kind === 'remove') {
              // The slice is read just before this removal, so earlier removals of the same user count.
              queue.push(writeRemoval(repos, e.current, input.change, loadUserSlice(repos, e.current.user)).entry);
            }
          }
          return { result: queue.length, queue };
        });
        return { queued, unchanged: p.unchanged, skipped: p.skipped.length };
      });
    },
  };
}
export type BulkEditsService = ReturnType<typeof createBulkEditsService>;
