// Typed helpers for the app routes of platform-api.md §6: describe and the authorized-user list.
// Owns request shapes only; whether the caller may change the list (developers only) is for
// shared/domain to explain and the platform to enforce.
import type { PlatformCore } from './core';
import { AppDescribeSchema, AuthorizedUsersSchema, IdReplySchema, type AppDescribe, type AuthorizedUsers, type IdReply } from './schemas';

export interface AppApi {
  describeApp(appId: string, input?: Record<string, unknown>): Promise<AppDescribe>;
  listAuthorizedUsers(appId: string): Promise<AuthorizedUsers>;
  addAuthorizedUsers(appId: string, principals: string[]): Promise<IdReply>;
  removeAuthorizedUsers(appId: string, principals: string[]): Promise<IdReply>;
}

export function createAppApi(core: PlatformCore): AppApi {
  return {
    describeApp: async (appId, input = {}) => core.callParsed(AppDescribeSchema, core.route(appId, 'describe'), input),
    listAuthorizedUsers: async (appId) =>
      core.callParsed(AuthorizedUsersSchema, core.route(appId, 'listAuthorizedUsers'), {}),
    addAuthorizedUsers: async (appId, principals) =>
      core.callParsed(IdReplySchema, core.route(appId, 'addAuthorizedUsers'), { authorizedUsers: principals }),
    removeAuthorizedUsers: async (appId, principals) =>
      core.callParsed(IdReplySchema, core.route(appId, 'removeAuthorizedUsers'), { authorizedUsers: principals }),
  };
}
