// Org routes other than membership: describe, update, /org/new (with nonce replay), and the
// ADMIN-only findProjects/findApps over what is billed to the org (platform-api.md §3.1).
import { z } from 'zod';
import { OrgIdSchema, atLeast } from '../../../shared/domain/index';
import { getOrg, membershipIndex, projectLevel, requireOrgAdmin, visibleOrg } from '../access';
import type { CallContext } from '../context';
import { describeApp, describeOrg, describeProject, isPublic, pickFields } from '../describe';
import { invalidInput } from '../errors';
import { DescribeInput, NameFilter, PageInput, PropertiesFilter, nameMatcher, parseInput, propertiesMatch } from '../input';
import type { Page } from '../pagination';
import { sortedKeys } from '../pagination';
import type { FindAppsResult, FindProjectsResult, IdReply, OrgDescribe } from '../replies';

export function orgDescribe(ctx: CallContext, orgId: string): OrgDescribe {
  return describeOrg(visibleOrg(ctx.store, orgId, ctx.caller), ctx.caller);
}

const PoliciesInput = z.object({
  memberListVisibility: z.enum(['ADMIN', 'MEMBER', 'PUBLIC']).optional(),
  restrictProjectTransfer: z.enum(['ADMIN', 'MEMBER']).optional(),
  jobReuse: z.boolean().optional(),
  detailedJobMetricsCollectDefault: z.boolean().optional(),
});

const UpdateInput = z.object({ name: z.string().min(1).optional(), policies: PoliciesInput.optional() });

export function orgUpdate(ctx: CallContext, orgId: string, body: unknown): IdReply {
  const org = getOrg(ctx.store, orgId);
  requireOrgAdmin(org, ctx.caller, 'rename the org or change its policies');
  const input = parseInput(UpdateInput, body);
  if (input.name !== undefined) org.name = input.name;
  const p = input.policies ?? {};
  if (p.memberListVisibility !== undefined) org.policies.memberListVisibility = p.memberListVisibility;
  if (p.restrictProjectTransfer !== undefined) org.policies.restrictProjectTransfer = p.restrictProjectTransfer;
  if (p.jobReuse !== undefined) org.policies.jobReuse = p.jobReuse;
  if (p.detailedJobMetricsCollectDefault !== undefined) org.policies.detailedJobMetricsCollectDefault = p.detailedJobMetricsCollectDefault;
  return { id: orgId };
}

const NewInput = z.object({
  handle: z.string().min(1),
  name: z.string().min(1).optional(),
  policies: PoliciesInput.optional(),
  nonce: z.string().min(1).max(128).optional(),
});

const NONCE_WINDOW_MS = 60 * 60 * 1000;

/**
 * Creates a non-billable org with the caller as its only ADMIN. A repeated nonce (same caller,
 * within an hour) replays the first reply when the body is identical; with a different body it
 * is InvalidInput. Policies default to ADMIN, as the CLI sends.
 */
export function orgNew(ctx: CallContext, body: unknown): IdReply {
  const input = parseInput(NewInput, body);
  const nonceKey = input.nonce === undefined ? null : `${ctx.caller}\n${input.nonce}`;
  const bodyText = JSON.stringify(canonical(body));
  if (nonceKey !== null) {
    const seen = ctx.nonces.get(nonceKey);
    if (seen && ctx.now() - seen.at < NONCE_WINDOW_MS) {
      if (seen.body !== bodyText) throw invalidInput('nonce was already used with a different request body', { field: 'nonce' });
      return { ...seen.reply };
    }
  }
  const id = `org-${input.handle.toLowerCase()}`;
  if (!OrgIdSchema.safeParse(id).success) throw invalidInput(`Invalid input: handle: '${input.handle}' is not a valid org handle`, { field: 'handle' });
  if (ctx.store.orgs.has(id)) throw invalidInput(`${id} already exists`, { field: 'handle' });
  ctx.store.orgs.set(id, {
    id,
    name: input.name ?? input.handle,
    phiFeaturesEnabled: false,
    policies: {
      memberListVisibility: input.policies?.memberListVisibility ?? 'ADMIN',
      restrictProjectTransfer: input.policies?.restrictProjectTransfer ?? 'ADMIN',
      jobReuse: input.policies?.jobReuse ?? false,
      detailedJobMetricsCollectDefault: input.policies?.detailedJobMetricsCollectDefault ?? false,
    },
    members: new Map([[ctx.caller, { id: ctx.caller, level: 'ADMIN', allowBillableActivities: true, appAccess: true, projectAccess: 'ADMINISTER', extra: {} }]]),
    created: ctx.now(),
  });
  const reply: IdReply = { id };
  if (nonceKey !== null) ctx.nonces.set(nonceKey, { body: bodyText, reply, at: ctx.now() });
  return { ...reply };
}

