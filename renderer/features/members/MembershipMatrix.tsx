// Every user down, every org across: each cell the level plus the flags that differ from what
// the level implies ("MEMBER · billable"). Answers "who is in what" across orgs at a glance.
import type { ReactElement } from 'react';
import type { Matrix } from '../../../shared/contract/index';
import { useNav, useQuery } from '../../api/clientContext';
import { PendingBadge } from '../../ui/Badge';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { ErrorNote } from '../../ui/ErrorNote';
import { memberTarget, useOutboxMarks } from '../changes/useOutboxMarks';
import { membershipFlagTags } from './memberText';

type MatrixRow = Matrix['rows'][number];

export function MembershipMatrix(): ReactElement {
  const { data, error, loading } = useQuery('members.matrix', {});
  const orgNames = new Map((useQuery('orgs.list', {}).data?.orgs ?? []).map((o) => [o.id, o.name]));
  const openUserAccess = useNav((s) => s.openUserAccess);
  const marks = useOutboxMarks();
  const orgs = data?.orgs ?? [];

  const columns: Column<MatrixRow>[] = [
    {
      id: 'user',
      header: 'User',
      width: 'minmax(190px, 1.4fr)',
      cell: (r) => (
        <span className="cell-main">
          <span className="cell-title">{r.name}</span>
          <span className="cell-id">{r.user}</span>
        </span>
      ),
    },
    ...orgs.map(
      (org): Column<MatrixRow> => ({
        id: org,
        header: (
          <span className="cell-main">
            <span className="cell-title">{orgNames.get(org) ?? org}</span>
            <span className="cell-id">{org}</span>
          </span>
        ),
        width: 'minmax(170px, 1fr)',
        cell: (r) => {
          const m = r.memberships[org];
          if (!m) return <span className="matrix-empty" aria-label="not a member" />;
          const tags = membershipFlagTags(m);
          return (
            <span className={`matrix-cell matrix-${m.level.toLowerCase()}`}>
              <span className="matrix-text">
                <strong>{m.level}</strong>
                {tags.map((t) => ` · ${t}`).join('')}
              </span>
              <PendingBadge pending={m.pending} problem={marks.problem(memberTarget(org, r.user))} />
            </span>
          );
        },
      }),
    ),
  ];

  return (
    <div className="panel-fill">
      <p className="legend-text muted small">
        Each cell: org level, then flags that differ from the level's defaults — <em>billable</em> (allowBillableActivities), <em>no apps</em> (appAccess off),{' '}
        <em>projects ≤ X</em> (projectAccess other than CONTRIBUTE). Double-click a row (or press Enter) to see that user's access.
      </p>
      <ErrorNote error={error} prefix="The membership matrix could not be loaded." />
      <DataGrid
        label="Membership matrix"
        className="matrix"
        rows={data?.rows ?? []}
        columns={columns}
        rowKey={(r) => r.user}
        activateOn="dblclick"
        onActivate={(r) => openUserAccess(r.user)}
        rowHeight={36}
        empty={loading ? 'Loading memberships…' : 'No users.'}
      />
    </div>
  );
}
