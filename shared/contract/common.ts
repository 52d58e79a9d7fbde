// View schemas shared by several contract areas: decisions, routes, level changes.
import { z } from 'zod';
import { LevelSchema, OrgLevelSchema } from '../domain/levels';

export const DecisionSchema = z.object({ allowed: z.boolean(), reason: z.string().optional() });

export const AccessRouteSchema = z.object({
  kind: z.enum(['direct', 'org', 'public']),
  level: LevelSchema,
  winning: z.boolean(),
  org: z.string().optional(),
  orgLevel: OrgLevelSchema.optional(),
  granted: LevelSchema.optional(),
  cap: LevelSchema.optional(),
  capped: z.boolean().optional(),
});

export const AppRouteSchema = z.object({
  kind: z.enum(['public', 'authorized', 'developer', 'org']),
  org: z.string().optional(),
  blockedByAppAccess: z.boolean().optional(),
  blockedUnpublished: z.boolean().optional(),
  grants: z.boolean(),
});

export const ProjectLevelChangeSchema = z.object({
  project: z.string(),
  name: z.string(),
  from: LevelSchema,
  to: LevelSchema,
});

export const AppChangeSchema = z.object({ app: z.string(), name: z.string(), from: z.boolean(), to: z.boolean() });

export const UserRefSchema = z.string().trim().min(1, 'a user is required (user-…, a handle or an email)');
export const OrgRefSchema = z.string().trim().min(1, 'an org is required (org-…)');
export const ProjectRefSchema = z.string().trim().min(1, 'a project is required (project-… or its exact name)');
export const AppRefSchema = z.string().trim().min(1, 'an app is required (app-… or its name)');

export const Empty = z.strictObject({});
