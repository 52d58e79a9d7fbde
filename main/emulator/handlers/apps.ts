// App routes (platform-api.md §6): describe for anyone who can see the app; the authorized-user
// list is read and changed by developers only (directly or through a developer org). Adding an
// entry twice or removing an absent one is a no-op, so retries of these safe routes succeed.
import { z } from 'zod';
import { PUBLIC, isOrgId, isUserId } from '../../../shared/domain/index';
import { isDeveloper, visibleApp } from '../access';
import type { CallContext } from '../context';
import { describeApp } from '../describe';
import { invalidInput, permissionDenied } from '../errors';
import { parseInput } from '../input';
import type { AppDescribe, AuthorizedUsersReply, IdReply } from '../replies';
import type { EmuApp } from '../state';

export function appDescribe(ctx: CallContext, ref: string): AppDescribe {
  return describeApp(visibleApp(ctx.store, ref, ctx.caller));
}

function developerApp(ctx: CallContext, ref: string, doing: string): EmuApp {
  const app = visibleApp(ctx.store, ref, ctx.caller);
  if (!isDeveloper(ctx.store, app, ctx.caller)) throw permissionDenied(`Only developers of ${app.name} may ${doing}`);
  return app;
}

export function listAuthorizedUsers(ctx: CallContext, ref: string): AuthorizedUsersReply {
  return { authorizedUsers: [...developerApp(ctx, ref, 'list its authorized users').authorizedUsers] };
}

const AuthorizedUsersInput = z.object({ authorizedUsers: z.array(z.string()) });

/** Removal takes any string (removing what is absent is a no-op); additions must name someone. */
function checkNewPrincipals(ctx: CallContext, principals: readonly string[]): void {
  for (const p of principals) {
    // App-wide public access is granted by DNAnexus support, not through the API (§6).
    if (p === PUBLIC) throw permissionDenied('Making an app PUBLIC goes through DNAnexus support');
    const known = (isUserId(p) && ctx.store.users.has(p)) || (isOrgId(p) && ctx.store.orgs.has(p));
    if (!known) throw invalidInput(`${p} is not an existing user or org`, { field: 'authorizedUsers' });
  }
}

export function addAuthorizedUsers(ctx: CallContext, ref: string, body: unknown): IdReply {
  const app = developerApp(ctx, ref, 'change who may run it');
  const input = parseInput(AuthorizedUsersInput, body);
  checkNewPrincipals(ctx, input.authorizedUsers);
  for (const p of input.authorizedUsers) if (!app.authorizedUsers.includes(p)) app.authorizedUsers.push(p);
  return { id: app.id };
}

export function removeAuthorizedUsers(ctx: CallContext, ref: string, body: unknown): IdReply {
  const app = developerApp(ctx, ref, 'change who may run it');
  const input = parseInput(AuthorizedUsersInput, body);
  app.authorizedUsers = app.authorizedUsers.filter((p) => !input.authorizedUsers.includes(p));
  return { id: app.id };
}
