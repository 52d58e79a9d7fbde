// Entity schemas for the workspace model: users, orgs, memberships, projects, apps.
// Shapes follow platform-api.md; unknown platform fields survive in `extra` so a pull and a
// push never drop what OrgDesk does not understand. No behaviour lives here.
import { z } from 'zod';
import { AppIdSchema, OrgIdSchema, PrincipalIdSchema, ProjectIdSchema, UserIdSchema } from './ids';
import { GrantLevelSchema, LevelSchema, OrgLevelSchema } from './levels';

export const UserSchema = z.object({
  id: UserIdSchema,
  email: z.string().default(''),
  first: z.string().default(''),
  last: z.string().default(''),
});
export type User = z.infer<typeof UserSchema>;

export const OrgPoliciesSchema = z.object({
  memberListVisibility: z.enum(['ADMIN', 'MEMBER', 'PUBLIC']).default('ADMIN'),
  restrictProjectTransfer: z.enum(['ADMIN', 'MEMBER']).default('ADMIN'),
});
export type OrgPolicies = z.infer<typeof OrgPoliciesSchema>;

/**
 * A change to some org policies. Fields are optional with NO defaults: zod's .partial() keeps
 * field defaults, which would turn a one-policy change into a reset of the other.
 */
export const OrgPoliciesPatchSchema = z.strictObject({
  memberListVisibility: z.enum(['ADMIN', 'MEMBER', 'PUBLIC']).optional(),
  restrictProjectTransfer: z.enum(['ADMIN', 'MEMBER']).optional(),
});
export type OrgPoliciesPatch = z.infer<typeof OrgPoliciesPatchSchema>;

export const OrgSchema = z.object({
  id: OrgIdSchema,
  name: z.string().min(1),
  phiFeaturesEnabled: z.boolean().default(false),
  policies: OrgPoliciesSchema.default({ memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN' }),
});
export type Org = z.infer<typeof OrgSchema>;

/** The three per-member flags an admin sets (platform-api.md §3.2). */
export const MemberFlagsSchema = z.object({
  allowBillableActivities: z.boolean(),
  appAccess: z.boolean(),
  projectAccess: LevelSchema,
});
export type MemberFlags = z.infer<typeof MemberFlagsSchema>;

/** Flags the platform reports whose meaning is unconfirmed: shown read-only, round-tripped. */
export const READ_ONLY_MEMBER_FLAGS = [
  'cloudIntegrationManagement',
  'treManagement',
  'archivalManagement',
  'dataDeletion',
  'dataSearch',
  'projectMemberDemotion',
] as const;

export const MembershipSchema = MemberFlagsSchema.extend({
  org: OrgIdSchema,
  user: UserIdSchema,
  level: OrgLevelSchema,
  extra: z.record(z.string(), z.unknown()).default({}),
});
export type Membership = z.infer<typeof MembershipSchema>;

/** Every settings flag of platform-api.md §4.4 that OrgDesk tracks. */
export const ProjectSettingsSchema = z.object({
  protected: z.boolean().default(false),
  restricted: z.boolean().default(false),
  downloadRestricted: z.boolean().default(false),
  previewViewerRestricted: z.boolean().default(false),
  containsPHI: z.boolean().default(false),
  externalUploadRestricted: z.boolean().default(false),
  databaseUIViewOnly: z.boolean().default(false),
  databaseResultsRestricted: z.number().int().nonnegative().nullable().default(null),
});
export type ProjectSettings = z.infer<typeof ProjectSettingsSchema>;
export const DEFAULT_PROJECT_SETTINGS: ProjectSettings = ProjectSettingsSchema.parse({});

/**
 * A change to some settings, as the platform's /project-x/update takes it. Optional with NO
 * defaults (see OrgPoliciesPatchSchema): a patch must never carry values nobody chose.
 */
export const ProjectSettingsPatchSchema = z.strictObject({
  protected: z.boolean().optional(),
  restricted: z.boolean().optional(),
  downloadRestricted: z.boolean().optional(),
  previewViewerRestricted: z.boolean().optional(),
  containsPHI: z.boolean().optional(),
  externalUploadRestricted: z.boolean().optional(),
  databaseUIViewOnly: z.boolean().optional(),
  databaseResultsRestricted: z.number().int().nonnegative().nullable().optional(),
});
export type ProjectSettingsPatch = z.infer<typeof ProjectSettingsPatchSchema>;

/** Direct grants: principal (user, org or PUBLIC) -> level. */
export const PermissionsSchema = z.record(PrincipalIdSchema, GrantLevelSchema);
export type Permissions = z.infer<typeof PermissionsSchema>;

export const ProjectSchema = z.object({
  id: ProjectIdSchema,
  name: z.string().min(1),
  billTo: z.string().min(1),
  permissions: PermissionsSchema.default({}),
  settings: ProjectSettingsSchema.default(DEFAULT_PROJECT_SETTINGS),
  version: z.number().int().nonnegative().default(0),
});
export type Project = z.infer<typeof ProjectSchema>;

export const AppSchema = z.object({
  id: AppIdSchema,
  name: z.string().min(1),
  published: z.boolean().default(true),
  billTo: z.string().min(1),
  developers: z.array(PrincipalIdSchema).default([]),
  authorizedUsers: z.array(PrincipalIdSchema).default([]),
});
export type App = z.infer<typeof AppSchema>;
