// The inverse of an applied plan as a member file that imports like any other: created rows
// become removals (keeping grants), updated rows restore the old level and flags, removed rows
// are added back. Builds text only; the imports service decides where it is written.
import type { Membership } from '../../../shared/domain/index';
import type { CsvCell } from '../../csv/csvWriter';
import { toCsv } from '../../csv/csvWriter';
import type { PlannedRow } from '../plan/types';

const HEADER = ['org', 'user', 'level', 'allowBillableActivities', 'appAccess', 'projectAccess', 'action', 'revokeProjectPermissions', 'revokeAppPermissions'];

/** ADMIN flags are fixed, so an ADMIN row states only the level. */
function restore(m: Membership, action: 'update' | 'add'): CsvCell[] {
  const flags = m.level === 'ADMIN' ? ['', '', ''] : [m.allowBillableActivities, m.appAccess, m.projectAccess];
  return [m.org, m.user, m.level, ...flags, action, '', ''];
}

export function undoRows(applied: readonly PlannedRow[]): CsvCell[][] {
  const out: Array<{ admin: boolean; cells: CsvCell[] }> = [];
  for (const r of applied) {
    if (r.action === 'create' && r.next) out.push({ admin: false, cells: [r.next.org, r.next.user, '', '', '', '', 'remove', false, false] });
    else if (r.action === 'update' && r.current) out.push({ admin: r.current.level === 'ADMIN', cells: restore(r.current, 'update') });
    else if (r.action === 'remove' && r.current) out.push({ admin: r.current.level === 'ADMIN', cells: restore(r.current, 'add') });
  }
  // Restored ADMINs come first so undoing a handover never leaves an org without an ADMIN midway.
  return [...out.filter((r) => r.admin), ...out.filter((r) => !r.admin)].map((r) => r.cells);
}

export function undoCsv(applied: readonly PlannedRow[]): string {
  return toCsv(HEADER, undoRows(applied));
}
