// Orgs: the list with counts and the acting user's level, creating an org (the creator
// becomes its ADMIN) and renaming it or changing its policies (ADMINs only).
import type { MethodOutput, OrgSummary, ParsedInput } from '../../shared/contract/index';
import type { OrgPolicies } from '../../shared/domain/index';
import { ADMIN_FLAGS, OrgIdSchema, mayAdministerOrg } from '../../shared/domain/index';
import { AppError } from '../../shared/rpc/index';
import type { OrgRecord } from '../db/repos/index';
import type { ServiceContext } from './context';
import { actingUser, atomically, check, commitEdit, requireActor } from './context';
import { resolveOrg } from './refs';
import { loadPending, orgTarget } from './targets';
import { orgSummary } from './views';

export function createOrgsService(ctx: ServiceContext) {
  const { repos } = ctx;

  const summaryOf = (org: OrgRecord): OrgSummary => {
    const actor = actingUser(ctx);
    return orgSummary(org, repos.orgs.counts().get(org.id), actor, actor ? repos.memberships.get(org.id, actor) : undefined, loadPending(repos));
  };

  return {
    summaryOf,

    list(): MethodOutput<'orgs.list'> {
      const actor = actingUser(ctx);
      const counts = repos.orgs.counts();
      const mine = new Map((actor ? repos.memberships.byUser(actor) : []).map((m) => [m.org, m]));
      const pending = loadPending(repos);
      return { orgs: repos.orgs.all().map((o) => orgSummary(o, counts.get(o.id), actor, mine.get(o.id), pending)) };
    },

    create(input: ParsedInput<'orgs.create'>): MethodOutput<'orgs.create'> {
      return atomically(ctx, () => {
        const actor = requireActor(ctx);
        const id = `org-${input.handle.trim().toLowerCase()}`;
        if (!OrgIdSchema.safeParse(id).success) {
          throw new AppError('InvalidInput', `handle: "${input.handle}" is not a valid org handle (letters, digits, _ . - ; starting with a letter or digit)`, { field: 'handle' });
        }
        if (repos.orgs.get(id)) throw new AppError('Conflict', `handle: an org ${id} already exists`, { field: 'handle' });
        if (!repos.users.get(actor)) throw new AppError('InvalidState', `The acting user ${actor} is not in this workspace`);
        const policies = { memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN', ...input.policies } as const;
        const org: OrgRecord = { id, name: input.name, phiFeaturesEnabled: false, policies, extra: {} };
        commitEdit(ctx, actor, ['orgs', 'members'], () => {
          repos.orgs.insert(org);
          repos.memberships.insert({ org: id, user: actor, level: 'ADMIN', ...ADMIN_FLAGS, extra: {} });
          return {
            result: undefined,
            queue: [
              {
                op: 'org.create',
                target: orgTarget(id),
                summary: `Create org ${id} ("${input.name}") with ${actor} as ADMIN`,
                payload: { handle: id.slice(4), name: input.name, policies },
                base: null,
              },
            ],
          };
        });
        return summaryOf(org);
      });
    },

    update(input: ParsedInput<'orgs.update'>): MethodOutput<'orgs.update'> {
      return atomically(ctx, () => {
        const actor = requireActor(ctx);
        const org = resolveOrg(repos, input.org);
        check(mayAdministerOrg(actor, org.id, repos.memberships.get(org.id, actor)));
        const name = input.name ?? org.name;
        const policies = { ...org.policies, ...input.policies };
        const keys = (Object.keys(policies) as Array<keyof OrgPolicies>).filter((k) => policies[k] !== org.policies[k]);
        const renamed = name !== org.name;
        if (!renamed && keys.length === 0) return summaryOf(org);
        const pick = (p: OrgPolicies) => Object.fromEntries(keys.map((k) => [k, p[k]]));
        const changed = { ...(renamed ? { name } : {}), ...(keys.length ? { policies: pick(policies) } : {}) };
        const base = { ...(renamed ? { name: org.name } : {}), ...(keys.length ? { policies: pick(org.policies) } : {}) };
        const what = [...(renamed ? [`rename to "${name}"`] : []), ...keys.map((k) => `${k} ${org.policies[k]} → ${policies[k]}`)].join(', ');
        commitEdit(ctx, actor, ['orgs'], () => {
          repos.orgs.update(org.id, name, policies);
          return { result: undefined, queue: [{ op: 'org.update', target: orgTarget(org.id), summary: `Update org ${org.id}: ${what}`, payload: { org: org.id, ...changed }, base }] };
        });
        return summaryOf({ ...org, name, policies });
      });
    },
  };
}
export type OrgsService = ReturnType<typeof createOrgsService>;
