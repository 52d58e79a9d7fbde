// `act(userId)`: the platform's operations performed as one user directly against the state,
// through the same handlers and rules as HTTP calls but with no faults and no call counting.
// Tests use it for "someone else changed this on the platform". Throws EmulatorError.
import { visibleProject } from './access';
import type { CallContext } from './context';
import { describeProject } from './describe';
import { addAuthorizedUsers, appDescribe, listAuthorizedUsers, removeAuthorizedUsers } from './handlers/apps';
import { systemFindProjects } from './handlers/findProjects';
import { findMembers, invite, removeMember, setMemberAccess } from './handlers/orgMembers';
import { orgDescribe, orgFindApps, orgFindProjects, orgNew, orgUpdate } from './handlers/orgs';
import { projectNew } from './handlers/projects';
import { decreasePermissions, projectInvite } from './handlers/projectSharing';
import { projectUpdate } from './handlers/projectUpdate';
import { findOrgs, whoami } from './handlers/system';
import { userDescribe } from './handlers/users';
import type {
  AppDescribe,
  AuthorizedUsersReply,
  FindAppsResult,
  FindOrgsResult,
  FindProjectsResult,
  IdReply,
  InviteReply,
  MemberRecord,
  OrgDescribe,
  Page,
  ProjectDescribe,
  RemoveMemberReply,
  UserDescribe,
} from './replies';
import { resolveRoute } from './routes';

/** Inputs are validated by the route handlers, exactly as the HTTP bodies are. */
export type Body = Record<string, unknown>;

export interface MemberAccessChange {
  level?: 'ADMIN' | 'MEMBER';
  allowBillableActivities?: boolean;
  appAccess?: boolean;
  projectAccess?: string;
}

export interface PlatformActor {
  readonly user: string;
  /** Any route by path, e.g. call('/org-lab/describe'); returns the reply body. */
  call(route: string, body?: Body): unknown;
  whoami(): IdReply;
  findOrgs(input?: Body): Page<FindOrgsResult>;
  describeOrg(org: string): OrgDescribe;
  updateOrg(org: string, input: Body): IdReply;
  newOrg(input: Body): IdReply;
  findMembers(org: string, input?: Body): Page<MemberRecord>;
  invite(org: string, input: Body): InviteReply;
  setMemberAccess(org: string, changes: Record<string, MemberAccessChange>): IdReply;
  removeMember(org: string, input: Body): RemoveMemberReply;
  findOrgProjects(org: string, input?: Body): Page<FindProjectsResult>;
  findOrgApps(org: string, input?: Body): Page<FindAppsResult>;
  findProjects(input?: Body): Page<FindProjectsResult>;
  describeProject(project: string): ProjectDescribe;
  newProject(input: Body): IdReply;
  projectInvite(project: string, input: Body): InviteReply;
  decreasePermissions(project: string, changes: Record<string, string | null>): IdReply;
  updateProject(project: string, input: Body): IdReply;
  describeApp(app: string): AppDescribe;
  listAuthorizedUsers(app: string): AuthorizedUsersReply;
  addAuthorizedUsers(app: string, principals: string[]): IdReply;
  removeAuthorizedUsers(app: string, principals: string[]): IdReply;
  describeUser(user: string): UserDescribe;
}

export function createActor(ctx: CallContext): PlatformActor {
  return {
    user: ctx.caller,
    call: (route, body = {}) => resolveRoute(route).run(ctx, body),
    whoami: () => whoami(ctx),
    findOrgs: (input = {}) => findOrgs(ctx, input),
    describeOrg: (org) => orgDescribe(ctx, org),
    updateOrg: (org, input) => orgUpdate(ctx, org, input),
    newOrg: (input) => orgNew(ctx, input),
    findMembers: (org, input = {}) => findMembers(ctx, org, input),
    invite: (org, input) => invite(ctx, org, input),
    setMemberAccess: (org, changes) => setMemberAccess(ctx, org, changes),
    removeMember: (org, input) => removeMember(ctx, org, input),
    findOrgProjects: (org, input = {}) => orgFindProjects(ctx, org, input),
    findOrgApps: (org, input = {}) => orgFindApps(ctx, org, input),
    findProjects: (input = {}) => systemFindProjects(ctx, input),
    describeProject: (project) => {
      const { project: p, level } = visibleProject(ctx.store, project, ctx.caller);
      return describeProject(p, level);
    },
    newProject: (input) => projectNew(ctx, input),
    projectInvite: (project, input) => projectInvite(ctx, project, input),
    decreasePermissions: (project, changes) => decreasePermissions(ctx, project, changes),
    updateProject: (project, input) => projectUpdate(ctx, project, input),
    describeApp: (app) => appDescribe(ctx, app),
    listAuthorizedUsers: (app) => listAuthorizedUsers(ctx, app),
    addAuthorizedUsers: (app, principals) => addAuthorizedUsers(ctx, app, { authorizedUsers: principals }),
    removeAuthorizedUsers: (app, principals) => removeAuthorizedUsers(ctx, app, { authorizedUsers: principals }),
    describeUser: (user) => userDescribe(ctx, user),
  };
}
