// Reply schemas of the routes OrgDesk uses (platform-api.md §3, §4, §6). Deliberately lenient:
// objects keep unknown fields (new member flags must survive a pull), and only the fields the
// sync engine relies on are typed. IDs stay plain strings: the platform is the authority.
import { z } from 'zod';
import { GrantLevelSchema, LevelSchema, OrgLevelSchema, ProjectSettingsPatchSchema } from '../../../shared/domain/index';

const Id = z.string().min(1);

export const WhoamiSchema = z.looseObject({ id: Id });
export type Whoami = z.infer<typeof WhoamiSchema>;

/** Replies of mutations: `{id}` mostly; kept optional where the platform may say nothing. */
export const IdReplySchema = z.looseObject({ id: Id.optional() });
export type IdReply = z.infer<typeof IdReplySchema>;
export const CreatedSchema = z.looseObject({ id: Id });
export type Created = z.infer<typeof CreatedSchema>;
export const InviteReplySchema = z.looseObject({ id: Id.optional(), state: z.string().optional() });
export type InviteReply = z.infer<typeof InviteReplySchema>;

export const OrgPoliciesReplySchema = z.looseObject({
  memberListVisibility: z.enum(['ADMIN', 'MEMBER', 'PUBLIC']).optional(),
  restrictProjectTransfer: z.enum(['ADMIN', 'MEMBER']).optional(),
});

export const OrgDescribeSchema = z.looseObject({
  id: Id,
  name: z.string().optional(),
  handle: z.string().optional(),
  policies: OrgPoliciesReplySchema.optional(),
  /** The caller's own membership, when the caller is a member. */
  level: OrgLevelSchema.optional(),
  allowBillableActivities: z.boolean().optional(),
  appAccess: z.boolean().optional(),
  projectAccess: LevelSchema.optional(),
  phiFeaturesEnabled: z.boolean().optional(),
});
export type OrgDescribe = z.infer<typeof OrgDescribeSchema>;

export const FoundOrgSchema = z.looseObject({
  id: Id,
  level: OrgLevelSchema.optional(),
  describe: OrgDescribeSchema.optional(),
});
export type FoundOrg = z.infer<typeof FoundOrgSchema>;

export const UserDescribeSchema = z.looseObject({
  id: Id,
  email: z.string().optional(),
  first: z.string().optional(),
  last: z.string().optional(),
});
export type UserDescribe = z.infer<typeof UserDescribeSchema>;

/** platform-api.md §3.2; the six newer flags and anything later pass through untouched. */
export const OrgMemberSchema = z.looseObject({
  id: Id,
  level: OrgLevelSchema,
  allowBillableActivities: z.boolean().optional(),
  appAccess: z.boolean().optional(),
  projectAccess: LevelSchema.optional(),
  describe: UserDescribeSchema.optional(),
});
export type OrgMember = z.infer<typeof OrgMemberSchema>;

export const RemoveMemberReplySchema = z.looseObject({
  id: Id.optional(),
  projects: z.record(z.string(), z.unknown()).optional(),
  apps: z.record(z.string(), z.unknown()).optional(),
});
export type RemoveMemberReply = z.infer<typeof RemoveMemberReplySchema>;

export const ProjectDescribeSchema = z.looseObject({
  id: Id,
  name: z.string().optional(),
  billTo: z.string().optional(),
  /** The caller's effective level. */
  level: LevelSchema.optional(),
  permissions: z.record(z.string(), GrantLevelSchema).optional(),
  version: z.number().int().optional(),
  properties: z.record(z.string(), z.string()).optional(),
  ...ProjectSettingsPatchSchema.shape,
});
export type ProjectDescribe = z.infer<typeof ProjectDescribeSchema>;

export const FoundProjectSchema = z.looseObject({
  id: Id,
  level: LevelSchema.optional(),
  public: z.boolean().optional(),
  /** Partial: `describe: {fields}` asks for a subset, possibly without the id. */
  describe: ProjectDescribeSchema.partial().optional(),
});
export type FoundProject = z.infer<typeof FoundProjectSchema>;

export const AppDescribeSchema = z.looseObject({
  id: Id,
  name: z.string().optional(),
  version: z.string().optional(),
  published: z.boolean().optional(),
  billTo: z.string().optional(),
  developers: z.array(z.string()).optional(),
  authorizedUsers: z.array(z.string()).optional(),
});
export type AppDescribe = z.infer<typeof AppDescribeSchema>;

export const FoundAppSchema = z.looseObject({
  id: Id,
  describe: AppDescribeSchema.optional(),
});
export type FoundApp = z.infer<typeof FoundAppSchema>;

export const AuthorizedUsersSchema = z.looseObject({ authorizedUsers: z.array(z.string()) });
export type AuthorizedUsers = z.infer<typeof AuthorizedUsersSchema>;
