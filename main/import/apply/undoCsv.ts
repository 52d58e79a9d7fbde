// The inverse of an applied plan as a member file that imports like any other: created rows
// become removals (keeping grants), updated rows restore the old level and flags, removed rows
// are added back together with the direct grants and app authorizations the removal revoked
// (restore columns). Builds text only; the imports service decides where it is written.
import { IMPORT_FIELDS } from '../../../shared/contract/imports';
import type { Membership } from '../../../shared/domain/index';
import type { CsvCell } from '../../csv/csvWriter';
import { toCsv } from '../../csv/csvWriter';
import type { PlannedRow } from '../plan/types';
import type { RevokedGrants } from './revokedGrants';

// Every import column, in the contract's order: the undo file states all of them.
const HEADER: readonly string[] = IMPORT_FIELDS;

const NONE: RevokedGrants = { projects: [], apps: [] };

/** ADMIN flags are fixed, so an ADMIN row states only the level. */
function restore(m: Membership, action: 'update' | 'add', revoked: RevokedGrants): CsvCell[] {
  const flags = m.level === 'ADMIN' ? ['', '', ''] : [m.allowBillableActivities, m.appAccess, m.projectAccess];
  const grants = revoked.projects.map((g) => `${g.project}=${g.level}`).join(' ');
  return [m.org, m.user, m.level, ...flags, action, '', '', grants, revoked.apps.join(' ')];
}

/** `revoked` tells, for a removed row, what its removal deletes beside the membership. */
export function undoRows(applied: readonly PlannedRow[], revoked: (r: PlannedRow) => RevokedGrants = () => NONE): CsvCell[][] {
  const admins: CsvCell[][] = [];
  const others: CsvCell[][] = [];
  for (const r of applied) {
    if (r.action === 'create' && r.next) others.push([r.next.org, r.next.user, '', '', '', '', 'remove', false, false, '', '']);
    else if (r.action === 'update' && r.current) (r.current.level === 'ADMIN' ? admins : others).push(restore(r.current, 'update', NONE));
    else if (r.action === 'remove' && r.current) (r.current.level === 'ADMIN' ? admins : others).push(restore(r.current, 'add', revoked(r)));
  }
  // Restored ADMINs come first so undoing a handover never leaves an org without an ADMIN midway.
  return admins.concat(others);
}

export function undoCsv(applied: readonly PlannedRow[], revoked?: (r: PlannedRow) => RevokedGrants): string {
  return toCsv(HEADER, undoRows(applied, revoked));
}
