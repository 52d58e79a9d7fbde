// Typed helpers for the project routes of platform-api.md §4. Owns one quirk fix:
// /system/findProjects defaults to level CONTRIBUTE and silently drops VIEW/UPLOAD projects,
// so findProjects always sends level VIEW unless the caller names a level.
import type { GrantLevel, Level } from '../../../shared/domain/index';
import type { PlatformCore } from './core';
import {
  CreatedSchema,
  FoundProjectSchema,
  IdReplySchema,
  InviteReplySchema,
  ProjectDescribeSchema,
  type Created,
  type FoundProject,
  type IdReply,
  type InviteReply,
  type ProjectDescribe,
} from './schemas';
import type { ProjectSettingsPatch } from '../../../shared/domain/index';

/** containsPHI is one-way on the platform: only `true` is accepted in practice. */
export type ProjectSettingsInput = ProjectSettingsPatch;
export interface FindProjectsInput {
  /** Minimum level of the caller; VIEW when omitted (see the header). */
  level?: Level;
  describe?: boolean | Record<string, unknown>;
  name?: string | { glob: string } | { regexp: string };
  billTo?: string | string[];
  properties?: Record<string, string | boolean>;
  explicitPermission?: boolean;
  [filter: string]: unknown;
}
export interface NewProjectInput extends ProjectSettingsInput {
  name: string;
  billTo?: string;
  summary?: string;
  description?: string;
  /** OrgDesk tags its creates (orgdeskLocalId) so a resumed push finds them instead of duplicating. */
  properties?: Record<string, string>;
  tags?: string[];
}
export interface ProjectInviteInput {
  invitee: string;
  level: GrantLevel;
  suppressEmailNotification?: boolean;
  suppressAllNotifications?: boolean;
}
export interface UpdateProjectInput extends ProjectSettingsInput {
  /** Optimistic lock: applied only if the project's version still matches. */
  version?: number;
  name?: string;
  summary?: string;
  description?: string;
  billTo?: string;
}

export interface ProjectApi {
  findProjects(input?: FindProjectsInput): Promise<FoundProject[]>;
  describeProject(projectId: string, input?: Record<string, unknown>): Promise<ProjectDescribe>;
  newProject(input: NewProjectInput): Promise<Created>;
  projectInvite(projectId: string, input: ProjectInviteInput): Promise<InviteReply>;
  /** principal -> lower level, or null to revoke everything. */
  decreasePermissions(projectId: string, changes: Record<string, GrantLevel | null>): Promise<IdReply>;
  updateProject(projectId: string, input: UpdateProjectInput): Promise<IdReply>;
}

export function createProjectApi(core: PlatformCore): ProjectApi {
  return {
    findProjects: async (input = {}) =>
      core.collectParsed(FoundProjectSchema, '/system/findProjects', { ...input, level: input.level ?? 'VIEW' }),
    describeProject: async (projectId, input = {}) =>
      core.callParsed(ProjectDescribeSchema, core.route(projectId, 'describe'), input),
    newProject: async (input) => core.callParsed(CreatedSchema, '/project/new', input),
    projectInvite: async (projectId, input) => core.callParsed(InviteReplySchema, core.route(projectId, 'invite'), input),
    decreasePermissions: async (projectId, changes) =>
      core.callParsed(IdReplySchema, core.route(projectId, 'decreasePermissions'), changes),
    updateProject: async (projectId, input) => core.callParsed(IdReplySchema, core.route(projectId, 'update'), input),
  };
}
