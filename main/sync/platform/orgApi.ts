// Typed helpers for the org routes of platform-api.md §3 plus whoami and user describe.
// Owns request shapes only: which member to invite or update is the sync engine's decision.
// removeMember's revoke flags are required because the API's defaults are unconfirmed.
import { randomUUID } from 'node:crypto';
import type { Level, OrgLevel } from '../../../shared/domain/index';
import type { PlatformCore } from './core';
import {
  CreatedSchema,
  FoundAppSchema,
  FoundOrgSchema,
  FoundProjectSchema,
  IdReplySchema,
  InviteReplySchema,
  OrgDescribeSchema,
  OrgMemberSchema,
  RemoveMemberReplySchema,
  UserDescribeSchema,
  WhoamiSchema,
  type Created,
  type FoundApp,
  type FoundOrg,
  type FoundProject,
  type IdReply,
  type InviteReply,
  type OrgDescribe,
  type OrgMember,
  type RemoveMemberReply,
  type UserDescribe,
  type Whoami,
} from './schemas';

type Describe = boolean | Record<string, unknown>;

export interface FindOrgsInput {
  /** The caller's minimum level in the org; MEMBER (every org of the caller) when omitted. */
  level?: OrgLevel;
  allowBillableActivities?: boolean;
  describe?: Describe;
}
export interface FindMembersInput {
  level?: OrgLevel;
  id?: string[];
  describe?: Describe;
}
export interface MemberAccess {
  level: OrgLevel;
  allowBillableActivities?: boolean;
  appAccess?: boolean;
  projectAccess?: Level;
}
export interface OrgInviteInput extends MemberAccess {
  invitee: string;
  suppressEmailNotification?: boolean;
}
export interface RemoveMemberInput {
  user: string;
  revokeProjectPermissions: boolean;
  revokeAppPermissions: boolean;
}
export interface OrgPoliciesInput {
  memberListVisibility?: 'ADMIN' | 'MEMBER' | 'PUBLIC';
  restrictProjectTransfer?: 'ADMIN' | 'MEMBER';
  jobReuse?: boolean;
  detailedJobMetricsCollectDefault?: boolean;
}
export interface UpdateOrgInput {
  name?: string;
  policies?: OrgPoliciesInput;
}
export interface NewOrgInput {
  handle: string;
  name?: string;
  policies?: OrgPoliciesInput;
  /** Makes the create repeatable: the platform replays the first reply. Generated when omitted. */
  nonce?: string;
}
export interface FindOrgProjectsInput {
  id?: string[];
  name?: string | { glob: string } | { regexp: string };
  properties?: Record<string, string | boolean>;
  describe?: Describe;
  [filter: string]: unknown;
}
export interface FindOrgAppsInput {
  name?: string;
  published?: boolean;
  describe?: Describe;
  [filter: string]: unknown;
}

export interface OrgApi {
  whoami(): Promise<Whoami>;
  describeUser(userId: string, input?: Record<string, unknown>): Promise<UserDescribe>;
  findOrgs(input?: FindOrgsInput): Promise<FoundOrg[]>;
  describeOrg(orgId: string, input?: Record<string, unknown>): Promise<OrgDescribe>;
  updateOrg(orgId: string, input: UpdateOrgInput): Promise<IdReply>;
  newOrg(input: NewOrgInput): Promise<Created>;
  findMembers(orgId: string, input?: FindMembersInput): Promise<OrgMember[]>;
  invite(orgId: string, input: OrgInviteInput): Promise<InviteReply>;
  setMemberAccess(orgId: string, access: Record<string, MemberAccess>): Promise<IdReply>;
  removeMember(orgId: string, input: RemoveMemberInput): Promise<RemoveMemberReply>;
  findOrgProjects(orgId: string, input?: FindOrgProjectsInput): Promise<FoundProject[]>;
  findOrgApps(orgId: string, input?: FindOrgAppsInput): Promise<FoundApp[]>;
}

export function createOrgApi(core: PlatformCore): OrgApi {
  return {
    whoami: async () => core.callParsed(WhoamiSchema, '/system/whoami', {}),
    describeUser: async (userId, input = {}) => core.callParsed(UserDescribeSchema, core.route(userId, 'describe'), input),
    findOrgs: async (input = {}) =>
      core.collectParsed(FoundOrgSchema, '/system/findOrgs', { level: 'MEMBER', describe: true, ...input }),
    describeOrg: async (orgId, input = {}) => core.callParsed(OrgDescribeSchema, core.route(orgId, 'describe'), input),
    updateOrg: async (orgId, input) => core.callParsed(IdReplySchema, core.route(orgId, 'update'), input),
    newOrg: async (input) => core.callParsed(CreatedSchema, '/org/new', { ...input, nonce: input.nonce ?? randomUUID() }),
    findMembers: async (orgId, input = {}) => core.collectParsed(OrgMemberSchema, core.route(orgId, 'findMembers'), input),
    invite: async (orgId, input) => core.callParsed(InviteReplySchema, core.route(orgId, 'invite'), input),
    setMemberAccess: async (orgId, access) => core.callParsed(IdReplySchema, core.route(orgId, 'setMemberAccess'), access),
    removeMember: async (orgId, input) => core.callParsed(RemoveMemberReplySchema, core.route(orgId, 'removeMember'), input),
    findOrgProjects: async (orgId, input = {}) =>
      core.collectParsed(FoundProjectSchema, core.route(orgId, 'findProjects'), input),
    findOrgApps: async (orgId, input = {}) => core.collectParsed(FoundAppSchema, core.route(orgId, 'findApps'), input),
  };
}
