// Side panel for one person: who they are, each org membership with level and flags, and the
// same edit actions as the Members view (the shared dialogs, opened through the nav store),
// disabled with the rule when the acting user is not an ADMIN of that org.
import type { ReactElement } from 'react';
import { useNav, useQuery } from '../../api/clientContext';
import { Badge, PendingBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ErrorNote } from '../../ui/ErrorNote';
import { Icon } from '../../ui/Icon';
import { LevelBadge } from '../../ui/LevelBadge';
import type { OutboxMarks } from '../changes/useOutboxMarks';
import { memberTarget } from '../changes/useOutboxMarks';

export function PersonPanel({ user, marks, onClose, onShowOrg }: { user: string; marks: OutboxMarks; onClose(): void; onShowOrg(org: string): void }): ReactElement {
  const { data, error } = useQuery('chart.person', { user });
  const openDialog = useNav((s) => s.openDialog);
  const openUserAccess = useNav((s) => s.openUserAccess);
  return (
    <aside className="chart-panel" aria-label={`Details of ${data?.name ?? user}`}>
      <header className="chart-panel-head">
        <Icon name="user" />
        <div className="chart-panel-title">
          <h2>{data?.name ?? user}</h2>
          <span className="cell-id">{user}</span>
          {data?.email ? <span className="muted small">{data.email}</span> : null}
        </div>
        <button type="button" className="icon-btn" aria-label="Close details" onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      <ErrorNote error={error} prefix="Details could not be loaded." />
      {data ? (
        <>
          <h3 className="chart-panel-section">
            Memberships <span className="muted">({data.memberships.length})</span>
          </h3>
          <ul className="chart-memberships">
            {data.memberships.map((m) => {
              const reason = m.canAdminister.allowed ? null : (m.canAdminister.reason ?? `Only ADMINs of ${m.org} can change members`);
              return (
                <li key={m.org} className="chart-membership">
                  <div className="chart-membership-head">
                    <button type="button" className="link-btn" onClick={() => onShowOrg(m.org)} title={`Show ${m.org} in the chart`}>
                      {m.orgName}
                    </button>
                    <span className="cell-id">{m.org}</span>
                    <PendingBadge pending={m.pending} problem={marks.problem(memberTarget(m.org, data.user))} />
                  </div>
                  <dl className="chart-flags">
                    <dt>Level</dt>
                    <dd>
                      <Badge tone={m.level === 'ADMIN' ? 'strong' : 'neutral'}>{m.level}</Badge>
                    </dd>
                    <dt title="allowBillableActivities">Billable</dt>
                    <dd className={m.allowBillableActivities ? 'yes' : 'no'}>{m.allowBillableActivities ? 'Yes' : 'No'}</dd>
                    <dt title="appAccess">App access</dt>
                    <dd className={m.appAccess ? 'yes' : 'no'}>{m.appAccess ? 'Yes' : 'No'}</dd>
                    <dt title="projectAccess: the cap on the org's project grants">Project access</dt>
                    <dd>
                      <LevelBadge level={m.projectAccess} />
                    </dd>
                  </dl>
                  {m.level === 'ADMIN' ? <p className="muted small">ADMIN flags are fixed: billable, app access, ADMINISTER.</p> : null}
                  <div className="row-actions">
                    <Button size="sm" disabledReason={reason} aria-label={`Edit ${data.user} in ${m.org}`} onClick={() => openDialog({ kind: 'editMember', org: m.org, user: data.user })}>
                      Edit
                    </Button>
                    <Button size="sm" variant="ghost" className="danger-text" disabledReason={reason} aria-label={`Remove ${data.user} from ${m.org}`} onClick={() => openDialog({ kind: 'removeMember', org: m.org, user: data.user })}>
                      Remove
                    </Button>
                  </div>
                  {reason ? <p className="muted small chart-reason">{reason}</p> : null}
                </li>
              );
            })}
          </ul>
          <div className="chart-panel-foot">
            <Button size="sm" onClick={() => openUserAccess(data.user)}>
              Project access of {data.user}
            </Button>
          </div>
        </>
      ) : !error ? (
        <p className="muted pad">Loading…</p>
      ) : null}
    </aside>
  );
}
