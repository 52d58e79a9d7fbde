// The matrix below a view header: filters, legend, the grid, the selection bar and the bulk
// edit dialog. Shared by the Matrix view and the Members view's "All orgs" tab, so both show
// one matrix with one state. Single-cell edits reuse the Members dialogs via the nav store.
import './matrix.css';
import type { ReactElement } from 'react';
import { useMemo, useState } from 'react';
import { cellAt } from '../../../shared/contract/index';
import { useNav } from '../../api/clientContext';
import { Button } from '../../ui/Button';
import { ErrorNote } from '../../ui/ErrorNote';
import { plural } from '../../../shared/text/plural';
import { useOutboxMarks } from '../changes/useOutboxMarks';
import { BulkEditDialog } from './BulkEditDialog';
import type { BulkField } from './bulkText';
import type { MatrixGridActions } from './MatrixGrid';
import { MatrixGrid } from './MatrixGrid';
import { MatrixLegend } from './MatrixLegend';
import { MatrixToolbar } from './MatrixToolbar';
import { selectedMemberships } from './selection';
import { useMatrixData } from './useMatrixData';
import { useMatrixStore } from './useMatrixStore';

export function MatrixWorkspace(): ReactElement {
  const { ix, shown, orgIds, error, loading } = useMatrixData();
  const marks = useOutboxMarks();
  const openDialog = useNav((s) => s.openDialog);
  const openUserAccess = useNav((s) => s.openUserAccess);
  const selection = useMatrixStore((s) => s.selection);
  const notice = useMatrixStore((s) => s.notice);
  const clearSelection = useMatrixStore((s) => s.clearSelection);
  const resetFilters = useMatrixStore((s) => s.resetFilters);
  const [bulk, setBulk] = useState<BulkField | null>(null);

  const userIndex = useMemo(() => new Map((ix?.data.users.ids ?? []).map((id, i) => [id, i])), [ix]);
  const isMember = useMemo(
    () =>
      (user: string, org: string): boolean => {
        if (!ix) return false;
        const u = userIndex.get(user);
        const o = ix.orgIndex.get(org);
        return u !== undefined && o !== undefined && cellAt(ix, u, o) >= 0;
      },
    [ix, userIndex],
  );
  const picked = useMemo(() => selectedMemberships(selection, orgIds, isMember), [selection, orgIds, isMember]);

  const actions: MatrixGridActions = {
    open(user, org) {
      if (org === null) openUserAccess(user);
      else if (isMember(user, org)) openDialog({ kind: 'editMember', org, user });
      else openDialog({ kind: 'addMember', org, user });
    },
    remove(user, org) {
      if (picked.cells.length > 1) setBulk('remove');
      else if (org !== null && isMember(user, org)) openDialog({ kind: 'removeMember', org, user });
    },
    bulkEdit() {
      if (picked.cells.length > 0) setBulk('projectAccess');
    },
  };

  const total = ix?.data.users.ids.length ?? 0;
  let body: ReactElement;
  if (!ix || !shown) body = <p className="muted pad">{loading ? 'Loading memberships…' : 'The membership matrix is not available.'}</p>;
  else if (total === 0) body = <p className="muted pad">No memberships yet: open the demo workspace or connect to a platform.</p>;
  else if (shown.rows.length === 0 || orgIds.length === 0) {
    body = (
      <div className="pad">
        <p className="muted">No users match these filters.</p>
        <Button size="sm" onClick={resetFilters}>
          Clear filters
        </Button>
      </div>
    );
  } else body = <MatrixGrid ix={ix} shown={shown} orgIds={orgIds} marks={marks} actions={actions} />;

  return (
    <div className="mx-root" data-testid="matrix-grid">
      <MatrixToolbar ix={ix} shownCount={shown?.rows.length ?? 0} />
      <MatrixLegend />
      <ErrorNote error={error} prefix="The membership matrix could not be loaded." />
      {body}
      {picked.cells.length > 0 || picked.empty > 0 || notice ? (
        <div className="mx-selbar" role="region" aria-label="Selection">
          <span>
            <strong>{plural(picked.cells.length, 'membership')}</strong> selected
            {picked.empty > 0 ? <span className="muted"> ({plural(picked.empty, 'empty cell')} ignored)</span> : null}
          </span>
          {notice ? <span className="warn-text small">{notice}</span> : null}
          <span className="toolbar-spacer" />
          <Button size="sm" variant="primary" onClick={() => setBulk('projectAccess')} disabledReason={picked.cells.length === 0 ? 'Select membership cells first' : null} title="Bulk edit the selection (E)">
            Bulk edit…
          </Button>
          <Button size="sm" variant="danger" onClick={() => setBulk('remove')} disabledReason={picked.cells.length === 0 ? 'Select membership cells first' : null} title="Remove the selected memberships (Delete)">
            Remove…
          </Button>
          <Button size="sm" variant="ghost" onClick={clearSelection} title="Clear the selection (Esc)">
            Clear
          </Button>
        </div>
      ) : null}
      {bulk ? (
        <BulkEditDialog
          cells={picked.cells}
          empty={picked.empty}
          initialField={bulk}
          onClose={() => setBulk(null)}
          onApplied={() => {
            setBulk(null);
            clearSelection();
          }}
        />
      ) : null}
    </div>
  );
}
