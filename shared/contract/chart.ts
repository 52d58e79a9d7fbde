// Contract: the org chart, fetched in pieces so the first paint never ships every member.
// chart.skeleton is every org with counts; chart.group is one page of one org's Admins,
// Members, Projects or Apps; chart.findUser and chart.person serve search and the side panel.
import { z } from 'zod';
import { GrantLevelSchema, LevelSchema, OrgLevelSchema } from '../domain/levels';
import { DecisionSchema, OrgRefSchema, UserRefSchema } from './common';

export const CHART_GROUPS = ['admins', 'members', 'projects', 'apps'] as const;
export const ChartGroupKindSchema = z.enum(CHART_GROUPS);
export type ChartGroupKind = z.infer<typeof ChartGroupKindSchema>;

/** The largest page chart.group returns; the renderer asks for 50 at a time. */
export const CHART_MAX_PAGE = 500;

export const ChartOrgSchema = z.object({
  id: z.string(),
  name: z.string(),
  adminCount: z.number().int(),
  /** MEMBER-level members only (adminCount + memberCount = everyone in the org). */
  memberCount: z.number().int(),
  /** Projects shared with the org (a grant to it). */
  projectCount: z.number().int(),
  /** Apps listing the org in authorizedUsers. */
  appCount: z.number().int(),
  myLevel: OrgLevelSchema.nullable(),
  pending: z.boolean(),
  canAdminister: DecisionSchema,
});
export type ChartOrg = z.infer<typeof ChartOrgSchema>;

export const ChartSkeletonSchema = z.object({
  orgs: z.array(ChartOrgSchema),
  /** People with at least one membership, and how many of them are in more than one org. */
  people: z.number().int(),
  multiOrgPeople: z.number().int(),
});
export type ChartSkeleton = z.infer<typeof ChartSkeletonSchema>;

export const ChartPersonItemSchema = z.object({
  user: z.string(),
  name: z.string(),
  email: z.string(),
  level: OrgLevelSchema,
  allowBillableActivities: z.boolean(),
  appAccess: z.boolean(),
  projectAccess: LevelSchema,
  /** How many orgs this person is in: above 1, the chart links their occurrences. */
  orgCount: z.number().int(),
  pending: z.boolean(),
});
export type ChartPersonItem = z.infer<typeof ChartPersonItemSchema>;

export const ChartProjectItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The level granted to the org. */
  level: GrantLevelSchema,
  billTo: z.string(),
  pending: z.boolean(),
});
export type ChartProjectItem = z.infer<typeof ChartProjectItemSchema>;

export const ChartAppItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  published: z.boolean(),
  pending: z.boolean(),
});
export type ChartAppItem = z.infer<typeof ChartAppItemSchema>;

const page = { org: z.string(), total: z.number().int(), offset: z.number().int() };
export const ChartGroupPageSchema = z.discriminatedUnion('group', [
  z.object({ group: z.literal('admins'), ...page, items: z.array(ChartPersonItemSchema) }),
  z.object({ group: z.literal('members'), ...page, items: z.array(ChartPersonItemSchema) }),
  z.object({ group: z.literal('projects'), ...page, items: z.array(ChartProjectItemSchema) }),
  z.object({ group: z.literal('apps'), ...page, items: z.array(ChartAppItemSchema) }),
]);
export type ChartGroupPage = z.infer<typeof ChartGroupPageSchema>;

export const ChartGroupInputSchema = z.strictObject({
  org: OrgRefSchema,
  group: ChartGroupKindSchema,
  offset: z.number().int().min(0, 'offset: must be 0 or more').default(0),
  limit: z.number().int().min(1, 'limit: must be at least 1').max(CHART_MAX_PAGE, `limit: at most ${CHART_MAX_PAGE} per page`).default(50),
});

export const ChartMatchSchema = z.object({
  user: z.string(),
  name: z.string(),
  email: z.string(),
  /** Each org the person is in, with the group they sit in and their position there (for paging). */
  memberships: z.array(z.object({ org: z.string(), group: z.enum(['admins', 'members']), rank: z.number().int() })),
});
export type ChartMatch = z.infer<typeof ChartMatchSchema>;

export const ChartPersonSchema = z.object({
  user: z.string(),
  name: z.string(),
  email: z.string(),
  memberships: z.array(
    z.object({
      org: z.string(),
      orgName: z.string(),
      level: OrgLevelSchema,
      allowBillableActivities: z.boolean(),
      appAccess: z.boolean(),
      projectAccess: LevelSchema,
      pending: z.boolean(),
      canAdminister: DecisionSchema,
    }),
  ),
});
export type ChartPerson = z.infer<typeof ChartPersonSchema>;

export const chartMethods = {
  'chart.skeleton': { input: z.strictObject({}), output: ChartSkeletonSchema },
  'chart.group': { input: ChartGroupInputSchema, output: ChartGroupPageSchema },
  /** People whose handle, name or email contains `query` (case-insensitive), members of an org only. */
  'chart.findUser': {
    input: z.strictObject({
      query: z.string().trim().min(1, 'query: type part of a handle, name or email'),
      limit: z.number().int().min(1).max(50).default(10),
    }),
    output: z.object({ matches: z.array(ChartMatchSchema), more: z.boolean() }),
  },
  'chart.person': { input: z.strictObject({ user: UserRefSchema }), output: ChartPersonSchema },
} as const;
