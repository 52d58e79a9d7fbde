// Who may run an app, and why (scenarios.md "Apps"): PUBLIC, a direct authorization, being a
// developer, or membership of an authorized org with appAccess. "If the org cannot use the
// app, the member cannot either": an org route never outlives the org's authorization.
import type { App, Membership } from './entities';
import { PUBLIC, isOrgId } from './ids';

export type AppRouteKind = 'public' | 'authorized' | 'developer' | 'org';

export interface AppRoute {
  kind: AppRouteKind;
  org?: string;
  /** Org routes that exist but give nothing because the member's appAccess is false. */
  blockedByAppAccess?: boolean;
  /** Non-developer routes on an unpublished app give nothing. */
  blockedUnpublished?: boolean;
  grants: boolean;
}

export interface AppAccess {
  allowed: boolean;
  routes: AppRoute[];
}

export type AppFacts = Pick<App, 'id' | 'published' | 'developers' | 'authorizedUsers'>;
export type AppMembershipFacts = Pick<Membership, 'org' | 'appAccess'>;

export function explainAppAccess(user: string, app: AppFacts, memberships: readonly AppMembershipFacts[]): AppAccess {
  const routes: AppRoute[] = [];
  const unpublished = !app.published;
  const viaList = (kind: AppRouteKind, extra: Partial<AppRoute> = {}): AppRoute => ({
    kind,
    ...extra,
    ...(unpublished && kind !== 'developer' ? { blockedUnpublished: true } : {}),
    grants: !(unpublished && kind !== 'developer') && !extra.blockedByAppAccess,
  });

  if (app.developers.includes(user)) routes.push(viaList('developer'));
  if (app.authorizedUsers.includes(user)) routes.push(viaList('authorized'));
  if (app.authorizedUsers.includes(PUBLIC)) routes.push(viaList('public'));
  for (const m of memberships) {
    if (!isOrgId(m.org)) continue;
    if (app.developers.includes(m.org)) routes.push(viaList('developer', { org: m.org, ...(m.appAccess ? {} : { blockedByAppAccess: true }) }));
    if (app.authorizedUsers.includes(m.org)) routes.push(viaList('org', { org: m.org, ...(m.appAccess ? {} : { blockedByAppAccess: true }) }));
  }
  return { allowed: routes.some((r) => r.grants), routes };
}

export function canRunApp(user: string, app: AppFacts, memberships: readonly AppMembershipFacts[]): boolean {
  return explainAppAccess(user, app, memberships).allowed;
}

/** Developers (direct, or through a developer org they belong to) manage authorizedUsers. */
export function isAppDeveloper(user: string, app: Pick<App, 'developers'>, memberships: readonly Pick<Membership, 'org'>[]): boolean {
  return app.developers.includes(user) || memberships.some((m) => app.developers.includes(m.org));
}
