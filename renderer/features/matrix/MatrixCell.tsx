// One membership cell, drawn with as few DOM nodes as a 20k-row grid allows: the org level
// (A/M), then billable ($), app access (▶) and projectAccess (its initial on the level scale).
// Flags are always in the same slots so columns scan; an ADMIN's fixed flags are shown muted.
import type { ReactElement } from 'react';
import type { CellFacts } from '../../../shared/contract/index';
import { cellText } from '../../../shared/contract/index';
import type { SyncProblem } from '../../ui/Badge';
import { levelSwatch } from '../../ui/levelScale';

/** What a screen reader and the tooltip say: scenarios.md's words plus the sync state. */
export function cellLabel(facts: CellFacts | null, problem: SyncProblem | null): string {
  if (!facts) return 'not a member';
  const mark = problem ?? (facts.pending ? 'pending' : null);
  return mark ? `${cellText(facts)}, ${mark}` : cellText(facts);
}

function tooltip(facts: CellFacts): string {
  if (facts.level === 'ADMIN') return 'ADMIN: billable, app access and ADMINISTER project access are fixed for ADMINs';
  return `MEMBER: billable ${facts.allowBillableActivities ? 'on' : 'off'}, app access ${facts.appAccess ? 'on' : 'off'}, project access ${facts.projectAccess}`;
}

export function MatrixCellContent({ facts, problem }: { facts: CellFacts | null; problem: SyncProblem | null }): ReactElement | null {
  if (!facts) return null;
  const admin = facts.level === 'ADMIN';
  const pa = levelSwatch(admin ? 'ADMINISTER' : facts.projectAccess);
  const mark = problem ?? (facts.pending ? 'pending' : null);
  return (
    <span className={`mx-cell${admin ? ' is-admin' : ''}`} title={tooltip(facts)} aria-hidden="true">
      <span className="mx-org">{admin ? 'A' : 'M'}</span>
      <span className={`mx-flag${admin || facts.allowBillableActivities ? ' on' : ''}`}>$</span>
      <span className={`mx-flag${admin || facts.appAccess ? ' on' : ''}`}>▶</span>
      <span className="mx-pa" style={{ background: pa.background, color: pa.foreground, borderColor: pa.border }}>
        {pa.initial}
      </span>
      {mark ? <span className={`mx-mark mx-${mark}`} /> : null}
    </span>
  );
}
