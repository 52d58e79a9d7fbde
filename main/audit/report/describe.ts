// Words for the report: the short "via" of a winning route, an app route list, the policy
// overrides and other restrictions of a project. Pure; the rules themselves stay in
// shared/domain (explainAccess, describeRoute, POLICY_OVERRIDES).
import type { AccessRoute, AppRoute, ProjectSettings } from '../../../shared/domain/index';
import { POLICY_OVERRIDES, overrideChoice } from '../../../shared/domain/index';

/** direct | public | admin of org-x | via org-x (cap L) | via org-x, capped by projectAccess L. */
export function shortVia(route: AccessRoute | undefined): string {
  if (!route) return '';
  if (route.kind === 'direct') return 'direct';
  if (route.kind === 'public') return 'public';
  const org = route.org ?? '?';
  if (route.orgLevel === 'ADMIN') return `admin of ${org}`;
  return route.capped ? `via ${org}, capped by projectAccess ${route.cap ?? 'NONE'}` : `via ${org} (cap ${route.cap ?? 'NONE'})`;
}

export function describeAppRoute(r: AppRoute): string {
  const base =
    r.kind === 'public'
      ? 'public app'
      : r.kind === 'authorized'
        ? 'authorized directly'
        : r.kind === 'developer'
          ? r.org
            ? `developer via ${r.org}`
            : 'developer'
          : `via ${r.org ?? '?'}`;
  if (r.blockedByAppAccess) return `${base} (blocked: appAccess is off)`;
  if (r.blockedUnpublished) return `${base} (blocked: app not published)`;
  return base;
}

export function describeAppRoutes(routes: readonly AppRoute[]): string {
  return routes.map(describeAppRoute).join('; ');
}

export interface OverrideView {
  key: string;
  label: string;
  value: string;
  isDefault: boolean;
}

export function overridesOf(settings: ProjectSettings): OverrideView[] {
  return POLICY_OVERRIDES.map((o) => ({ key: o.key, label: o.label, value: overrideChoice(o.key, settings[o.key]), isDefault: !settings[o.key] }));
}

/** Restrictions beyond the three overrides, only those in force. */
export function restrictionsOf(s: ProjectSettings): string[] {
  const out: string[] = [];
  if (s.containsPHI) out.push('Contains PHI');
  if (s.previewViewerRestricted) out.push('Preview viewer restricted');
  if (s.externalUploadRestricted) out.push('External upload restricted');
  if (s.databaseUIViewOnly) out.push('Database UI view only');
  if (s.databaseResultsRestricted !== null) out.push(`Database results restricted to ${s.databaseResultsRestricted}`);
  return out;
}
