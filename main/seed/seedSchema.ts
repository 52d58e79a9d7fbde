// The emulator seed format of interfaces.md (users, tokens, orgs with members, projects with
// flat setting flags, apps). Shared by the demo workspace and the sandbox platform so both
// start from the very same state. Schema only: loading lives in loadSeed.ts.
import { z } from 'zod';
import {
  AppIdSchema,
  LevelSchema,
  OrgIdSchema,
  OrgLevelSchema,
  OrgPoliciesSchema,
  PermissionsSchema,
  ProjectIdSchema,
  UserIdSchema,
} from '../../shared/domain/index';

export const SeedUserSchema = z.object({
  id: UserIdSchema,
  email: z.string().default(''),
  first: z.string().default(''),
  last: z.string().default(''),
});

/** Flags left out take the level's defaults; unknown platform flags are kept. */
export const SeedMemberSchema = z
  .object({
    id: UserIdSchema,
    level: OrgLevelSchema.default('MEMBER'),
    allowBillableActivities: z.boolean().optional(),
    appAccess: z.boolean().optional(),
    projectAccess: LevelSchema.optional(),
  })
  .catchall(z.unknown());

export const SeedOrgSchema = z.object({
  id: OrgIdSchema,
  name: z.string().min(1),
  phiFeaturesEnabled: z.boolean().default(false),
  policies: OrgPoliciesSchema.partial().default({}),
  members: z.array(SeedMemberSchema).default([]),
});

export const SeedProjectSchema = z.object({
  id: ProjectIdSchema,
  name: z.string().min(1),
  billTo: z.string().min(1),
  permissions: PermissionsSchema.default({}),
  version: z.number().int().nonnegative().default(0),
  protected: z.boolean().default(false),
  restricted: z.boolean().default(false),
  downloadRestricted: z.boolean().default(false),
  previewViewerRestricted: z.boolean().optional(),
  containsPHI: z.boolean().default(false),
  externalUploadRestricted: z.boolean().default(false),
  databaseUIViewOnly: z.boolean().default(false),
  databaseResultsRestricted: z.number().int().nonnegative().nullable().default(null),
});

export const SeedAppSchema = z.object({
  id: AppIdSchema,
  name: z.string().min(1),
  published: z.boolean().default(true),
  billTo: z.string().min(1),
  developers: z.array(z.string()).default([]),
  authorizedUsers: z.array(z.string()).default([]),
});

export const SeedSchema = z
  .object({
    users: z.array(SeedUserSchema).default([]),
    tokens: z.record(z.string(), UserIdSchema).default({}),
    orgs: z.array(SeedOrgSchema).default([]),
    projects: z.array(SeedProjectSchema).default([]),
    apps: z.array(SeedAppSchema).default([]),
  })
  .superRefine((seed, ctx) => {
    const users = new Set(seed.users.map((u) => u.id));
    seed.orgs.forEach((org, o) =>
      org.members.forEach((m, i) => {
        if (!users.has(m.id)) ctx.addIssue({ code: 'custom', path: ['orgs', o, 'members', i, 'id'], message: `${m.id} is not in users` });
      }),
    );
    for (const [token, user] of Object.entries(seed.tokens)) {
      if (!users.has(user)) ctx.addIssue({ code: 'custom', path: ['tokens', token], message: `${user} is not in users` });
    }
  });
export type Seed = z.infer<typeof SeedSchema>;
export type SeedInput = z.input<typeof SeedSchema>;
