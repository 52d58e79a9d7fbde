// Turns contract views into the short strings of human and CSV output (a membership cell, an
// access route). Owns wording only; the rules themselves come from shared/domain.
import type { AccessRoute as Route } from '../../../shared/domain/index';
import { describeRoute } from '../../../shared/domain/index';

export interface MembershipView {
  level: 'ADMIN' | 'MEMBER';
  allowBillableActivities: boolean;
  appAccess: boolean;
  projectAccess: string;
  pending?: boolean;
}

/**
 * "ADMIN", "MEMBER", or "MEMBER (billable, no app access, projects VIEW)": a MEMBER's flags are
 * named only where they differ from the defaults (not billable, app access, CONTRIBUTE), which
 * is how scenarios.md writes the matrix. ADMIN flags are fixed, so never shown.
 */
export function membershipCell(m: MembershipView): string {
  const notes: string[] = [];
  if (m.level === 'MEMBER') {
    if (m.allowBillableActivities) notes.push('billable');
    if (!m.appAccess) notes.push('no app access');
    if (m.projectAccess !== 'CONTRIBUTE') notes.push(`projects ${m.projectAccess}`);
  }
  const text = notes.length > 0 ? `${m.level} (${notes.join(', ')})` : m.level;
  return m.pending ? `${text} *` : text;
}

/** The winning route in a few words: "direct", "via org-lab", "via org-lab (capped at VIEW)", "public". */
export function routeShort(route: Route): string {
  switch (route.kind) {
    case 'direct':
      return 'direct';
    case 'public':
      return 'public';
    case 'org':
      return route.capped ? `via ${route.org ?? '?'} (capped at ${route.cap ?? 'NONE'})` : `via ${route.org ?? '?'}`;
  }
}

export function winningRoute(routes: readonly Route[]): Route | undefined {
  return routes.find((r) => r.winning);
}

export function viaText(routes: readonly Route[]): string {
  const win = winningRoute(routes);
  return win === undefined ? '' : routeShort(win);
}

export function routeLine(route: Route): string {
  return describeRoute(route);
}

export const PENDING_NOTE = '* pending: edited here, not yet synced';
