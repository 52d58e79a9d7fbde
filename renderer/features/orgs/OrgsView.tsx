// Orgs: every org with its counts, the acting user's level in it and a pending mark; a row
// opens its members. Creating an org is open to anyone (the creator becomes its ADMIN).
import type { ReactElement } from 'react';
import type { OrgSummary } from '../../../shared/contract/index';
import { useNav, useQuery } from '../../api/clientContext';
import { Badge, PendingBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { ErrorNote } from '../../ui/ErrorNote';
import { ViewHeader } from '../../ui/ViewHeader';
import { orgTarget, useOutboxMarks } from '../changes/useOutboxMarks';

export function OrgsView(): ReactElement {
  const { data, error, loading } = useQuery('orgs.list', {});
  const openOrg = useNav((s) => s.openOrg);
  const openDialog = useNav((s) => s.openDialog);
  const marks = useOutboxMarks();
  const orgs = data?.orgs ?? [];

  const columns: Column<OrgSummary>[] = [
    {
      id: 'name',
      header: 'Org',
      width: 'minmax(220px, 420px)',
      cell: (o) => (
        <span className="cell-main">
          <span className="cell-title">{o.name}</span>
          <span className="cell-id">{o.id}</span>
        </span>
      ),
    },
    { id: 'members', header: 'Members', width: '90px', align: 'end', cell: (o) => <span className="num">{o.memberCount}</span> },
    { id: 'admins', header: 'Admins', width: '80px', align: 'end', cell: (o) => <span className="num">{o.adminCount}</span> },
    { id: 'projects', header: 'Projects', width: '84px', align: 'end', cell: (o) => <span className="num" title="Projects shared with the org">{o.projectCount}</span> },
    { id: 'apps', header: 'Apps', width: '70px', align: 'end', cell: (o) => <span className="num">{o.appCount}</span> },
    {
      id: 'mine',
      header: 'My level',
      width: '110px',
      cell: (o) => (o.myLevel ? <Badge tone={o.myLevel === 'ADMIN' ? 'strong' : 'neutral'}>{o.myLevel}</Badge> : <span className="muted">not a member</span>),
    },
    { id: 'phi', header: 'PHI', width: '70px', cell: (o) => (o.phiFeaturesEnabled ? <Badge>PHI</Badge> : <span className="muted">—</span>) },
    { id: 'status', header: 'Status', width: '90px', cell: (o) => <PendingBadge pending={o.pending} problem={marks.problem(orgTarget(o.id))} /> },
    {
      id: 'open',
      header: <span className="sr-only">Open</span>,
      width: 'minmax(96px, 1fr)',
      align: 'end',
      cell: (o) => (
        <Button size="sm" variant="ghost" onClick={() => openOrg(o.id, 'members')} aria-label={`Members of ${o.name}`}>
          Members
        </Button>
      ),
    },
  ];

  return (
    <section className="view" aria-labelledby="orgs-title">
      <ViewHeader
        id="orgs-title"
        title="Orgs"
        count={data ? orgs.length : undefined}
        actions={
          <Button variant="primary" onClick={() => openDialog({ kind: 'createOrg' })}>
            Create org
          </Button>
        }
      />
      <ErrorNote error={error} prefix="Orgs could not be loaded." />
      <DataGrid
        label="Orgs"
        rows={orgs}
        columns={columns}
        rowKey={(o) => o.id}
        activateOn="dblclick"
        onActivate={(o) => openOrg(o.id, 'members')}
        empty={loading ? 'Loading orgs…' : 'No orgs in this workspace.'}
      />
    </section>
  );
}
