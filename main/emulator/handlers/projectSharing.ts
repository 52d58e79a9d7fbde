// Project sharing (platform-api.md §4.2): invite raises a principal's grant (never lowers it;
// a lower or equal level is a no-op), decreasePermissions lowers or revokes. Both need
// ADMINISTER; decreasePermissions validates its whole map before applying any of it.
import { z } from 'zod';
import type { GrantLevel } from '../../../shared/domain/index';
import { PUBLIC, compareLevels, isOrgId, isUserId } from '../../../shared/domain/index';
import { administeredProject } from '../access';
import type { CallContext } from '../context';
import { invalidInput, notFound } from '../errors';
import { GrantLevelInput, parseInput } from '../input';
import type { IdReply, InviteReply } from '../replies';

const InviteInput = z.object({
  invitee: z.string().min(1),
  level: GrantLevelInput,
  suppressEmailNotification: z.boolean().optional(),
  suppressAllNotifications: z.boolean().optional(),
});

/** A user ID, an org ID, PUBLIC, or the email address of a known user. */
function resolveInvitee(ctx: CallContext, invitee: string): string {
  if (invitee === PUBLIC) return PUBLIC;
  if (invitee.includes('@')) {
    const user = [...ctx.store.users.values()].find((u) => u.email.toLowerCase() === invitee.toLowerCase());
    if (!user) throw invalidInput(`No account has the email address ${invitee}`, { field: 'invitee' });
    return user.id;
  }
  if (isUserId(invitee) && ctx.store.users.has(invitee)) return invitee;
  if (isOrgId(invitee) && ctx.store.orgs.has(invitee)) return invitee;
  throw notFound(`${invitee} does not exist`);
}

export function projectInvite(ctx: CallContext, projectId: string, body: unknown): InviteReply {
  const project = administeredProject(ctx.store, projectId, ctx.caller, 'Sharing');
  const input = parseInput(InviteInput, body);
  const principal = resolveInvitee(ctx, input.invitee);
  if (principal === PUBLIC && input.level !== 'VIEW') throw invalidInput('PUBLIC can only be granted VIEW', { field: 'level' });
  const current = project.permissions[principal];
  if (current === undefined || compareLevels(input.level, current) > 0) {
    project.permissions[principal] = input.level;
    project.modified = ctx.now();
  }
  return { id: projectId, state: 'accepted' };
}

const DecreaseInput = z.record(z.string(), GrantLevelInput.nullable());

/**
 * `null` revokes; revoking a principal without a grant, or "lowering" to the current level, is
 * a no-op so a retried call (the route is safe) succeeds. A higher level is InvalidInput.
 */
export function decreasePermissions(ctx: CallContext, projectId: string, body: unknown): IdReply {
  const project = administeredProject(ctx.store, projectId, ctx.caller, 'Changing permissions');
  const input = parseInput(DecreaseInput, body);
  const changes: Array<[string, GrantLevel | null]> = [];
  for (const [principal, level] of Object.entries(input)) {
    const current = project.permissions[principal];
    if (level === null) {
      if (current !== undefined) changes.push([principal, null]);
      continue;
    }
    const from = current ?? 'NONE';
    if (compareLevels(level, from) > 0) {
      throw invalidInput(`decreasePermissions cannot raise ${principal} from ${from} to ${level}; use invite`, { principal });
    }
    if (level !== current) changes.push([principal, level]);
  }
  for (const [principal, level] of changes) {
    if (level === null) delete project.permissions[principal];
    else project.permissions[principal] = level;
  }
  if (changes.length > 0) project.modified = ctx.now();
  return { id: projectId };
}
