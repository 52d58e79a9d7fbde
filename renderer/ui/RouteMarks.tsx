// How access comes, at a glance: a glyph per route (direct, via org, public) with the org and
// the cap in its tooltip and accessible name, so the "why" is visible without a click. The
// winning route is drawn solid, the others faint.
import type { ReactElement } from 'react';
import type { AccessRoute } from '../../shared/domain/index';
import { Icon } from './Icon';
import { routeMarkLabel } from './routeText';

export function RouteMark({ route }: { route: AccessRoute }): ReactElement {
  const label = routeMarkLabel(route);
  const icon = route.kind === 'direct' ? 'user' : route.kind === 'org' ? 'org' : 'public';
  return (
    <span className={`route-mark route-${route.kind}${route.winning ? ' is-winning' : ''}${route.level === 'NONE' ? ' is-void' : ''}`} title={label} aria-label={label} role="img">
      <Icon name={icon} />
      {route.kind === 'org' ? <span className="route-org">{route.org}</span> : null}
    </span>
  );
}

export function RouteMarks({ routes }: { routes: readonly AccessRoute[] }): ReactElement {
  if (routes.length === 0) return <span className="muted">—</span>;
  return (
    <span className="route-marks">
      {routes.map((r, i) => (
        <RouteMark key={`${r.kind}-${r.org ?? i}`} route={r} />
      ))}
    </span>
  );
}
