// Words for access routes and app routes, used in tooltips, accessible names and the
// explanation panel. Builds on the domain's describeRoute so the wording is defined once.
import type { AccessRoute, AppRoute } from '../../shared/domain/index';
import { describeRoute } from '../../shared/domain/index';

export function routeKindLabel(kind: AccessRoute['kind']): string {
  return kind === 'direct' ? 'Direct grant' : kind === 'org' ? 'Via org' : 'Public';
}

/** "Via org-lab: UPLOAD via org-lab (org grants UPLOAD, MEMBER, cap CONTRIBUTE), winning". */
export function routeMarkLabel(route: AccessRoute): string {
  const head = route.kind === 'org' ? `Via ${route.org ?? 'an org'}` : routeKindLabel(route.kind);
  return `${head}: ${describeRoute(route)}${route.winning ? ' (winning route)' : ''}`;
}

export function appRouteLabel(route: AppRoute): string {
  const base =
    route.kind === 'developer'
      ? route.org
        ? `developer through ${route.org}`
        : 'developer of the app'
      : route.kind === 'authorized'
        ? 'authorized directly'
        : route.kind === 'public'
          ? 'the app is public'
          : `via ${route.org ?? 'an org'} (authorized org)`;
  if (route.blockedByAppAccess) return `${base}, blocked: appAccess is off in ${route.org ?? 'the org'}`;
  if (route.blockedUnpublished) return `${base}, blocked: the app is not published`;
  return base;
}
