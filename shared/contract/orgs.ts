// Contract: orgs and their members (membership matrix, invite, change, remove, previews).
import { z } from 'zod';
import { LevelSchema, OrgLevelSchema } from '../domain/levels';
import { OrgPoliciesPatchSchema, OrgPoliciesSchema } from '../domain/entities';
import { AppChangeSchema, DecisionSchema, Empty, OrgRefSchema, ProjectLevelChangeSchema, UserRefSchema } from './common';

export const OrgSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  phiFeaturesEnabled: z.boolean(),
  policies: OrgPoliciesSchema,
  memberCount: z.number().int(),
  adminCount: z.number().int(),
  /** Projects shared with the org (a grant to the org), not merely billed to it. */
  projectCount: z.number().int(),
  appCount: z.number().int(),
  myLevel: OrgLevelSchema.nullable(),
  pending: z.boolean(),
  canAdminister: DecisionSchema,
});
export type OrgSummary = z.infer<typeof OrgSummarySchema>;

export const MemberFlagsViewSchema = z.object({
  level: OrgLevelSchema,
  allowBillableActivities: z.boolean(),
  appAccess: z.boolean(),
  projectAccess: LevelSchema,
});

export const MemberRowSchema = MemberFlagsViewSchema.extend({
  org: z.string(),
  user: z.string(),
  name: z.string(),
  email: z.string(),
  /** Platform flags whose meaning is unconfirmed: shown read-only. */
  readOnlyFlags: z.record(z.string(), z.boolean()),
  pending: z.boolean(),
});
export type MemberRow = z.infer<typeof MemberRowSchema>;

export const MatrixSchema = z.object({
  orgs: z.array(z.string()),
  rows: z.array(
    z.object({
      user: z.string(),
      name: z.string(),
      memberships: z.record(z.string(), MemberFlagsViewSchema.extend({ pending: z.boolean() })),
    }),
  ),
});
export type Matrix = z.infer<typeof MatrixSchema>;

const FlagInputs = {
  level: OrgLevelSchema.optional(),
  allowBillableActivities: z.boolean().optional(),
  appAccess: z.boolean().optional(),
  projectAccess: LevelSchema.optional(),
};
export const MemberChangeInputSchema = z.strictObject({ org: OrgRefSchema, user: UserRefSchema, ...FlagInputs });

export const RemovalInputSchema = z.strictObject({
  org: OrgRefSchema,
  user: UserRefSchema,
  revokeProjectPermissions: z.boolean().default(true),
  revokeAppPermissions: z.boolean().default(true),
});

export const RemovalImpactSchema = z.object({
  org: z.string(),
  user: z.string(),
  projectsLost: z.array(ProjectLevelChangeSchema),
  appsLost: z.array(z.object({ app: z.string(), name: z.string() })),
  directGrantsRevoked: z.array(z.object({ project: z.string(), name: z.string(), level: LevelSchema })),
});
export type RemovalImpactView = z.infer<typeof RemovalImpactSchema>;

export const MemberChangePreviewSchema = z.object({
  org: z.string(),
  user: z.string(),
  before: MemberFlagsViewSchema,
  after: MemberFlagsViewSchema,
  flagChanges: z.array(z.object({ flag: z.string(), from: z.union([z.boolean(), z.string()]), to: z.union([z.boolean(), z.string()]) })),
  projects: z.array(ProjectLevelChangeSchema),
  apps: z.array(AppChangeSchema),
});
export type MemberChangePreview = z.infer<typeof MemberChangePreviewSchema>;

export const InvitePreviewSchema = z.object({
  org: z.string(),
  user: z.string(),
  after: MemberFlagsViewSchema,
  projects: z.array(ProjectLevelChangeSchema),
  apps: z.array(AppChangeSchema),
});
export type InvitePreview = z.infer<typeof InvitePreviewSchema>;

export const orgMethods = {
  'orgs.list': { input: Empty, output: z.object({ orgs: z.array(OrgSummarySchema) }) },
  'orgs.create': {
    input: z.strictObject({
      handle: z.string().trim().min(1, 'a handle is required'),
      name: z.string().trim().min(1, 'a name is required'),
      policies: OrgPoliciesPatchSchema.optional(),
    }),
    output: OrgSummarySchema,
  },
  'orgs.update': {
    input: z.strictObject({
      org: OrgRefSchema,
      name: z.string().trim().min(1).optional(),
      policies: OrgPoliciesPatchSchema.optional(),
    }),
    output: OrgSummarySchema,
  },
  'members.list': {
    input: z.strictObject({ org: OrgRefSchema }),
    output: z.object({ org: OrgSummarySchema, members: z.array(MemberRowSchema) }),
  },
  'members.matrix': { input: z.strictObject({ org: OrgRefSchema.optional() }), output: MatrixSchema },
  'members.invite': { input: MemberChangeInputSchema, output: MemberRowSchema },
  'members.update': { input: MemberChangeInputSchema, output: MemberRowSchema },
  'members.previewChange': { input: MemberChangeInputSchema, output: MemberChangePreviewSchema },
  /** What a new member would gain, before members.invite. */
  'members.previewInvite': { input: MemberChangeInputSchema, output: InvitePreviewSchema },
  'members.previewRemoval': { input: RemovalInputSchema, output: RemovalImpactSchema },
  'members.remove': { input: RemovalInputSchema, output: RemovalImpactSchema },
} as const;
