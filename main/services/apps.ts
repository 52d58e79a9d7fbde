// Apps: the list, who may run one and why, and changing authorizedUsers (developers only).
// Edits go through commitEdit: domain rows + outbox entry in one transaction.
import type { MethodOutput, ParsedInput } from '../../shared/contract/index';
import { PUBLIC, explainAppAccess, mayManageAppAuthorization } from '../../shared/domain/index';
import { AppError } from '../../shared/rpc/index';
import type { AppRecord } from '../db/repos/index';
import type { ServiceContext } from './context';
import { actingUser, atomically, check, commitEdit, requireActor } from './context';
import { resolveApp, resolvePrincipal, resolveUser } from './refs';
import { loadPending } from './targets';
import { writeAppAuthorization } from './sharingEdits';
import { appSummary } from './views';

export function createAppsService(ctx: ServiceContext) {
  const { repos } = ctx;

  const summaryOf = (app: AppRecord) => {
    const actor = actingUser(ctx);
    return appSummary(app, actor, actor ? repos.memberships.byUser(actor) : [], loadPending(repos));
  };

  const managed = (appRef: string, principalRef: string) => {
    const actor = requireActor(ctx);
    const app = resolveApp(repos, appRef);
    const principal = resolvePrincipal(repos, principalRef);
    check(mayManageAppAuthorization(actor, app, repos.memberships.byUser(actor)));
    return { actor, app, principal };
  };

  return {
    list(): MethodOutput<'apps.list'> {
      const actor = actingUser(ctx);
      const memberships = actor ? repos.memberships.byUser(actor) : [];
      const pending = loadPending(repos);
      return { apps: repos.apps.all().map((a) => appSummary(a, actor, memberships, pending)) };
    },

    authorize(input: ParsedInput<'apps.authorize'>): MethodOutput<'apps.authorize'> {
      return atomically(ctx, () => {
        const { actor, app, principal } = managed(input.app, input.principal);
        if (principal.id === PUBLIC) {
          throw new AppError('InvalidInput', 'principal: app-wide PUBLIC access is granted by DNAnexus support, not by developers', { field: 'principal' });
        }
        if (app.authorizedUsers.includes(principal.id)) return summaryOf(app);
        commitEdit(ctx, actor, ['apps'], () => ({
          result: undefined,
          queue: [writeAppAuthorization(repos, { app: app.id, appName: app.name, principal: principal.id, authorize: true })],
        }));
        return summaryOf({ ...app, authorizedUsers: [...app.authorizedUsers, principal.id].sort() });
      });
    },

    deauthorize(input: ParsedInput<'apps.deauthorize'>): MethodOutput<'apps.deauthorize'> {
      return atomically(ctx, () => {
        const { actor, app, principal } = managed(input.app, input.principal);
        if (!app.authorizedUsers.includes(principal.id)) {
          throw new AppError('NotFound', `principal: ${principal.id} is not among the authorized users of ${app.name}`, { field: 'principal' });
        }
        commitEdit(ctx, actor, ['apps'], () => ({
          result: undefined,
          queue: [writeAppAuthorization(repos, { app: app.id, appName: app.name, principal: principal.id, authorize: false })],
        }));
        return summaryOf({ ...app, authorizedUsers: app.authorizedUsers.filter((p) => p !== principal.id) });
      });
    },

    explain(input: ParsedInput<'apps.explain'>): MethodOutput<'apps.explain'> {
      const app = resolveApp(repos, input.app);
      const user = resolveUser(repos, input.user);
      const access = explainAppAccess(user.id, app, repos.memberships.byUser(user.id));
      return { app: app.id, user: user.id, ...access };
    },
  };
}
export type AppsService = ReturnType<typeof createAppsService>;
