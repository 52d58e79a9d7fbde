// One org's members: level, the three flags, read-only platform flags and a pending mark, with
// Edit and Remove per row. When the acting user is not an ADMIN of the org, every change
// control is disabled and the rule is written above the table.
import type { ReactElement } from 'react';
import { useDeferredValue, useMemo, useState } from 'react';
import type { MemberRow } from '../../../shared/contract/index';
import { useNav, useQuery } from '../../api/clientContext';
import { Badge, PendingBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { DisabledNote } from '../../ui/DisabledNote';
import { ErrorNote } from '../../ui/ErrorNote';
import { LevelBadge } from '../../ui/LevelBadge';
import { memberTarget, useOutboxMarks } from '../changes/useOutboxMarks';

function YesNo({ value }: { value: boolean }): ReactElement {
  return <span className={value ? 'yes' : 'no'}>{value ? 'Yes' : 'No'}</span>;
}

export function MembersTable({ org }: { org: string }): ReactElement {
  const { data, error, loading } = useQuery('members.list', { org });
  const openDialog = useNav((s) => s.openDialog);
  const openUserAccess = useNav((s) => s.openUserAccess);
  const marks = useOutboxMarks();
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter.trim().toLowerCase());
  const members = useMemo(() => {
    const all = data?.members ?? [];
    if (!deferred) return all;
    return all.filter((m) => `${m.user} ${m.name} ${m.email}`.toLowerCase().includes(deferred));
  }, [data, deferred]);
  const decision = data?.org.canAdminister;
  const reason = decision && !decision.allowed ? (decision.reason ?? `Only ADMINs of ${org} can change members`) : null;

  const columns: Column<MemberRow>[] = [
    {
      id: 'name',
      header: 'Member',
      width: 'minmax(190px, 1.6fr)',
      cell: (m) => (
        <span className="cell-main">
          <span className="cell-title">{m.name}</span>
          <span className="cell-id">{m.user}</span>
        </span>
      ),
    },
    { id: 'email', header: 'Email', width: 'minmax(150px, 1.2fr)', cell: (m) => <span className="truncate muted">{m.email || '—'}</span> },
    { id: 'level', header: 'Level', width: '92px', cell: (m) => <Badge tone={m.level === 'ADMIN' ? 'strong' : 'neutral'}>{m.level}</Badge> },
    { id: 'bill', header: <span title="allowBillableActivities">Billable</span>, width: '76px', cell: (m) => <YesNo value={m.allowBillableActivities} /> },
    { id: 'app', header: <span title="appAccess">App access</span>, width: '88px', cell: (m) => <YesNo value={m.appAccess} /> },
    { id: 'proj', header: <span title="projectAccess: the cap on org grants">Project access</span>, width: '124px', cell: (m) => <LevelBadge level={m.projectAccess} /> },
    {
      id: 'extra',
      header: <span title="Reported by the platform; meaning unconfirmed, so read-only">Other flags</span>,
      width: 'minmax(110px, 1fr)',
      cell: (m) => {
        const on = Object.entries(m.readOnlyFlags)
          .filter(([, v]) => v)
          .map(([k]) => k);
        return on.length ? (
          <span className="truncate muted small" title={`Read-only: ${on.join(', ')}`}>
            {on.join(', ')}
          </span>
        ) : (
          <span className="muted">—</span>
        );
      },
    },
    { id: 'status', header: 'Status', width: '80px', cell: (m) => <PendingBadge pending={m.pending} problem={marks.problem(memberTarget(org, m.user))} /> },
    {
      id: 'actions',
      header: <span className="sr-only">Actions</span>,
      width: '148px',
      align: 'end',
      cell: (m) => (
        <span className="row-actions">
          <Button size="sm" variant="ghost" disabledReason={reason} aria-label={`Edit ${m.user}`} onClick={() => openDialog({ kind: 'editMember', org, user: m.user })}>
            Edit
          </Button>
          <Button size="sm" variant="ghost" className="danger-text" disabledReason={reason} aria-label={`Remove ${m.user}`} onClick={() => openDialog({ kind: 'removeMember', org, user: m.user })}>
            Remove
          </Button>
        </span>
      ),
    },
  ];

  return (
    <div className="panel-fill">
      <div className="toolbar">
        <input className="filter" type="search" placeholder="Filter by name, ID or email" aria-label="Filter members" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <span className="muted small">
          {data ? `${members.length} of ${data.members.length} · ${data.org.adminCount} admins` : ''}
        </span>
        <span className="toolbar-spacer" />
        <Button variant="primary" disabledReason={reason} onClick={() => openDialog({ kind: 'addMember', org })}>
          Add member
        </Button>
      </div>
      <DisabledNote reason={reason} />
      <ErrorNote error={error} prefix="Members could not be loaded." />
      <DataGrid
        label={`Members of ${data?.org.name ?? org}`}
        rows={members}
        columns={columns}
        rowKey={(m) => m.user}
        activateOn="dblclick"
        onActivate={(m) => openUserAccess(m.user)}
        empty={loading ? 'Loading members…' : deferred ? `No member matches “${filter}”.` : 'This org has no members.'}
      />
    </div>
  );
}
