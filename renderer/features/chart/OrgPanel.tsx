// Side panel for one org: counts, the acting user's level and the org's actions (add a member
// with the shared dialog, open its Members view), disabled with the rule when not allowed.
import type { ReactElement } from 'react';
import type { ChartOrg } from '../../../shared/contract/index';
import { useNav } from '../../api/clientContext';
import { PendingBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DisabledNote } from '../../ui/DisabledNote';
import { Icon } from '../../ui/Icon';
import { plural } from '../../../shared/text/plural';

export function OrgPanel({ org, onClose }: { org: ChartOrg; onClose(): void }): ReactElement {
  const openDialog = useNav((s) => s.openDialog);
  const openOrg = useNav((s) => s.openOrg);
  const reason = org.canAdminister.allowed ? null : (org.canAdminister.reason ?? `Only ADMINs of ${org.id} can change members`);
  return (
    <aside className="chart-panel" aria-label={`Details of ${org.name}`}>
      <header className="chart-panel-head">
        <Icon name="org" />
        <div className="chart-panel-title">
          <h2>{org.name}</h2>
          <span className="cell-id">{org.id}</span>
        </div>
        <button type="button" className="icon-btn" aria-label="Close details" onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      <dl className="chart-flags chart-org-facts">
        <dt>Admins</dt>
        <dd>{org.adminCount.toLocaleString('en-US')}</dd>
        <dt>Members</dt>
        <dd>{org.memberCount.toLocaleString('en-US')}</dd>
        <dt>Projects shared</dt>
        <dd>{plural(org.projectCount, 'project')}</dd>
        <dt>Apps authorized</dt>
        <dd>{plural(org.appCount, 'app')}</dd>
        <dt>Your level</dt>
        <dd>{org.myLevel ?? 'Not a member'}</dd>
        <dt>Sync</dt>
        <dd>{org.pending ? <PendingBadge pending /> : <span className="muted">In sync</span>}</dd>
      </dl>
      <DisabledNote reason={reason} />
      <div className="chart-panel-foot">
        <Button variant="primary" size="sm" disabledReason={reason} onClick={() => openDialog({ kind: 'addMember', org: org.id })}>
          Add member
        </Button>
        <Button size="sm" onClick={() => openOrg(org.id, 'members')}>
          Open in Members
        </Button>
      </div>
    </aside>
  );
}
