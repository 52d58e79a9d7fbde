// The JSON shapes the emulator answers with (platform-api.md §3-§6), as types for tests and
// for `act()`. Types only; describe.ts builds them from state.
import type { GrantLevel, Level, OrgLevel, ProjectSettings } from '../../shared/domain/index';
import type { EmuOrgPolicies } from './state';

export type { Page } from './pagination';

export interface IdReply {
  id: string;
}

export interface InviteReply {
  id: string;
  state: string;
}

export interface UserDescribe {
  id: string;
  class: 'user';
  handle: string;
  first: string;
  last: string;
  email: string;
  billTo: string;
}

/** The member record of findMembers (§3.2), with every flag the platform reports. */
export interface MemberRecord {
  id: string;
  level: OrgLevel;
  allowBillableActivities: boolean;
  appAccess: boolean;
  projectAccess: Level;
  cloudIntegrationManagement: boolean;
  treManagement: boolean;
  archivalManagement: boolean;
  dataDeletion: boolean;
  dataSearch: boolean;
  projectMemberDemotion: boolean;
  describe?: UserDescribe;
  [flag: string]: unknown;
}

export interface OrgDescribe {
  id: string;
  class: 'org';
  handle: string;
  name: string;
  created: number;
  policies: EmuOrgPolicies;
  admins: string[];
  phiFeaturesEnabled: boolean;
  /** The caller's own membership, present only for members. */
  level?: OrgLevel;
  allowBillableActivities?: boolean;
  appAccess?: boolean;
  projectAccess?: Level;
}

export interface FindOrgsResult {
  id: string;
  level: OrgLevel;
  allowBillableActivities: boolean;
  appAccess: boolean;
  projectAccess: Level;
  describe?: OrgDescribe;
}

export interface ProjectDescribe extends ProjectSettings {
  id: string;
  class: 'project';
  name: string;
  summary: string;
  description: string;
  billTo: string;
  /** The caller's effective level. */
  level: Level;
  permissions: Record<string, GrantLevel>;
  version: number;
  properties: Record<string, string>;
  tags: string[];
  created: number;
  modified: number;
  createdBy: { user: string };
  region: string;
  allowedExecutables: null;
}

export interface FindProjectsResult {
  id: string;
  level: Level;
  public: boolean;
  describe?: Partial<ProjectDescribe>;
}

export interface AppDescribe {
  id: string;
  class: 'app';
  name: string;
  version: string;
  published: boolean;
  billTo: string;
  developers: string[];
  authorizedUsers: string[];
  created: number;
}

export interface FindAppsResult {
  id: string;
  describe?: AppDescribe;
}

export interface RemoveMemberReply {
  id: string;
  /** Project -> the direct grant that was revoked. */
  projects: Record<string, GrantLevel>;
  /** App -> which of the user's entries were removed. */
  apps: Record<string, { developer: boolean; authorizedUser: boolean }>;
}

export interface AuthorizedUsersReply {
  authorizedUsers: string[];
}
