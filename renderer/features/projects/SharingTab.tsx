// Who a project is shared with: one row per grant (user, org or PUBLIC) with its level and a
// pending mark; change or revoke opens a dialog that previews who gains or loses.
import type { ReactElement } from 'react';
import type { GrantView, ProjectDetail } from '../../../shared/contract/index';
import { useNav } from '../../api/clientContext';
import { PendingBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { DisabledNote } from '../../ui/DisabledNote';
import { Icon } from '../../ui/Icon';
import { LevelBadge } from '../../ui/LevelBadge';
import { grantTarget, useOutboxMarks } from '../changes/useOutboxMarks';

const KIND_LABEL: Record<GrantView['kind'], string> = { user: 'User', org: 'Org', public: 'Public' };

export function SharingTab({ detail }: { detail: ProjectDetail }): ReactElement {
  const openDialog = useNav((s) => s.openDialog);
  const openUserAccess = useNav((s) => s.openUserAccess);
  const openOrg = useNav((s) => s.openOrg);
  const marks = useOutboxMarks();
  const reason = detail.canAdminister.allowed ? null : (detail.canAdminister.reason ?? `Only users with ADMINISTER on ${detail.name} can change its sharing`);

  const columns: Column<GrantView>[] = [
    {
      id: 'principal',
      header: 'Shared with',
      width: 'minmax(200px, 2fr)',
      cell: (g) => (
        <span className="cell-main">
          <span className={`kind-glyph kind-${g.kind}`} role="img" aria-label={KIND_LABEL[g.kind]} title={KIND_LABEL[g.kind]}>
            <Icon name={g.kind === 'user' ? 'user' : g.kind === 'org' ? 'org' : 'public'} />
          </span>
          <span className="cell-title">{g.name}</span>
          {g.name !== g.principal ? <span className="cell-id">{g.principal}</span> : null}
        </span>
      ),
    },
    { id: 'kind', header: 'Kind', width: '70px', cell: (g) => <span className="muted">{KIND_LABEL[g.kind]}</span> },
    { id: 'level', header: 'Level', width: '116px', cell: (g) => <LevelBadge level={g.level} /> },
    { id: 'status', header: 'Status', width: '80px', cell: (g) => <PendingBadge pending={g.pending} problem={marks.problem(grantTarget(detail.id, g.principal))} /> },
    {
      id: 'actions',
      header: <span className="sr-only">Actions</span>,
      width: '170px',
      align: 'end',
      cell: (g) => (
        <span className="row-actions">
          <Button size="sm" variant="ghost" disabledReason={reason} aria-label={`Change level of ${g.principal}`} onClick={() => openDialog({ kind: 'share', project: detail.id, principal: g.principal })}>
            Change level
          </Button>
          <Button size="sm" variant="ghost" className="danger-text" disabledReason={reason} aria-label={`Revoke ${g.principal}`} onClick={() => openDialog({ kind: 'revoke', project: detail.id, principal: g.principal })}>
            Revoke
          </Button>
        </span>
      ),
    },
  ];

  return (
    <div className="panel-fill">
      <div className="toolbar">
        <span className="muted small">Org grants reach members up to each member's project access cap. Billing a project to an org grants nothing.</span>
        <span className="toolbar-spacer" />
        <Button variant="primary" disabledReason={reason} onClick={() => openDialog({ kind: 'share', project: detail.id })}>
          Share…
        </Button>
      </div>
      <DisabledNote reason={reason} />
      <DataGrid
        label={`Grants on ${detail.name}`}
        rows={detail.grants}
        columns={columns}
        rowKey={(g) => g.principal}
        activateOn="dblclick"
        onActivate={(g) => (g.kind === 'user' ? openUserAccess(g.principal) : g.kind === 'org' ? openOrg(g.principal, 'members') : undefined)}
        empty="Not shared with anyone yet."
      />
    </div>
  );
}