/** Key order must not make two equal bodies differ. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

const OrgFindProjectsInput = z.object({
  name: NameFilter,
  id: z.array(z.string()).optional(),
  properties: PropertiesFilter,
  containsPHI: z.boolean().optional(),
  public: z.boolean().optional(),
  describe: DescribeInput,
  ...PageInput,
});

/** Projects billed to the org, whether or not anyone shared them with the caller. */
export function orgFindProjects(ctx: CallContext, orgId: string, body: unknown): Page<FindProjectsResult> {
  const org = getOrg(ctx.store, orgId);
  requireOrgAdmin(org, ctx.caller, 'list the projects billed to the org');
  const input = parseInput(OrgFindProjectsInput, body);
  const matchName = nameMatcher(input.name);
  const ids = input.id === undefined ? null : new Set(input.id);
  const keys = sortedKeys(
    [...ctx.store.projects.values()]
      .filter(
        (p) =>
          p.billTo === orgId &&
          (ids === null || ids.has(p.id)) &&
          matchName(p.name) &&
          propertiesMatch(input.properties, p.properties) &&
          (input.containsPHI === undefined || p.settings.containsPHI === input.containsPHI) &&
          (input.public === undefined || isPublic(p) === input.public),
      )
      .map((p) => p.id),
  );
  const memberships = membershipIndex(ctx.store, ctx.caller);
  return ctx.pager.page(`${ctx.caller}/${orgId}/findProjects`, keys, input, (id) => {
    const p = ctx.store.projects.get(id);
    if (!p) throw new Error(`project ${id} vanished while paging`);
    const level = projectLevel(ctx.caller, p, memberships);
    // An ADMIN without access to a project sees that it exists, not what is inside.
    const describe = input.describe && atLeast(level, 'VIEW') ? { describe: pickFields(describeProject(p, level), input.describe) } : {};
    return { id, level, public: isPublic(p), ...describe };
  });
}

const OrgFindAppsInput = z.object({
  name: NameFilter,
  published: z.boolean().optional(),
  developer: z.string().optional(),
  authorizedUser: z.string().optional(),
  describe: DescribeInput,
  ...PageInput,
});

export function orgFindApps(ctx: CallContext, orgId: string, body: unknown): Page<FindAppsResult> {
  const org = getOrg(ctx.store, orgId);
  requireOrgAdmin(org, ctx.caller, 'list the apps billed to the org');
  const input = parseInput(OrgFindAppsInput, body);
  const matchName = nameMatcher(input.name);
  const keys = sortedKeys(
    [...ctx.store.apps.values()]
      .filter(
        (a) =>
          a.billTo === orgId &&
          matchName(a.name) &&
          (input.published === undefined || a.published === input.published) &&
          (input.developer === undefined || a.developers.includes(input.developer)) &&
          (input.authorizedUser === undefined || a.authorizedUsers.includes(input.authorizedUser)),
      )
      .map((a) => a.id),
  );
  return ctx.pager.page(`${ctx.caller}/${orgId}/findApps`, keys, input, (id) => {
    const a = ctx.store.apps.get(id);
    if (!a) throw new Error(`app ${id} vanished while paging`);
    return { id, ...(input.describe ? { describe: describeApp(a) } : {}) };
  });
}
