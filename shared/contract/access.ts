// Contract: effective access by user, by project, and the explanation of one pair. Output
// shapes are a superset of the JSON that interfaces.md fixes for the CLI.
import { z } from 'zod';
import { LevelSchema } from '../domain/levels';
import { ProjectSettingsSchema } from '../domain/entities';
import { AccessRouteSchema, AppRouteSchema, ProjectRefSchema, UserRefSchema } from './common';
import { CapabilitiesSchema } from './projects';

export const AccessByUserSchema = z.object({
  user: z.string(),
  name: z.string(),
  projects: z.array(z.object({ project: z.string(), name: z.string(), level: LevelSchema, routes: z.array(AccessRouteSchema) })),
  apps: z.array(z.object({ app: z.string(), name: z.string(), allowed: z.boolean(), routes: z.array(AppRouteSchema) })),
});
export type AccessByUser = z.infer<typeof AccessByUserSchema>;

export const AccessByProjectSchema = z.object({
  project: z.string(),
  name: z.string(),
  users: z.array(z.object({ user: z.string(), name: z.string(), level: LevelSchema, routes: z.array(AccessRouteSchema) })),
});
export type AccessByProject = z.infer<typeof AccessByProjectSchema>;

export const ExplanationSchema = z.object({
  user: z.string(),
  project: z.string(),
  projectName: z.string(),
  level: LevelSchema,
  routes: z.array(AccessRouteSchema),
  settings: ProjectSettingsSchema,
  capabilities: CapabilitiesSchema,
});
export type Explanation = z.infer<typeof ExplanationSchema>;

export const accessMethods = {
  'access.byUser': { input: z.strictObject({ user: UserRefSchema }), output: AccessByUserSchema },
  'access.byProject': { input: z.strictObject({ project: ProjectRefSchema }), output: AccessByProjectSchema },
  'access.explain': { input: z.strictObject({ user: UserRefSchema, project: ProjectRefSchema }), output: ExplanationSchema },
} as const;
