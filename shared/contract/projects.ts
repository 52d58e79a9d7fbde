// Contract: projects (sharing, policy overrides), apps (authorized users) and the previews
// that show who gains or loses before a sharing change is confirmed.
import { z } from 'zod';
import { GrantLevelSchema, LevelSchema } from '../domain/levels';
import { ProjectSettingsPatchSchema, ProjectSettingsSchema } from '../domain/entities';
import { AppRefSchema, AppRouteSchema, DecisionSchema, Empty, ProjectRefSchema } from './common';

export const CapabilitiesSchema = z.object({
  view: z.boolean(),
  copy: z.boolean(),
  download: z.boolean(),
  upload: z.boolean(),
  modify: z.boolean(),
  runApps: z.boolean(),
  delete: z.boolean(),
  administer: z.boolean(),
});

export const ProjectSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  billTo: z.string(),
  myLevel: LevelSchema,
  settings: ProjectSettingsSchema,
  grantCount: z.number().int(),
  isPublic: z.boolean(),
  pending: z.boolean(),
});
export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;

export const GrantViewSchema = z.object({
  principal: z.string(),
  kind: z.enum(['user', 'org', 'public']),
  name: z.string(),
  level: GrantLevelSchema,
  pending: z.boolean(),
});
export type GrantView = z.infer<typeof GrantViewSchema>;

export const ProjectDetailSchema = ProjectSummarySchema.extend({
  version: z.number().int(),
  grants: z.array(GrantViewSchema),
  myCapabilities: CapabilitiesSchema,
  canAdminister: DecisionSchema,
  /** null when billTo is not an org in the workspace (PHI then cannot be switched on). */
  billToPhiEnabled: z.boolean().nullable(),
  pendingSettings: z.array(z.string()),
});
export type ProjectDetail = z.infer<typeof ProjectDetailSchema>;

export const AccessChangeSchema = z.object({ user: z.string(), name: z.string(), from: LevelSchema, to: LevelSchema });

export const AppSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  published: z.boolean(),
  billTo: z.string(),
  developers: z.array(z.string()),
  authorizedUsers: z.array(z.string()),
  canManage: DecisionSchema,
  pending: z.boolean(),
});
export type AppSummary = z.infer<typeof AppSummarySchema>;

export const PrincipalRefSchema = z.string().trim().min(1, 'a principal is required (user-…, org-… or PUBLIC)');

export const projectMethods = {
  'projects.list': {
    input: z.strictObject({ query: z.string().optional() }),
    output: z.object({ projects: z.array(ProjectSummarySchema) }),
  },
  'projects.get': { input: z.strictObject({ project: ProjectRefSchema }), output: ProjectDetailSchema },
  'projects.create': {
    input: z.strictObject({ name: z.string().trim().min(1, 'a name is required'), billTo: z.string().trim().min(1).optional() }),
    output: ProjectDetailSchema,
  },
  'projects.share': {
    input: z.strictObject({ project: ProjectRefSchema, principal: PrincipalRefSchema, level: GrantLevelSchema }),
    output: ProjectDetailSchema,
  },
  'projects.unshare': {
    input: z.strictObject({ project: ProjectRefSchema, principal: PrincipalRefSchema }),
    output: ProjectDetailSchema,
  },
  /** Who gains or loses if `principal`'s grant becomes `level` (null = revoked). */
  'projects.previewShare': {
    input: z.strictObject({ project: ProjectRefSchema, principal: PrincipalRefSchema, level: GrantLevelSchema.nullable() }),
    output: z.object({ project: z.string(), changes: z.array(AccessChangeSchema) }),
  },
  'projects.updateSettings': {
    input: z.strictObject({
      project: ProjectRefSchema,
      settings: ProjectSettingsPatchSchema.refine((s) => Object.keys(s).length > 0, 'at least one setting is required'),
      /** containsPHI is one-way: switching it on must be confirmed explicitly. */
      confirmContainsPHI: z.boolean().optional(),
    }),
    output: ProjectDetailSchema,
  },
  'apps.list': { input: Empty, output: z.object({ apps: z.array(AppSummarySchema) }) },
  'apps.authorize': { input: z.strictObject({ app: AppRefSchema, principal: PrincipalRefSchema }), output: AppSummarySchema },
  'apps.deauthorize': { input: z.strictObject({ app: AppRefSchema, principal: PrincipalRefSchema }), output: AppSummarySchema },
  'apps.explain': {
    input: z.strictObject({ app: AppRefSchema, user: z.string().trim().min(1) }),
    output: z.object({ app: z.string(), user: z.string(), allowed: z.boolean(), routes: z.array(AppRouteSchema) }),
  },
} as const;
