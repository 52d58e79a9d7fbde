// /system/whoami and /system/findOrgs: who the token belongs to and the orgs they are in.
// (/system/findProjects has its own module.) Reads only.
import { z } from 'zod';
import type { CallContext } from '../context';
import { describeOrg } from '../describe';
import { DescribeInput, OrgLevelInput, PageInput, parseInput } from '../input';
import type { Page } from '../pagination';
import { sortedKeys } from '../pagination';
import type { FindOrgsResult, IdReply } from '../replies';

export function whoami(ctx: CallContext): IdReply {
  return { id: ctx.caller };
}

const FindOrgsInput = z.object({
  /** The caller's minimum level: MEMBER lists every org, ADMIN only those they administer. */
  level: OrgLevelInput.default('MEMBER'),
  allowBillableActivities: z.boolean().optional(),
  describe: DescribeInput,
  ...PageInput,
});

export function findOrgs(ctx: CallContext, body: unknown): Page<FindOrgsResult> {
  const input = parseInput(FindOrgsInput, body);
  const ids = sortedKeys(
    [...ctx.store.orgs.values()]
      .filter((org) => {
        const m = org.members.get(ctx.caller);
        if (!m) return false;
        if (input.level === 'ADMIN' && m.level !== 'ADMIN') return false;
        return input.allowBillableActivities === undefined || m.allowBillableActivities === input.allowBillableActivities;
      })
      .map((org) => org.id),
  );
  return ctx.pager.page(`${ctx.caller}/system/findOrgs`, ids, input, (id) => {
    const org = ctx.store.orgs.get(id);
    const m = org?.members.get(ctx.caller);
    if (!org || !m) throw new Error(`org ${id} vanished while paging`);
    return {
      id,
      level: m.level,
      allowBillableActivities: m.allowBillableActivities,
      appAccess: m.appAccess,
      projectAccess: m.projectAccess,
      ...(input.describe ? { describe: describeOrg(org, ctx.caller) } : {}),
    };
  });
}
